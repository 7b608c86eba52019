/**
 * Worker thread: briefs the records an import's main thread has readied (cleaned, fingerprinted,
 * language known; see prepare.ts). Briefing is ~85% of an import's work; the main thread keeps the
 * rest and the store writes.
 */
import { parentPort } from "node:worker_threads";
import type { StoredBrief } from "../store/store";
import { briefRecord } from "./brief-record";
import type { Ready } from "./prepare";
import type { WorkerReply } from "./worker-map";

type Reply = WorkerReply<StoredBrief | undefined>;

parentPort!.on("message", ({ n, item }: { n: number; item: Ready }) => {
  let reply: Reply;
  try {
    // A rejected candidate comes too (briefs pair with candidates by order) and has no brief.
    reply = { n, result: "record" in item ? briefRecord(item.record, item.cleaned) : undefined };
  } catch (e) {
    // In this thread it would have thrown out of the import: the main thread rethrows it.
    reply = { n, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true } satisfies Reply);
