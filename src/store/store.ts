/**
 * The Store: articles, cached briefs and feeds, behind one interface with one implementation over
 * Kysely, so SQLite (embedded default) and PostgreSQL (DATABASE_URL=postgres://…) run the same code.
 * Writing an article with its dedup bands (and brief) is one transaction, alone or in a batch:
 * nothing is ever half-written.
 */
import { type Kysely, Migrator, sql, type UpdateObject } from "kysely";
import type { Brief } from "../schema";
import { type Dialect, migrationProvider } from "./migrations";
import { putArticles } from "./put-articles";
import type { ArticlesTable, Database, FeedsTable } from "./tables";

export type StoredArticle = ArticlesTable;
export type NewArticle = Omit<ArticlesTable, "story_id" | "ingested_at">;
export type Feed = Omit<FeedsTable, "failures"> & { failures: number };
export interface Subscription {
  platform: string;
  chatId: string;
  topic: string;
  localTime: string;
  timezone: string;
  createdBy: string;
  /** ISO time of the last change (creation, new time or zone). */
  since?: string;
}

export interface OutboxSlot {
  platform: string;
  chatId: string;
  topic: string;
  slotDate: string;
  dueAt: string;
  late: boolean;
}

export interface OutboxRow extends OutboxSlot {
  attempts: number;
}

/** A brief already serialised (in a worker thread), stored with its article. */
export interface StoredBrief {
  engineVersion: string;
  json: string;
}

/** An article to store, optionally with its brief (same id), written in the same transaction. */
export interface ArticleWrite {
  article: NewArticle;
  brief?: StoredBrief;
}

export type PutOutcome =
  | { status: "stored"; id: string }
  | { status: "duplicate"; id: string; of: string; by: "url" | "content" | "id" }
  | { status: "near-duplicate"; id: string; of: string; similarity: number };

export interface SearchHit {
  article: StoredArticle;
  score: number;
}

export interface Store {
  readonly dialect: Dialect;
  migrate(): Promise<void>;
  close(): Promise<void>;
  putArticle(article: NewArticle): Promise<PutOutcome>;
  /**
   * Stores articles in one transaction, with the outcomes storing them one by one would give; the
   * briefs of articles that are stored (not duplicates) go in with them. All or nothing.
   */
  putArticles(items: ArticleWrite[]): Promise<PutOutcome[]>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  latest(limit: number): Promise<StoredArticle[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  counts(): Promise<{ articles: number; stories: number }>;
  getBrief(articleId: string, engineVersion: string): Promise<Brief | undefined>;
  putBrief(brief: Brief): Promise<void>;
  addFeed(url: string, title?: string): Promise<"added" | "exists">;
  removeFeed(url: string): Promise<boolean>;
  listFeeds(): Promise<Feed[]>;
  recordPoll(url: string, result: { etag?: string | null; lastModified?: string | null; title?: string | null; error?: string | null }): Promise<void>;
  /** Creates or replaces the chat's subscription to a topic (a new time replaces the old one). */
  subscribe(sub: Subscription): Promise<"created" | "updated">;
  /** Ends one topic's subscription, or all of the chat's with topic "all". Returns how many ended. */
  unsubscribe(platform: string, chatId: string, topic: string | "all"): Promise<number>;
  subscriptions(platform: string, chatId: string): Promise<Subscription[]>;
  activeSubscriptions(): Promise<Subscription[]>;
  /** Inserts slots not yet in the outbox (the unique key drops repeats); returns how many were new. */
  enqueueSlots(slots: OutboxSlot[]): Promise<number>;
  /**
   * Claims up to `limit` due slots for this worker atomically (FOR UPDATE SKIP LOCKED on PostgreSQL,
   * one UPDATE … RETURNING on SQLite). Slots left "claimed" longer than `staleMs` belong to a worker
   * that died before sending anything: they are claimable again.
   */
  claimDue(worker: string, now: Date, limit: number, staleMs: number): Promise<OutboxRow[]>;
  /** Recorded just before the request goes out: from here on a resend could duplicate. */
  markSending(slot: OutboxSlot, now: Date): Promise<void>;
  /** Slots left "sending" longer than `staleMs` (the worker died mid-send) become "unknown"; returns them. */
  expireSending(now: Date, staleMs: number): Promise<OutboxSlot[]>;
  markSent(slot: OutboxSlot, messageIds: string[], now: Date): Promise<void>;
  /** The platform may or may not have the digest: it is never re-sent (at most once). */
  markUnknown(slot: OutboxSlot, error: string, now: Date): Promise<void>;
  markFailed(slot: OutboxSlot, error: string, retryAt: Date | null): Promise<void>;
  lastSentAt(platform: string, chatId: string, topic: string): Promise<string | null>;
  outbox(): Promise<(OutboxRow & { status: string; messageIds: string[] })[]>;
}

/** An outbox row as the scheduler sees it (SQLite returns `late` as 0/1, PostgreSQL as a number too). */
function toSlot(r: { platform: string; chat_id: string; topic: string; slot_date: string; due_at: string; late: number }): OutboxSlot {
  return { platform: r.platform, chatId: r.chat_id, topic: r.topic, slotDate: r.slot_date, dueAt: r.due_at, late: Number(r.late) === 1 };
}

/** Recency matters for "/brief <query>": a week-old match ranks as half as relevant as today's. */
const RECENCY_HALF_LIFE_DAYS = 7;
const SEARCH_POOL = 50;

export class KyselyStore implements Store {
  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: Dialect,
    private readonly now: () => Date = () => new Date(),
    /** PostgreSQL schema the store lives in; the migrator must look for its own tables there. */
    private readonly schema?: string,
  ) {}

  async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider(this.dialect), ...(this.schema ? { migrationTableSchema: this.schema } : {}) });
    const { error, results } = await migrator.migrateToLatest();
    if (error) throw new Error(`store migration failed (${results?.find((r) => r.status === "Error")?.migrationName ?? "unknown"}): ${(error as Error).message}`);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  async putArticle(article: NewArticle): Promise<PutOutcome> {
    const [outcome] = await this.putArticles([{ article }]);
    return outcome;
  }

  async putArticles(items: ArticleWrite[]): Promise<PutOutcome[]> {
    return this.db.transaction().execute((trx) => putArticles(trx, items, this.now));
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    return this.db.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async latest(limit: number): Promise<StoredArticle[]> {
    return this.db
      .selectFrom("articles")
      .selectAll()
      .orderBy(sql`coalesce(published, substr(ingested_at, 1, 10))`, "desc")
      .orderBy("ingested_at", "desc")
      .orderBy("id")
      .limit(limit)
      .execute();
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const terms = query.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
    if (!terms.length) return [];
    let rows: (StoredArticle & { rank: number })[];
    if (this.dialect === "sqlite") {
      // Every term quoted: user input is never FTS5 syntax. All terms first, any term if none match.
      const run = (match: string) =>
        sql<StoredArticle & { rank: number }>`select a.*, -bm25(articles_fts, 2.0, 1.0) as rank from articles_fts join articles a on a.rowid = articles_fts.rowid where articles_fts match ${match} order by rank desc limit ${SEARCH_POOL}`.execute(this.db);
      const quoted = terms.map((t) => `"${t}"`);
      rows = (await run(quoted.join(" AND "))).rows;
      if (!rows.length) rows = (await run(quoted.join(" OR "))).rows;
    } else {
      const run = (tsquery: string) =>
        sql<StoredArticle & { rank: number }>`select id, url, publisher, title, text, published, language, content_hash, minhash, story_id, source, ingested_at, ts_rank(search, to_tsquery('english', ${tsquery})) as rank from articles where search @@ to_tsquery('english', ${tsquery}) order by rank desc limit ${SEARCH_POOL}`.execute(this.db);
      const words = terms.map((t) => `'${t}'`);
      rows = (await run(words.join(" & "))).rows;
      if (!rows.length) rows = (await run(words.join(" | "))).rows;
    }
    if (!rows.length) return [];
    const today = this.now().getTime();
    const best = Math.max(...rows.map((r) => Number(r.rank)));
    return rows
      .map((r) => {
        const { rank, ...article } = r as StoredArticle & { rank: number; search?: unknown };
        delete (article as { search?: unknown }).search;
        const day = Date.parse(`${article.published ?? article.ingested_at.slice(0, 10)}T12:00:00Z`);
        const ageDays = Number.isNaN(day) ? 365 : Math.max(0, (today - day) / 86_400_000);
        const relevance = best > 0 ? Number(rank) / best : 0;
        return { article: article as StoredArticle, score: relevance * 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS) + relevance * 0.25 };
      })
      .sort((a, b) => b.score - a.score || a.article.id.localeCompare(b.article.id))
      .slice(0, limit);
  }

  async counts(): Promise<{ articles: number; stories: number }> {
    const row = await this.db
      .selectFrom("articles")
      .select((eb) => [eb.fn.countAll<number>().as("articles"), eb.fn.count<number>("story_id").distinct().as("stories")])
      .executeTakeFirstOrThrow();
    return { articles: Number(row.articles), stories: Number(row.stories) };
  }

  async getBrief(articleId: string, engineVersion: string): Promise<Brief | undefined> {
    const row = await this.db.selectFrom("briefs").select("json").where("article_id", "=", articleId).where("engine_version", "=", engineVersion).executeTakeFirst();
    return row ? (JSON.parse(row.json) as Brief) : undefined;
  }

  async putBrief(brief: Brief): Promise<void> {
    await this.db
      .insertInto("briefs")
      .values({ article_id: brief.articleId, engine_version: brief.engineVersion, json: JSON.stringify(brief), created_at: this.now().toISOString() })
      .onConflict((oc) => oc.columns(["article_id", "engine_version"]).doNothing())
      .execute();
  }

  async addFeed(url: string, title?: string): Promise<"added" | "exists"> {
    const r = await this.db
      .insertInto("feeds")
      .values({ url, title: title ?? null, etag: null, last_modified: null, last_polled_at: null, last_error: null, added_at: this.now().toISOString() })
      .onConflict((oc) => oc.column("url").doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0 ? "added" : "exists";
  }

  async removeFeed(url: string): Promise<boolean> {
    const r = await this.db.deleteFrom("feeds").where("url", "=", url).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async listFeeds(): Promise<Feed[]> {
    const rows = await this.db.selectFrom("feeds").selectAll().orderBy("added_at").orderBy("url").execute();
    return rows.map((r) => ({ ...r, failures: Number(r.failures) }));
  }

  async subscribe(sub: Subscription): Promise<"created" | "updated"> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom("subscriptions").select("active").where("platform", "=", sub.platform).where("chat_id", "=", sub.chatId).where("topic", "=", sub.topic).executeTakeFirst();
      const row = { local_time: sub.localTime, timezone: sub.timezone, created_by: sub.createdBy, active: 1, updated_at: this.now().toISOString() };
      // A new time replaces the old: digests queued for the old time are no longer owed.
      await trx.deleteFrom("digest_outbox").where("platform", "=", sub.platform).where("chat_id", "=", sub.chatId).where("topic", "=", sub.topic).where("status", "=", "pending").execute();
      if (existing) {
        await trx.updateTable("subscriptions").set(row).where("platform", "=", sub.platform).where("chat_id", "=", sub.chatId).where("topic", "=", sub.topic).execute();
        return Number(existing.active) ? "updated" : "created";
      }
      await trx.insertInto("subscriptions").values({ platform: sub.platform, chat_id: sub.chatId, topic: sub.topic, ...row, created_at: this.now().toISOString() }).execute();
      return "created";
    });
  }

  async unsubscribe(platform: string, chatId: string, topic: string): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      let q = trx.updateTable("subscriptions").set({ active: 0, updated_at: this.now().toISOString() }).where("platform", "=", platform).where("chat_id", "=", chatId).where("active", "=", 1);
      let d = trx.deleteFrom("digest_outbox").where("platform", "=", platform).where("chat_id", "=", chatId).where("status", "=", "pending");
      if (topic !== "all") {
        q = q.where("topic", "=", topic);
        d = d.where("topic", "=", topic);
      }
      const r = await q.executeTakeFirst();
      await d.execute();
      return Number(r.numUpdatedRows);
    });
  }

  async activeSubscriptions(): Promise<Subscription[]> {
    const rows = await this.db.selectFrom("subscriptions").selectAll().where("active", "=", 1).orderBy("platform").orderBy("chat_id").orderBy("topic").execute();
    return rows.map((r) => ({ platform: r.platform, chatId: r.chat_id, topic: r.topic, localTime: r.local_time, timezone: r.timezone, createdBy: r.created_by, since: r.updated_at ?? r.created_at }));
  }

  async enqueueSlots(slots: OutboxSlot[]): Promise<number> {
    let added = 0;
    for (let i = 0; i < slots.length; i += 200) {
      const batch = slots.slice(i, i + 200);
      const r = await this.db
        .insertInto("digest_outbox")
        .values(batch.map((s) => ({ platform: s.platform, chat_id: s.chatId, topic: s.topic, slot_date: s.slotDate, due_at: s.dueAt, status: "pending" as const, next_attempt_at: s.dueAt, late: s.late ? 1 : 0, claimed_by: null, claimed_at: null, sent_at: null, message_ids: null, error: null })))
        .onConflict((oc) => oc.columns(["platform", "chat_id", "topic", "slot_date"]).doNothing())
        .executeTakeFirst();
      added += Number(r.numInsertedOrUpdatedRows ?? 0);
    }
    return added;
  }

  async claimDue(worker: string, now: Date, limit: number, staleMs: number): Promise<OutboxRow[]> {
    const at = now.toISOString();
    const stale = new Date(now.getTime() - staleMs).toISOString();
    const lock = this.dialect === "postgres" ? sql`for update skip locked` : sql``;
    const rows = await sql<{ platform: string; chat_id: string; topic: string; slot_date: string; due_at: string; late: number; attempts: number }>`
      update digest_outbox set status = 'claimed', claimed_by = ${worker}, claimed_at = ${at}, attempts = attempts + 1
      where (platform, chat_id, topic, slot_date) in (
        select platform, chat_id, topic, slot_date from digest_outbox
        where (status = 'pending' and next_attempt_at <= ${at}) or (status = 'claimed' and claimed_at < ${stale})
        order by due_at, platform, chat_id, topic limit ${limit} ${lock})
      returning platform, chat_id, topic, slot_date, due_at, late, attempts`.execute(this.db);
    return rows.rows.map((r) => ({ ...toSlot(r), attempts: Number(r.attempts) }));
  }

  private updateSlot(slot: OutboxSlot, values: UpdateObject<Database, "digest_outbox">) {
    return this.db.updateTable("digest_outbox").set(values).where("platform", "=", slot.platform).where("chat_id", "=", slot.chatId).where("topic", "=", slot.topic).where("slot_date", "=", slot.slotDate).execute();
  }

  async markSending(slot: OutboxSlot, now: Date): Promise<void> {
    await this.updateSlot(slot, { status: "sending", claimed_at: now.toISOString() });
  }

  async expireSending(now: Date, staleMs: number): Promise<OutboxSlot[]> {
    const rows = await this.db
      .updateTable("digest_outbox")
      .set({ status: "unknown", sent_at: sql<string>`claimed_at`, error: "the worker stopped while sending: delivery unknown, not re-sent" })
      .where("status", "=", "sending")
      .where("claimed_at", "<", new Date(now.getTime() - staleMs).toISOString())
      .returning(["platform", "chat_id", "topic", "slot_date", "due_at", "late"])
      .execute();
    return rows.map(toSlot);
  }

  async markSent(slot: OutboxSlot, messageIds: string[], now: Date): Promise<void> {
    await this.updateSlot(slot, { status: "sent", sent_at: now.toISOString(), message_ids: JSON.stringify(messageIds), error: null });
  }

  async markUnknown(slot: OutboxSlot, error: string, now: Date): Promise<void> {
    // sent_at is set so the next digest starts after this one's stories rather than repeating them.
    await this.updateSlot(slot, { status: "unknown", sent_at: now.toISOString(), error });
  }

  async markFailed(slot: OutboxSlot, error: string, retryAt: Date | null): Promise<void> {
    await this.updateSlot(slot, retryAt ? { status: "pending", next_attempt_at: retryAt.toISOString(), error } : { status: "failed", error });
  }

  async lastSentAt(platform: string, chatId: string, topic: string): Promise<string | null> {
    const r = await this.db.selectFrom("digest_outbox").select((eb) => eb.fn.max("sent_at").as("at")).where("platform", "=", platform).where("chat_id", "=", chatId).where("topic", "=", topic).where("status", "in", ["sent", "unknown"]).executeTakeFirst();
    return (r?.at as string | null) ?? null;
  }

  async outbox(): Promise<(OutboxRow & { status: string; messageIds: string[] })[]> {
    const rows = await this.db.selectFrom("digest_outbox").selectAll().orderBy("due_at").orderBy("platform").orderBy("chat_id").execute();
    return rows.map((r) => ({ ...toSlot(r), attempts: Number(r.attempts), status: r.status, messageIds: r.message_ids ? (JSON.parse(r.message_ids) as string[]) : [] }));
  }

  async subscriptions(platform: string, chatId: string): Promise<Subscription[]> {
    const rows = await this.db.selectFrom("subscriptions").selectAll().where("platform", "=", platform).where("chat_id", "=", chatId).where("active", "=", 1).orderBy("topic").execute();
    return rows.map((r) => ({ platform: r.platform, chatId: r.chat_id, topic: r.topic, localTime: r.local_time, timezone: r.timezone, createdBy: r.created_by }));
  }

  async recordPoll(url: string, result: { etag?: string | null; lastModified?: string | null; title?: string | null; error?: string | null }): Promise<void> {
    await this.db
      .updateTable("feeds")
      .set((eb) => ({
        last_polled_at: this.now().toISOString(),
        last_error: result.error ?? null,
        failures: result.error ? eb("failures", "+", 1) : 0,
        ...(result.etag !== undefined ? { etag: result.etag } : {}),
        ...(result.lastModified !== undefined ? { last_modified: result.lastModified } : {}),
        ...(result.title ? { title: result.title } : {}),
      }))
      .where("url", "=", url)
      .execute();
  }
}
