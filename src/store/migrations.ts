/**
 * Versioned migrations, one list for both databases. Kysely's Migrator records which ran; the few
 * statements that differ (full-text search) branch on the dialect inside a migration, nowhere else.
 * Later migrations (subscriptions, the digest outbox) append to this list.
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from "kysely";

export type Dialect = "sqlite" | "postgres";

function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    "001_articles_briefs_feeds": {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable("articles")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("url", "text", (c) => c.unique())
          .addColumn("publisher", "text")
          .addColumn("title", "text")
          .addColumn("text", "text", (c) => c.notNull())
          .addColumn("published", "text")
          .addColumn("language", "text", (c) => c.notNull())
          .addColumn("content_hash", "text", (c) => c.notNull().unique())
          .addColumn("minhash", "text", (c) => c.notNull())
          .addColumn("story_id", "text", (c) => c.notNull())
          .addColumn("source", "text")
          .addColumn("ingested_at", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("articles_published").on("articles").columns(["published", "ingested_at"]).execute();
        await db.schema.createIndex("articles_story").on("articles").column("story_id").execute();
        await db.schema
          .createTable("article_bands")
          .addColumn("band", "integer", (c) => c.notNull())
          .addColumn("hash", "text", (c) => c.notNull())
          .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
          .execute();
        await db.schema.createIndex("article_bands_lookup").on("article_bands").column("hash").execute();
        await db.schema
          .createTable("briefs")
          .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
          .addColumn("engine_version", "text", (c) => c.notNull())
          .addColumn("json", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("briefs_pk", ["article_id", "engine_version"])
          .execute();
        await db.schema
          .createTable("feeds")
          .addColumn("url", "text", (c) => c.primaryKey())
          .addColumn("title", "text")
          .addColumn("etag", "text")
          .addColumn("last_modified", "text")
          .addColumn("last_polled_at", "text")
          .addColumn("last_error", "text")
          .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("added_at", "text", (c) => c.notNull())
          .execute();
        if (dialect === "sqlite") {
          // FTS5 over title and text, kept in step with the articles table by triggers.
          await sql`create virtual table articles_fts using fts5(title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61')`.execute(db);
          await sql`create trigger articles_fts_insert after insert on articles begin insert into articles_fts(rowid, title, text) values (new.rowid, coalesce(new.title, ''), new.text); end`.execute(db);
          await sql`create trigger articles_fts_delete after delete on articles begin insert into articles_fts(articles_fts, rowid, title, text) values ('delete', old.rowid, coalesce(old.title, ''), old.text); end`.execute(db);
        } else {
          await sql`alter table articles add column search tsvector generated always as (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) stored`.execute(db);
          await sql`create index articles_search on articles using gin (search)`.execute(db);
        }
      },
    },
    "002_subscriptions": {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable("subscriptions")
          .addColumn("platform", "text", (c) => c.notNull())
          .addColumn("chat_id", "text", (c) => c.notNull())
          .addColumn("topic", "text", (c) => c.notNull())
          .addColumn("local_time", "text", (c) => c.notNull())
          .addColumn("timezone", "text", (c) => c.notNull())
          .addColumn("created_by", "text", (c) => c.notNull())
          .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
          .addColumn("created_at", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("subscriptions_pk", ["platform", "chat_id", "topic"])
          .execute();
      },
    },
    "003_digest_outbox": {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable("digest_outbox")
          .addColumn("platform", "text", (c) => c.notNull())
          .addColumn("chat_id", "text", (c) => c.notNull())
          .addColumn("topic", "text", (c) => c.notNull())
          .addColumn("slot_date", "text", (c) => c.notNull())
          .addColumn("due_at", "text", (c) => c.notNull())
          .addColumn("status", "text", (c) => c.notNull())
          .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("next_attempt_at", "text", (c) => c.notNull())
          .addColumn("claimed_by", "text")
          .addColumn("claimed_at", "text")
          .addColumn("sent_at", "text")
          .addColumn("message_ids", "text")
          .addColumn("late", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("error", "text")
          // The unique key that makes a second delivery of the same day's digest impossible.
          .addPrimaryKeyConstraint("digest_outbox_pk", ["platform", "chat_id", "topic", "slot_date"])
          .execute();
        await db.schema.createIndex("digest_outbox_due").on("digest_outbox").columns(["status", "next_attempt_at"]).execute();
        await db.schema.alterTable("subscriptions").addColumn("updated_at", "text").execute();
      },
    },
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}
