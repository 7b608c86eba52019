/**
 * The CPU-bound half of ingesting one article: cleaning, language and fingerprints (ready), then
 * optionally the brief. Pure functions of the candidate, so the brief is the same whether it is
 * made in this thread or in a worker thread; the store writes stay with the caller.
 */
import { createHash } from "node:crypto";
import { type Cleaned, cleanArticle } from "../brief/clean";
import type { Article } from "../schema";
import type { NewArticle, StoredBrief } from "../store/store";
import { fingerprints } from "./fingerprint";
import { detectLanguage } from "./language";

export type Candidate = { source: string; article: Article } | { source: string; error: string };

export type Rejected = { source: string; rejection: string };

/** A candidate as the store will hold it, with the cleaning its brief can start from. */
export type Ready = Rejected | { source: string; record: NewArticle; cleaned?: Cleaned };

export type Prepared = Rejected | { source: string; record: NewArticle; brief?: StoredBrief };

/**
 * Briefs a record as the store will hold it (see briefRecord); undefined when the brief is rejected.
 * `cleaned` is the record's text cleaned as brief() would clean it, when that is already known.
 */
export type Briefer = (record: NewArticle, cleaned?: Cleaned) => StoredBrief | undefined;

/** An Article ready for the store: language, fingerprints and a stable id. */
export function toNewArticle(article: Article, source: string): NewArticle | string {
  const prepared = cleanedRecord(article, source);
  return typeof prepared === "string" ? prepared : prepared.record;
}

function cleanedRecord(article: Article, source: string): { record: NewArticle; cleaned: Cleaned } | string {
  const cleaned = cleanArticle(article.text ?? "", { title: article.title, publisher: article.publisher });
  if ("code" in cleaned) return cleaned.message;
  const { contentHash, minhash } = fingerprints(article.text);
  // 600 characters identify a language reliably.
  const sample = `${cleaned.title ?? ""} ${cleaned.body}`.slice(0, 600);
  const record: NewArticle = {
    id: article.id || createHash("sha256").update(article.url ?? contentHash).digest("hex").slice(0, 32),
    url: article.url ?? null,
    publisher: article.publisher ?? null,
    title: article.title ?? cleaned.title ?? null,
    text: article.text,
    published: article.published ?? cleaned.dateline ?? null,
    language: detectLanguage(sample),
    content_hash: contentHash,
    minhash,
    source,
  };
  return { record, cleaned };
}

export function ready(c: Candidate): Ready {
  if ("error" in c) return { source: c.source, rejection: c.error };
  const prepared = cleanedRecord(c.article, c.source);
  if (typeof prepared === "string") return { source: c.source, rejection: prepared };
  const { record, cleaned } = prepared;
  // The stored record briefs from the same cleaning when it keeps the article's own title; a title
  // found by cleaning becomes a hint, and the text is cleaned again around it.
  const sameHints = (record.title || undefined) === (c.article.title || undefined);
  return sameHints ? { source: c.source, record, cleaned } : { source: c.source, record };
}

/** What goes to the store: the record, and its brief when one was made. */
export function withBrief(r: Ready, brief: StoredBrief | undefined): Prepared {
  if (!("record" in r)) return r;
  return brief ? { source: r.source, record: r.record, brief } : { source: r.source, record: r.record };
}

export function prepare(c: Candidate, briefer?: Briefer): Prepared {
  const r = ready(c);
  return withBrief(r, "record" in r ? briefer?.(r.record, r.cleaned) : undefined);
}
