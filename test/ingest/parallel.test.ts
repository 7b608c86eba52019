// Worker threads and batched writes change nothing a user sees: the same outcomes in the same
// order, the same rows and the same cached briefs as preparing everything in this thread.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Candidate, ingestCandidates } from "../../src/ingest/ingest";
import type { Store } from "../../src/store/store";
import { storeTargets } from "../helpers/stores";

const DEV = new URL("../../../shared/eval/5w-dev/articles.jsonl", import.meta.url).pathname;
const dev = existsSync(DEV) ? readFileSync(DEV, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { title: string; text: string }) : [];

/** Dev articles, exact copies, light edits (near-duplicates), a bad item, and more than one batch. */
function candidates(): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < 260; i++) {
    const a = dev[i % dev.length];
    const round = Math.floor(i / dev.length);
    const text = round === 0 ? a.text : round === 1 ? a.text.replace(/\bsaid\b/, "told reporters") : `${a.text} Update ${round}.`;
    out.push({ source: `item#${i}`, article: { id: `a${i}`, title: a.title, text, published: "2016-11-09", ...(i % 7 === 3 ? { url: `https://example.org/${i % 50}` } : {}) } });
  }
  out.splice(17, 0, { source: "bad#1", error: "invalid JSON" }, { source: "empty#1", article: { id: "", text: "" } });
  return out;
}

async function contents(store: Store, ids: string[]) {
  const rows = await Promise.all(ids.map(async (id) => {
    const a = await store.getArticle(id);
    if (!a) return undefined;
    const { ingested_at: _, ...rest } = a;
    return { ...rest, brief: await store.getBrief(id, (await import("../../src/brief/version")).ENGINE_VERSION) };
  }));
  return rows;
}

describe.skipIf(!dev.length)("parallel ingestion", () => {
  for (const target of storeTargets()) {
    it(`${target.name}: two worker threads give what one thread gives`, async () => {
      const one = await target.open();
      const two = await target.open();
      const sequential = await ingestCandidates(one, candidates(), { brief: true, workers: 0 });
      const parallel = await ingestCandidates(two, candidates(), { brief: true, workers: 2 });
      expect(parallel).toEqual(sequential);
      expect(new Set(sequential.map((o) => o.status))).toEqual(new Set(["stored", "duplicate", "near-duplicate", "rejected"]));
      const ids = candidates().flatMap((c) => ("article" in c && c.article.id ? [c.article.id] : []));
      expect(await contents(two, ids)).toEqual(await contents(one, ids));
      expect(await two.counts()).toEqual(await one.counts());
      await one.close();
      await two.close();
      await target.cleanup();
    }, 120_000);
  }
});
