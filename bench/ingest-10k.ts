/**
 * npm run bench:ingest — ingest and brief 10,000 articles into a fresh SQLite store through the
 * path `briefbot ingest --brief [--workers N]` takes (this thread readies and writes batches,
 * workers brief, as many as the CLI starts by default), printing the time, articles per second and
 * peak RSS. The articles are synthesised from the 5W dev set: each mixes sentences of several dev
 * articles (a seeded shuffle), so they are distinct stories, not copies. BENCH_ARTICLES changes the
 * count, BENCH_WORKERS the threads (0: all in this thread).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Candidate, ingestCandidates } from "../src/ingest/ingest";
import { openStore } from "../src/store/open";
import { EVAL_DIR } from "./eval-dir";

const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);
const WORKERS = process.env.BENCH_WORKERS === undefined ? undefined : Number(process.env.BENCH_WORKERS);
const dev = readFileSync(join(EVAL_DIR, "5w-dev/articles.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { title: string; text: string });
const sentences = dev.flatMap((a) => a.text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 40));

// mulberry32: a seeded generator, so every run ingests the same articles.
let seed = 20261125;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Generated as the import asks for them, so the input never sits in memory whole. */
function* articles(): Generator<Candidate> {
  for (let i = 0; i < COUNT; i++) {
    const n = 8 + Math.floor(random() * 12);
    const text = Array.from({ length: n }, () => sentences[Math.floor(random() * sentences.length)]).join(" ");
    yield { source: `bench#${i}`, article: { id: `bench-${i}`, title: dev[i % dev.length].title, text, published: "2016-11-09" } };
  }
}

const store = await openStore(`sqlite:${join(mkdtempSync(join(tmpdir(), "briefbot-bench-")), "bench.sqlite")}`);
const started = performance.now();
let done = 0;
const outcomes = await ingestCandidates(store, articles(), {
  brief: true,
  ...(WORKERS === undefined ? {} : { workers: WORKERS }),
  onOutcome: () => {
    if (++done % 1000 === 0) process.stderr.write(`… ${done} articles, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  },
});
const seconds = (performance.now() - started) / 1000;
const c = await store.counts();
await store.close();
// The kernel's high-water mark covers the worker threads and moments a sampling timer would miss.
const peakMb = process.resourceUsage().maxRSS / 1024;
const stored = outcomes.filter((o) => o.status === "stored" || o.status === "near-duplicate").length;
console.log(`ingest + brief ${COUNT} articles into SQLite: ${seconds.toFixed(1)} s (${((seconds * 1000) / COUNT).toFixed(2)} ms each, ${(COUNT / seconds).toFixed(0)} articles/s), peak RSS ${peakMb.toFixed(0)} MB`);
console.log(`stored ${stored}; the store holds ${c.articles} articles in ${c.stories} stories`);
