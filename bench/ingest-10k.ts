/**
 * npm run bench:ingest — ingest and brief 10,000 articles into a fresh SQLite store, printing the
 * time and peak RSS. The articles are synthesised from the 5W dev set: each mixes sentences of
 * several dev articles (a seeded shuffle), so they are distinct stories, not copies.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { brief } from "../src/brief/index";
import { ingestCandidates } from "../src/ingest/ingest";
import { openStore } from "../src/store/open";
import { EVAL_DIR } from "./eval-5w";

const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);
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

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 50);

const store = await openStore(`sqlite:${join(mkdtempSync(join(tmpdir(), "briefbot-bench-")), "bench.sqlite")}`);
const started = performance.now();
let stored = 0;
for (let i = 0; i < COUNT; i++) {
  const n = 8 + Math.floor(random() * 12);
  const text = Array.from({ length: n }, () => sentences[Math.floor(random() * sentences.length)]).join(" ");
  const article = { id: `bench-${i}`, title: dev[i % dev.length].title, text, published: "2016-11-09" };
  const [o] = await ingestCandidates(store, [{ source: `bench#${i}`, article }]);
  if (o.status === "rejected") continue;
  stored++;
  const r = brief(article);
  if (r.ok) await store.putBrief(r.brief);
  if ((i + 1) % 1000 === 0) process.stderr.write(`… ${i + 1} articles, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
const seconds = (performance.now() - started) / 1000;
sample();
clearInterval(timer);
const c = await store.counts();
await store.close();
console.log(`ingest + brief ${COUNT} articles into SQLite: ${seconds.toFixed(1)} s (${((seconds * 1000) / COUNT).toFixed(2)} ms each), peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`);
console.log(`stored ${stored}; the store holds ${c.articles} articles in ${c.stories} stories`);
