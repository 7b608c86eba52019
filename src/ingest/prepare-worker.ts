/** Worker thread: prepares candidates (see prepare.ts) and, when asked, briefs them. */
import { parentPort, workerData } from "node:worker_threads";
import { type Briefer, type Candidate, prepare, type Prepared } from "./prepare";
import type { WorkerReply } from "./worker-map";

const options = workerData as { brief: boolean };
const briefer: Briefer | undefined = options.brief ? (await import("./brief-record")).briefRecord : undefined;

parentPort!.on("message", ({ n, item }: { n: number; item: Candidate }) => {
  let reply: WorkerReply<Prepared>;
  try {
    reply = { n, result: prepare(item, briefer) };
  } catch (e) {
    // In this thread it would have thrown out of the import: the main thread rethrows it.
    reply = { n, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true } satisfies WorkerReply<Prepared>);
