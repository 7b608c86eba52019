/** The store's tables as Kysely sees them: one definition for SQLite and PostgreSQL. */
import type { Generated } from "kysely";

export interface ArticlesTable {
  id: string;
  url: string | null;
  publisher: string | null;
  title: string | null;
  text: string;
  /** YYYY-MM-DD, the reference date for the brief. */
  published: string | null;
  /** ISO 639-3 code from franc ("eng"), or "und" when too short to tell. */
  language: string;
  /** sha256 of the normalised text: the same story byte for byte is stored once. */
  content_hash: string;
  /** MinHash signature (hex) of the text's word shingles, for near-duplicate detection. */
  minhash: string;
  /** The first article of this story; near-duplicates share it. */
  story_id: string;
  /** Where the article came from: a file path, a feed URL or a page URL. */
  source: string | null;
  /** ISO timestamp, set by the store's clock. */
  ingested_at: string;
}

/** Locality-sensitive hashing bands of each article's MinHash: candidates for near-duplicates. */
export interface ArticleBandsTable {
  band: number;
  hash: string;
  article_id: string;
}

export interface BriefsTable {
  article_id: string;
  engine_version: string;
  json: string;
  created_at: string;
}

export interface FeedsTable {
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  last_error: string | null;
  failures: Generated<number>;
  added_at: string;
}

/** A chat's standing order for a daily digest: one per (platform, chat, topic). */
export interface SubscriptionsTable {
  platform: string;
  chat_id: string;
  /** Free text matched by the store's search, or "all". */
  topic: string;
  /** HH:MM in the subscriber's timezone. */
  local_time: string;
  /** IANA zone name, e.g. Europe/London. */
  timezone: string;
  created_by: string;
  active: Generated<number>;
  created_at: string;
  /** When the time, zone or activity last changed: slots before it are not owed. */
  updated_at: string | null;
}

export interface DigestOutboxTable {
  platform: string;
  chat_id: string;
  topic: string;
  /** The subscriber's local date of the slot: with the first three columns, the unique key. */
  slot_date: string;
  due_at: string;
  /**
   * pending → claimed (a worker renders it) → sending (the request is going out) → sent; or failed,
   * or unknown: the platform may have it (a timeout after the request was written, a 5xx, a crash
   * while sending) and it is never re-sent, so a subscriber never gets a digest twice.
   */
  status: "pending" | "claimed" | "sending" | "sent" | "unknown" | "failed";
  attempts: Generated<number>;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_at: string | null;
  sent_at: string | null;
  message_ids: string | null;
  late: Generated<number>;
  error: string | null;
}

export interface Database {
  digest_outbox: DigestOutboxTable;
  subscriptions: SubscriptionsTable;
  articles: ArticlesTable;
  article_bands: ArticleBandsTable;
  briefs: BriefsTable;
  feeds: FeedsTable;
}
