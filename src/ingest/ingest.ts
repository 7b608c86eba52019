/**
 * Ingestion: files, folders, JSONL, feeds and pages → stored articles, each with an outcome a
 * person can read: stored / duplicate / near-duplicate of X / rejected (why). One bad input never
 * stops the others.
 *
 * The CPU-bound part (cleaning, language, fingerprints, briefs: prepare.ts) runs in this thread,
 * but for the briefs of large imports, made in worker threads (one by default). This thread writes
 * batches of articles to the store, one transaction per batch. Outcomes are reported in input order, after their batch
 * has committed, and are the same as a one-by-one import's.
 */
import { createHash } from "node:crypto";
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { createInterface } from "node:readline";
import { extname, join } from "node:path";
import type { ArticleWrite, PutOutcome, Store, StoredBrief } from "../store/store";
import { fetchText } from "./fetch";
import { looksLikeFeed, parseFeed } from "./feed";
import { articleFromJson, loadArticleFile } from "./file";
import type { Briefer, Candidate, Prepared, Ready } from "./prepare";
import { workerMap } from "./worker-map";

export type IngestStatus = "stored" | "duplicate" | "near-duplicate" | "rejected";

export interface IngestOutcome {
  source: string;
  status: IngestStatus;
  id?: string;
  /** For duplicates: the stored article this one repeats. */
  of?: string;
  reason?: string;
  title?: string;
}

export interface IngestOptions {
  onOutcome?: (outcome: IngestOutcome) => void;
  /** After each batch commits and its outcomes were reported (a reporter may write them out now). */
  onCommit?: () => void;
  fetch?: typeof fetchText;
  /** Also brief each stored article and cache the brief with it. */
  brief?: boolean;
  /** Threads that brief imports of PARALLEL_FROM items or more (with `brief`); by default defaultWorkers(). */
  workers?: number;
}

/** Below this many items, starting workers (about a second each) costs more than it saves. */
export const PARALLEL_FROM = 200;
/**
 * Briefing is ~85% of an import's work, so one worker that briefs while this thread readies
 * (cleaning, language, fingerprints) and writes makes a large `--brief` import faster for the
 * memory of one more brief engine (see the README's measurements). Imports without briefs stay in
 * one thread: readying costs about what writing does.
 */
export function defaultWorkers(): number {
  return availableParallelism() >= 2 ? 1 : 0;
}
/**
 * A worker's young generation: V8 lets it grow to 48 MB (three 16 MB semi-spaces), which only adds
 * to an import's peak RSS (10,000 articles: ~310 MB uncapped, 260–280 MB capped) at no speed gain
 * measured.
 */
const WORKER_YOUNG_GENERATION_MB = 16;
/** Articles per transaction: large enough that commits are cheap, small enough that a kill loses little. */
export const BATCH = 200;

const ARTICLE_FILES = new Set([".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom"]);

/** Line by line from disk: a JSONL export of any size never sits in memory whole. */
async function* jsonlCandidates(path: string): AsyncGenerator<Candidate> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    const source = `${path}:${n}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      yield { source, error: `invalid JSON (${(e as Error).message})` };
      continue;
    }
    const article = articleFromJson(value, "");
    yield typeof article === "string" ? { source, error: article } : { source, article };
  }
}

function feedCandidates(source: string, xml: string): Candidate[] {
  try {
    const feed = parseFeed(xml);
    return feed.items.map((item, i) => ({ source: `${source}#${i + 1}`, article: { ...item, id: item.id ? createHash("sha256").update(item.id).digest("hex").slice(0, 32) : "" } }));
  } catch (e) {
    return [{ source, error: (e as Error).message }];
  }
}

async function* fileCandidates(path: string): AsyncGenerator<Candidate> {
  if (extname(path).toLowerCase() === ".jsonl") yield* jsonlCandidates(path);
  else yield* await oneFileCandidates(path);
}

async function oneFileCandidates(path: string): Promise<Candidate[]> {
  const ext = extname(path).toLowerCase();
  if (ext === ".xml" || ext === ".rss" || ext === ".atom") return feedCandidates(path, readFileSync(path, "utf8"));
  if (ext === ".json") {
    // A JSON array of articles is a batch; a single object is one article.
    const raw = readFileSync(path, "utf8");
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      return [{ source: path, error: `invalid JSON (${(e as Error).message})` }];
    }
    if (Array.isArray(value)) return value.map((v, i) => { const a = articleFromJson(v, ""); return typeof a === "string" ? { source: `${path}[${i}]`, error: a } : { source: `${path}[${i}]`, article: a }; });
  }
  const loaded = await loadArticleFile(path);
  return [loaded.ok ? { source: path, article: loaded.article } : { source: path, error: loaded.error.replace(`${path}: `, "") }];
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) out.push(...walk(full));
    else if (ARTICLE_FILES.has(extname(name).toLowerCase())) out.push(full);
  }
  return out;
}

async function urlCandidates(url: string, fetcher: typeof fetchText): Promise<Candidate[]> {
  const res = await fetcher(url);
  if (!res.ok) return [{ source: url, error: res.error }];
  if ("notModified" in res) return [];
  if (looksLikeFeed(res.body, res.contentType)) return feedCandidates(url, res.body);
  const { readableFromHtml } = await import("./html");
  const page = readableFromHtml(res.body);
  return [{ source: url, article: { id: "", text: page.text, url: res.url, ...(page.title ? { title: page.title } : {}), ...(page.publisher ? { publisher: page.publisher } : {}), ...(page.published && /^\d{4}-\d\d-\d\d/.test(page.published) ? { published: page.published.slice(0, 10) } : {}) } }];
}

async function* fromIterable<T>(items: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  yield* items;
}

/** Prepared candidates in input order: in this thread, with the briefs of large inputs made in worker threads. */
async function* prepared(candidates: AsyncIterable<Candidate>, options: IngestOptions): AsyncGenerator<Prepared> {
  const input = candidates[Symbol.asyncIterator]();
  const wanted = options.brief ? options.workers ?? defaultWorkers() : 0;
  // Whether the input is large enough for workers shows in its first PARALLEL_FROM items.
  const head: Candidate[] = [];
  let ended = false;
  while (wanted > 0 && head.length < PARALLEL_FROM) {
    const next = await input.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
  }
  const rest = async function* () {
    yield* head;
    if (!ended) yield* { [Symbol.asyncIterator]: () => input };
  };
  // Loaded here, not with this module, and the brief engine (~100 MB) only in the threads that brief.
  const { prepare, ready, withBrief } = await import("./prepare");
  const workers = ended ? 0 : wanted;
  if (workers > 0) {
    // This thread readies each candidate and writes; the workers brief. Briefs come back in input
    // order, so each pairs with the oldest candidate still waiting for one.
    const waiting: Ready[] = [];
    const toBrief = async function* () {
      for await (const c of rest()) {
        const r = ready(c);
        waiting.push(r);
        yield r;
      }
    };
    const entry = new URL(`./brief-worker${extname(new URL(import.meta.url).pathname)}`, import.meta.url);
    const limits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
    for await (const brief of workerMap<Ready, StoredBrief | undefined>(entry, workers, limits, toBrief(), BATCH * 2)) yield withBrief(waiting.shift()!, brief);
    return;
  }
  const briefer: Briefer | undefined = options.brief ? (await import("./brief-record")).briefRecord : undefined;
  for await (const c of rest()) yield prepare(c, briefer);
}

function outcome(p: Extract<Prepared, { record: unknown }>, put: PutOutcome): IngestOutcome {
  const title = p.record.title ?? undefined;
  if (put.status === "stored") return { source: p.source, status: "stored", id: put.id, title };
  return { source: p.source, status: put.status, id: put.id, of: put.of, title, ...(put.status === "duplicate" ? { reason: `same ${put.by}` } : { reason: `similarity ${put.similarity.toFixed(2)}` }) };
}

/** One batch → the store (one transaction), outcomes in order. */
async function writeBatch(st: Store, batch: Prepared[]): Promise<IngestOutcome[]> {
  const writes: ArticleWrite[] = [];
  for (const p of batch) if ("record" in p) writes.push(p.brief ? { article: p.record, brief: p.brief } : { article: p.record });
  let puts: PutOutcome[] | undefined;
  try {
    puts = await st.putArticles(writes);
  } catch {
    // A batch fails as a whole (another instance stored one of its articles meanwhile, say): each
    // article alone, so only the one that cannot be stored is reported as such.
  }
  const out: IngestOutcome[] = [];
  let i = 0;
  for (const p of batch) {
    if (!("record" in p)) {
      out.push({ source: p.source, status: "rejected", reason: p.rejection });
      continue;
    }
    const write = writes[i];
    try {
      out.push(outcome(p, puts ? puts[i] : (await st.putArticles([write]))[0]));
    } catch (e) {
      out.push({ source: p.source, status: "rejected", reason: `store error: ${(e as Error).message}` });
    }
    i++;
  }
  return out;
}

/** Articles already parsed (a polled feed's items, a generated set) → the store. */
export async function ingestCandidates(st: Store, candidates: Iterable<Candidate> | AsyncIterable<Candidate>, options: IngestOptions = {}): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  let batch: Prepared[] = [];
  const flush = async () => {
    for (const o of await writeBatch(st, batch)) {
      options.onOutcome?.(o);
      out.push(o);
    }
    batch = [];
    options.onCommit?.();
  };
  for await (const p of prepared(fromIterable(candidates), options)) {
    batch.push(p);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length) await flush();
  return out;
}

/** The candidates of PATH|URL arguments as a user gives them: files, folders (recursively), feeds, pages. */
async function* inputCandidates(inputs: string[], fetcher: typeof fetchText): AsyncGenerator<Candidate> {
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      yield* await urlCandidates(input, fetcher);
      continue;
    }
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(input);
    } catch {
      yield { source: input, error: "no such file or folder" };
      continue;
    }
    if (st.isDirectory()) for (const file of walk(input)) yield* fileCandidates(file);
    else yield* fileCandidates(input);
  }
}

/** PATH|URL arguments as a user gives them: files, folders (recursively), feeds, pages. */
export async function ingestInputs(st: Store, inputs: string[], options: IngestOptions = {}): Promise<IngestOutcome[]> {
  return ingestCandidates(st, inputCandidates(inputs, options.fetch ?? fetchText), options);
}

export type { Candidate };
