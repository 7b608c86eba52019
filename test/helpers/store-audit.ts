/**
 * Reads a store behind the application's back (raw better-sqlite3 / pg, not the Store) and lists
 * everything that would betray a half-written article: a row that differs from what was ingested,
 * missing or stray dedup bands, search-index entries missing or without an article, dangling story
 * and brief links. An empty list means the store is consistent.
 */
import SQLite from "better-sqlite3";
import pg from "pg";
import { bands } from "../../src/ingest/fingerprint";
import { parseDatabaseUrl } from "../../src/store/open";

export interface ExpectedArticle {
  url: string;
  title: string | null;
  text: string;
  content_hash: string;
  minhash: string;
  /** A token only this article contains. */
  marker: string;
}

interface Row {
  id: string;
  url: string | null;
  title: string | null;
  text: string;
  content_hash: string;
  minhash: string;
  story_id: string;
}

interface Raw {
  articles: Row[];
  bands: { article_id: string; band: number; hash: string }[];
  /** marker → ids of the articles the search index returns for it ("?" for an entry with no article). */
  found: Map<string, string[]>;
  danglingBriefs: number;
  /** Database-level checks (integrity, foreign keys, FTS index against its content). */
  problems: string[];
}

function readSqlite(path: string, markers: string[]): Raw {
  // Opening replays (or discards) whatever the killed writer left in the WAL.
  const db = new SQLite(path);
  try {
    const problems: string[] = [];
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") problems.push(`integrity_check: ${String(integrity)}`);
    const fk = db.pragma("foreign_key_check") as unknown[];
    if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);
    try {
      // rank 1: also compare the FTS index with the articles it is built from.
      db.prepare("insert into articles_fts(articles_fts, rank) values ('integrity-check', 1)").run();
    } catch (e) {
      problems.push(`fts integrity-check: ${(e as Error).message}`);
    }
    const articles = db.prepare("select rowid, id, url, title, text, content_hash, minhash, story_id from articles").all() as (Row & { rowid: number })[];
    const byRowid = new Map(articles.map((a) => [a.rowid, a.id]));
    const docs = db.prepare("select id from articles_fts_docsize").pluck().all() as number[];
    const stray = docs.filter((d) => !byRowid.has(d));
    if (stray.length) problems.push(`${stray.length} FTS documents without an article`);
    if (docs.length - stray.length !== articles.length) problems.push(`${articles.length - (docs.length - stray.length)} articles without an FTS document`);
    const match = db.prepare("select rowid from articles_fts where articles_fts match ?").pluck();
    const found = new Map(markers.map((m) => [m, (match.all(`"${m}"`) as number[]).map((r) => byRowid.get(r) ?? "?")]));
    return {
      articles,
      bands: db.prepare("select article_id, band, hash from article_bands").all() as Raw["bands"],
      found,
      danglingBriefs: db.prepare("select count(*) from briefs b where not exists (select 1 from articles a where a.id = b.article_id)").pluck().get() as number,
      problems,
    };
  } finally {
    db.close();
  }
}

async function readPostgres(target: string, schema: string, markers: string[]): Promise<Raw> {
  const client = new pg.Client({ connectionString: target, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const articles = (await client.query<Row>("select id, url, title, text, content_hash, minhash, story_id from articles")).rows;
    const hits = (await client.query<{ marker: string; id: string }>("select m.marker, a.id from unnest($1::text[]) as m(marker) join articles a on a.search @@ to_tsquery('english', m.marker)", [markers])).rows;
    const found = new Map(markers.map((m) => [m, [] as string[]]));
    for (const h of hits) found.get(h.marker)!.push(h.id);
    return {
      articles,
      bands: (await client.query<Raw["bands"][number]>("select article_id, band, hash from article_bands")).rows,
      found,
      danglingBriefs: Number((await client.query("select count(*) as n from briefs b where not exists (select 1 from articles a where a.id = b.article_id)")).rows[0].n),
      problems: [],
    };
  } finally {
    await client.end();
  }
}

export async function auditStore(url: string, expected: ExpectedArticle[]): Promise<{ stored: Set<string>; problems: string[] }> {
  const where = parseDatabaseUrl(url);
  const markers = expected.map((e) => e.marker);
  const raw = where.dialect === "sqlite" ? readSqlite(where.target, markers) : await readPostgres(where.target, where.schema ?? "public", markers);
  const problems = [...raw.problems];
  const byUrl = new Map(expected.map((e) => [e.url, e]));
  const ids = new Set(raw.articles.map((a) => a.id));
  const bandsOf = new Map<string, string[]>();
  for (const b of raw.bands) {
    if (!ids.has(b.article_id)) problems.push(`band ${b.band} of missing article ${b.article_id}`);
    bandsOf.set(b.article_id, [...(bandsOf.get(b.article_id) ?? []), `${b.band}:${b.hash}`]);
  }
  const stored = new Map<string, string>();
  for (const a of raw.articles) {
    const want = a.url ? byUrl.get(a.url) : undefined;
    if (!want) {
      problems.push(`article ${a.id} with unexpected url ${a.url}`);
      continue;
    }
    stored.set(a.url!, a.id);
    if (!a.text) problems.push(`${a.url}: empty text`);
    for (const k of ["title", "text", "content_hash", "minhash"] as const) if (a[k] !== want[k]) problems.push(`${a.url}: ${k} differs from the ingested item`);
    if (!ids.has(a.story_id)) problems.push(`${a.url}: story ${a.story_id} has no article`);
    const have = (bandsOf.get(a.id) ?? []).sort().join(",");
    if (have !== bands(want.minhash).map((b) => `${b.band}:${b.hash}`).sort().join(",")) problems.push(`${a.url}: ${bandsOf.get(a.id)?.length ?? 0} band rows, not its 32`);
  }
  for (const e of expected) {
    const hits = (raw.found.get(e.marker) ?? []).join(",");
    const id = stored.get(e.url);
    if (hits !== (id ?? "")) problems.push(`${e.url}: search index returns [${hits}], stored as ${id ?? "nothing"}`);
  }
  if (raw.danglingBriefs) problems.push(`${raw.danglingBriefs} briefs of missing articles`);
  return { stored: new Set(stored.keys()), problems };
}
