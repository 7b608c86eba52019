/** RSS 2.0 / Atom / RDF text → article records, via @extractus/feed-extractor's parser. */
import { extractFromXml } from "@extractus/feed-extractor";
import type { Article } from "../schema";
import { stripHtml } from "../brief/normalise";

export function looksLikeFeed(body: string, contentType = ""): boolean {
  if (/(rss|atom|rdf)\+xml|\/xml/i.test(contentType)) return true;
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(body.slice(0, 2000));
}

export interface ParsedFeed {
  title: string | null;
  items: (Omit<Article, "id"> & { id?: string })[];
}

/** Throws with a readable message when the text is not a feed. */
export function parseFeed(xml: string): ParsedFeed {
  if (!looksLikeFeed(xml)) throw new Error("not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)");
  const feed = extractFromXml(xml, { descriptionMaxLen: 0, normalization: true, getExtraEntryFields: (entry: Record<string, unknown>) => ({ content: textOf(entry["content:encoded"] ?? entry.content) }) });
  if (!feed) throw new Error("the feed could not be parsed");
  const items = (feed.entries ?? []).map((e) => {
    const entry = e as typeof e & { content?: string };
    const html = entry.content && entry.content.length > (entry.description?.length ?? 0) ? entry.content : (entry.description ?? "");
    const text = stripHtml(html).replace(/[ \t]+/g, " ").trim();
    const published = entry.published ? new Date(entry.published) : null;
    return {
      ...(entry.id ? { id: entry.id } : {}),
      text,
      ...(entry.title ? { title: entry.title } : {}),
      ...(entry.link ? { url: entry.link } : {}),
      ...(feed.title ? { publisher: feed.title } : {}),
      ...(published && !Number.isNaN(published.getTime()) ? { published: published.toISOString().slice(0, 10) } : {}),
    };
  });
  return { title: feed.title ?? null, items };
}

function textOf(v: unknown): string {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "#text" in v) return String((v as Record<string, unknown>)["#text"]);
  return "";
}
