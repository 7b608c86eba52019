/** Briefs for chat replies: from the store (cached per engine version) or from text at hand. */
import { brief, ENGINE_VERSION } from "../brief/index";
import type { Article, Brief } from "../schema";
import type { StoredArticle, Store } from "../store/store";

/** The article a stored row (or one about to be stored) is the text of. */
export function storedToArticle(a: Pick<StoredArticle, "id" | "text" | "title" | "url" | "publisher" | "published">): Article {
  return { id: a.id, text: a.text, ...(a.title ? { title: a.title } : {}), ...(a.url ? { url: a.url } : {}), ...(a.publisher ? { publisher: a.publisher } : {}), ...(a.published ? { published: a.published } : {}) };
}

/** The brief of a stored article, made once per engine version and cached in the store. */
export async function briefStored(store: Store, a: StoredArticle): Promise<Brief | string> {
  const cached = await store.getBrief(a.id, ENGINE_VERSION);
  if (cached) return cached;
  const result = brief(storedToArticle(a));
  if (!result.ok) return result.rejection.message;
  await store.putBrief(result.brief);
  return result.brief;
}

/** Stories in one digest, on demand (/digest) and scheduled alike. */
export const DIGEST_SIZE = 5;

/** The latest articles, one per story (near-duplicates merged), newest first. */
export async function latestStories(store: Store, limit: number): Promise<StoredArticle[]> {
  const seen = new Set<string>();
  const out: StoredArticle[] = [];
  for (const a of await store.latest(limit * 4)) {
    if (seen.has(a.story_id)) continue;
    seen.add(a.story_id);
    out.push(a);
    if (out.length === limit) break;
  }
  return out;
}
