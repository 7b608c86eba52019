/**
 * npm run bench: warm time per article for brief() over the 5W dev articles, and for a
 * compromise-only baseline (people, places, organisations + the first sentence) on the same
 * articles in the same run. Prints p50/p99 of each and the ratio, and the median over articles of
 * each article's fastest round (the steadier number on a noisy machine).
 *
 * It runs bundled from dist/, as the CLI and the bot do: through tsx's loader the same code measures
 * ~12% slower (per-module transforms; V8 inlines less across the module seams), which is not what
 * users run.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { brief } from "../src/brief/index";
import { EvalArticle, evalArticleToArticle } from "../src/eval/five-w";
import type { Article } from "../src/schema";
import { EVAL_DIR } from "./eval-dir";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
/**
 * V8 optimises the larger functions only after some hundreds of briefs: round times settle by the
 * sixth round over the 58 articles (seen with --trace-opt); measuring earlier measures the JIT.
 */
const WARMUP = 6;

const articles: Article[] = readFileSync(join(EVAL_DIR, "5w-dev/articles.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => evalArticleToArticle(EvalArticle.parse(JSON.parse(l))));

function baseline(a: Article) {
  const doc = nlp(a.text);
  return { people: doc.people().out("array"), places: doc.places().out("array"), orgs: doc.organizations().out("array"), what: doc.sentences().first().text() };
}

/** Each article's fastest round: what the code costs with the machine's hiccups (GC, neighbours) left out. */
const fastest = new Map<string, number[]>();

function measure(name: string, fn: (a: Article) => unknown): number[] {
  for (let r = 0; r < WARMUP; r++) for (const a of articles) fn(a);
  const times: number[] = [];
  const best = fastest.get(name) ?? articles.map(() => Infinity);
  for (let r = 0; r < ROUNDS; r++) articles.forEach((a, i) => {
    const t0 = process.hrtime.bigint();
    fn(a);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    times.push(ms);
    best[i] = Math.min(best[i], ms);
  });
  fastest.set(name, best);
  return times.sort((x, y) => x - y);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

// Interleave the two systems so machine noise hits both alike.
const ours = measure("brief", (a) => brief(a));
const base = measure("compromise", baseline);
const oursAgain = measure("brief", (a) => brief(a));
const all = [...ours, ...oursAgain].sort((x, y) => x - y);
const chars = articles.map((a) => a.text.length).sort((x, y) => x - y);

console.log(`articles: ${articles.length} (median ${chars[chars.length >> 1]} chars, max ${chars.at(-1)}), rounds: ${ROUNDS} after ${WARMUP} warm-up`);
console.log(`brief()            p50 ${pct(all, 50).toFixed(3)} ms   p99 ${pct(all, 99).toFixed(3)} ms`);
console.log(`compromise baseline p50 ${pct(base, 50).toFixed(3)} ms   p99 ${pct(base, 99).toFixed(3)} ms`);
console.log(`ratio (baseline / brief): p50 ${(pct(base, 50) / pct(all, 50)).toFixed(1)}×   p99 ${(pct(base, 99) / pct(all, 99)).toFixed(1)}×`);
const medianOfBest = (name: string) => pct([...fastest.get(name)!].sort((x, y) => x - y), 50);
console.log(`each article's fastest round, median over articles: brief() ${medianOfBest("brief").toFixed(3)} ms, baseline ${medianOfBest("compromise").toFixed(3)} ms`);
