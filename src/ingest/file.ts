/**
 * One article file → Article: .txt, .md, .html/.htm, .json (the eval format or the common news-crawler
 * shape: title, maintext/text, date_publish, url, source_domain). Problems come back as a typed
 * result naming the file and the fix, never as a crash.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import type { Article } from "../schema";

/** Files above this are refused outright; the core itself briefs only the first 100,000 characters. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type LoadResult = { ok: true; article: Article } | { ok: false; error: string };

const DATE_FIELDS = ["date_publish", "published", "date", "datePublished", "pubDate", "published_at", "publishedAt"];
const TEXT_FIELDS = ["text", "maintext", "content", "body", "article"];

function contentId(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}

/** An object in the eval or news-crawler shape → Article. */
export function articleFromJson(value: unknown, fallbackId: string): Article | string {
  if (!value || typeof value !== "object" || Array.isArray(value)) return "expected a JSON object with a text (or maintext) field";
  const o = value as Record<string, unknown>;
  const text = TEXT_FIELDS.map((f) => o[f]).find((v): v is string => typeof v === "string");
  if (text === undefined) return `no text field (looked for ${TEXT_FIELDS.join(", ")})`;
  const str = (k: string) => (typeof o[k] === "string" && (o[k] as string).trim() ? (o[k] as string).trim() : undefined);
  const date = DATE_FIELDS.map(str).find(Boolean);
  const title = str("title");
  const url = str("url");
  const publisher = str("publisher") ?? str("source_domain") ?? str("source");
  return {
    id: str("id") ?? fallbackId,
    text,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    ...(publisher ? { publisher } : {}),
    ...(date && /^\d{4}-\d{2}-\d{2}/.test(date) ? { published: date.slice(0, 10) } : {}),
  };
}

export async function loadArticleFile(path: string, options: { date?: string } = {}): Promise<LoadResult> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return { ok: false, error: `${path}: no such file (check the path)` };
  }
  if (size > MAX_FILE_BYTES) return { ok: false, error: `${path}: ${(size / 1024 / 1024).toFixed(0)} MB is more than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one article` };
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 65_536).includes(0)) return { ok: false, error: `${path}: binary file (it contains NUL bytes), not an article` };
  const raw = new TextDecoder("utf-8").decode(bytes);
  const id = contentId(bytes);
  const ext = extname(path).toLowerCase();
  let article: Article;
  if (ext === ".json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      return { ok: false, error: `${path}: invalid JSON (${(e as Error).message})` };
    }
    const a = articleFromJson(parsed, id);
    if (typeof a === "string") return { ok: false, error: `${path}: ${a}` };
    article = a;
  } else if (ext === ".html" || ext === ".htm") {
    // Loaded on demand: the DOM and Readability cost a noticeable start-up time, and only HTML needs them.
    const { readableFromHtml } = await import("./html");
    const page = readableFromHtml(raw);
    article = { id, text: page.text, ...(page.title ? { title: page.title } : {}), ...(page.publisher ? { publisher: page.publisher } : {}), ...(page.published && /^\d{4}-\d\d-\d\d/.test(page.published) ? { published: page.published.slice(0, 10) } : {}) };
  } else if (ext === ".md" || ext === ".markdown") {
    // A leading "# Heading" is the title; the rest is the text with markdown marks removed.
    const heading = /^\s*#\s+(.+)\n/.exec(raw);
    // Marks: headings, list bullets, bold, code, single-mark emphasis ("*Published by …*"), links.
    const body = (heading ? raw.slice(heading[0].length) : raw)
      .replace(/^#{1,6}\s+/gm, "")
      .replace(/^[ \t]*[-*+][ \t]+/gm, "")
      .replace(/\*\*|__|`/g, "")
      .replace(/(^|[^\p{L}\p{N}*_])[*_]([^*_\n]+)[*_](?![\p{L}\p{N}])/gmu, "$1$2")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1");
    article = { id, text: body, ...(heading ? { title: heading[1].trim() } : {}) };
  } else if (ext === ".txt" || ext === "" || ext === ".text") {
    article = { id, text: raw };
  } else {
    return { ok: false, error: `${path}: unsupported file type "${ext}" (use .txt, .md, .html or .json)` };
  }
  if (options.date) article = { ...article, published: options.date };
  return { ok: true, article: { ...article, id: article.id || basename(path) } };
}
