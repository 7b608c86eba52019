/**
 * Writing a batch of articles in one transaction. A transaction per article made the commit (and
 * SQLite's FTS5 segment flush behind it) the dearest part of an import; one per batch, with one
 * multi-row lookup and insert per table, costs a fraction. Each article is still all or nothing
 * (its row, bands, search entry and brief commit together with the batch), and the outcomes are
 * exactly those of storing the articles one after another: an article is checked against the
 * store and against the articles before it in the batch.
 */
import type { Transaction } from "kysely";
import { bands, NEAR_DUPLICATE, similarity } from "../ingest/fingerprint";
import type { Database } from "./tables";
import type { ArticleWrite, PutOutcome } from "./store";

/** Bound parameters per statement: far below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 8000;

interface Known {
  id: string;
  story_id: string;
  minhash: string;
}

function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** The stored articles that share an id, a URL or a content hash with the batch. */
async function existing(trx: Transaction<Database>, items: ArticleWrite[]) {
  const ids = new Set<string>();
  const urls = new Map<string, string>();
  const hashes = new Map<string, string>();
  for (const part of chunks(items, Math.floor(MAX_PARAMS / 3))) {
    const wantUrls = part.flatMap((i) => (i.article.url ? [i.article.url] : []));
    const rows = await trx
      .selectFrom("articles")
      .select(["id", "url", "content_hash"])
      .where((eb) => eb.or([eb("id", "in", part.map((i) => i.article.id)), eb("content_hash", "in", part.map((i) => i.article.content_hash)), ...(wantUrls.length ? [eb("url", "in", wantUrls)] : [])]))
      .execute();
    for (const r of rows) {
      ids.add(r.id);
      if (r.url) urls.set(r.url, r.id);
      hashes.set(r.content_hash, r.id);
    }
  }
  return { ids, urls, hashes };
}

/** Stored articles sharing any LSH band with the batch, by band key. */
async function bandNeighbours(trx: Transaction<Database>, keys: string[]): Promise<Map<string, Known[]>> {
  const byKey = new Map<string, Known[]>();
  for (const part of chunks([...new Set(keys)], MAX_PARAMS)) {
    const rows = await trx
      .selectFrom("article_bands")
      .innerJoin("articles", "articles.id", "article_bands.article_id")
      .select(["article_bands.hash", "articles.id", "articles.story_id", "articles.minhash"])
      .where("article_bands.hash", "in", part)
      .execute();
    for (const r of rows) byKey.set(r.hash, [...(byKey.get(r.hash) ?? []), { id: r.id, story_id: r.story_id, minhash: r.minhash }]);
  }
  return byKey;
}

export async function putArticles(trx: Transaction<Database>, items: ArticleWrite[], now: () => Date): Promise<PutOutcome[]> {
  if (!items.length) return [];
  const stored = await existing(trx, items);
  const keysOf = items.map((i) => bands(i.article.minhash));
  const neighbours = await bandNeighbours(trx, keysOf.flat().map((k) => k.hash));
  const outcomes: PutOutcome[] = [];
  const rows: Database["articles"][] = [];
  const bandRows: Database["article_bands"][] = [];
  const briefRows: Database["briefs"][] = [];
  items.forEach(({ article, brief }, n) => {
    // The same checks, in the same order, as a lone article meets: id, URL, content, near.
    if (stored.ids.has(article.id)) return void outcomes.push({ status: "duplicate", id: article.id, of: article.id, by: "id" });
    const byUrl = article.url ? stored.urls.get(article.url) : undefined;
    if (byUrl) return void outcomes.push({ status: "duplicate", id: article.id, of: byUrl, by: "url" });
    const byHash = stored.hashes.get(article.content_hash);
    if (byHash) return void outcomes.push({ status: "duplicate", id: article.id, of: byHash, by: "content" });

    let near: { id: string; story_id: string; sim: number } | undefined;
    const seen = new Set<string>();
    for (const key of keysOf[n]) {
      for (const c of neighbours.get(key.hash) ?? []) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        const sim = similarity(article.minhash, c.minhash);
        if (sim >= NEAR_DUPLICATE && (!near || sim > near.sim || (sim === near.sim && c.id < near.id))) near = { id: c.id, story_id: c.story_id, sim };
      }
    }
    const storyId = near?.story_id ?? article.id;
    rows.push({ ...article, story_id: storyId, ingested_at: now().toISOString() });
    bandRows.push(...keysOf[n].map((k) => ({ ...k, article_id: article.id })));
    if (brief) briefRows.push({ article_id: article.id, engine_version: brief.engineVersion, json: brief.json, created_at: now().toISOString() });
    // Later articles of the batch see this one as if it were already stored.
    stored.ids.add(article.id);
    if (article.url) stored.urls.set(article.url, article.id);
    stored.hashes.set(article.content_hash, article.id);
    for (const key of keysOf[n]) neighbours.set(key.hash, [...(neighbours.get(key.hash) ?? []), { id: article.id, story_id: storyId, minhash: article.minhash }]);
    outcomes.push(near ? { status: "near-duplicate", id: article.id, of: near.id, similarity: near.sim } : { status: "stored", id: article.id });
  });
  for (const part of chunks(rows, Math.floor(MAX_PARAMS / 12))) await trx.insertInto("articles").values(part).execute();
  for (const part of chunks(bandRows, Math.floor(MAX_PARAMS / 3))) await trx.insertInto("article_bands").values(part).execute();
  for (const part of chunks(briefRows, Math.floor(MAX_PARAMS / 4))) await trx.insertInto("briefs").values(part).onConflict((oc) => oc.columns(["article_id", "engine_version"]).doNothing()).execute();
  return outcomes;
}
