/**
 * Ingestion: files, folders, JSONL, feeds and pages → stored articles, each with an outcome a
 * person can read: stored / duplicate / near-duplicate of X / rejected (why). One bad input never
 * stops the others.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { franc } from "franc-min";
import { cleanArticle } from "../brief/clean";
import type { Article } from "../schema";
import type { NewArticle, Store } from "../store/store";
import { fetchText } from "./fetch";
import { looksLikeFeed, parseFeed } from "./feed";
import { articleFromJson, loadArticleFile } from "./file";
import { contentHash, minhash } from "./fingerprint";

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
  fetch?: typeof fetchText;
}

const ARTICLE_FILES = new Set([".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom"]);

type Candidate = { source: string; article: Article } | { source: string; error: string };

/** An Article ready for the store: language, fingerprints and a stable id. */
export function toNewArticle(article: Article, source: string): NewArticle | string {
  const cleaned = cleanArticle(article.text ?? "", { title: article.title, publisher: article.publisher });
  if ("code" in cleaned) return cleaned.message;
  const hash = contentHash(article.text);
  // 600 characters identify a language reliably; franc costs about 1 ms per 600 here.
  const sample = `${cleaned.title ?? ""} ${cleaned.body}`.slice(0, 600);
  return {
    id: article.id || createHash("sha256").update(article.url ?? hash).digest("hex").slice(0, 32),
    url: article.url ?? null,
    publisher: article.publisher ?? null,
    title: article.title ?? cleaned.title ?? null,
    text: article.text,
    published: article.published ?? cleaned.dateline ?? null,
    language: franc(sample, { minLength: 20 }),
    content_hash: hash,
    minhash: minhash(article.text),
    source,
  };
}

function* jsonlCandidates(path: string): Generator<Candidate> {
  const lines = readFileSync(path, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const source = `${path}:${i + 1}`;
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

async function fileCandidates(path: string): Promise<Candidate[]> {
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl") return [...jsonlCandidates(path)];
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

async function store(st: Store, c: Candidate): Promise<IngestOutcome> {
  if ("error" in c) return { source: c.source, status: "rejected", reason: c.error };
  const record = toNewArticle(c.article, c.source);
  if (typeof record === "string") return { source: c.source, status: "rejected", reason: record };
  try {
    const put = await st.putArticle(record);
    const title = record.title ?? undefined;
    if (put.status === "stored") return { source: c.source, status: "stored", id: put.id, title };
    return { source: c.source, status: put.status, id: put.id, of: put.of, title, ...(put.status === "duplicate" ? { reason: `same ${put.by}` } : { reason: `similarity ${put.similarity.toFixed(2)}` }) };
  } catch (e) {
    return { source: c.source, status: "rejected", reason: `store error: ${(e as Error).message}` };
  }
}

/** Articles already parsed (a polled feed's items) → the store. */
export async function ingestCandidates(st: Store, candidates: Candidate[], options: IngestOptions = {}): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  for (const c of candidates) {
    const o = await store(st, c);
    options.onOutcome?.(o);
    out.push(o);
  }
  return out;
}

/** PATH|URL arguments as a user gives them: files, folders (recursively), feeds, pages. */
export async function ingestInputs(st: Store, inputs: string[], options: IngestOptions = {}): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  const fetcher = options.fetch ?? fetchText;
  for (const input of inputs) {
    let candidates: Candidate[];
    if (/^https?:\/\//i.test(input)) candidates = await urlCandidates(input, fetcher);
    else {
      let st_: ReturnType<typeof statSync>;
      try {
        st_ = statSync(input);
      } catch {
        candidates = [{ source: input, error: "no such file or folder" }];
        out.push(...(await ingestCandidates(st, candidates, options)));
        continue;
      }
      if (st_.isDirectory()) {
        for (const file of walk(input)) out.push(...(await ingestCandidates(st, await fileCandidates(file), options)));
        continue;
      }
      candidates = await fileCandidates(input);
    }
    out.push(...(await ingestCandidates(st, candidates, options)));
  }
  return out;
}

export type { Candidate };
