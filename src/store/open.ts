/**
 * DATABASE_URL (or --db) → a migrated Store. Accepts `sqlite:PATH`, a plain file path (SQLite),
 * `:memory:`, or `postgres://…` / `postgresql://…` (an optional `?schema=NAME` selects a schema,
 * created if missing). The default is the embedded SQLite file ./data/briefbot.sqlite.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { KyselyStore, type Store } from "./store";
import type { Database } from "./tables";

export const DEFAULT_DATABASE = "sqlite:./data/briefbot.sqlite";

/** A URL safe to print: the password replaced ("postgres://bot:***@db/briefs"). */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}

export interface Location {
  dialect: "sqlite" | "postgres";
  /** SQLite: the file path or ":memory:"; Postgres: the connection string without `schema`. */
  target: string;
  schema?: string;
}

export function parseDatabaseUrl(url: string): Location {
  const value = url.trim();
  if (!value) throw new Error("DATABASE_URL is empty: use sqlite:./data/briefbot.sqlite, a file path, or postgres://user@host/db");
  if (/^postgres(ql)?:\/\//i.test(value)) {
    const parsed = new URL(value);
    const schema = parsed.searchParams.get("schema") ?? undefined;
    parsed.searchParams.delete("schema");
    if (schema && !/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new Error(`DATABASE_URL: schema "${schema}" must be letters, digits and underscores`);
    return { dialect: "postgres", target: parsed.toString(), schema };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) throw new Error(`DATABASE_URL: unsupported database "${redactUrl(value)}"; use sqlite:PATH, a file path, or postgres://…`);
  const path = value.replace(/^sqlite:/i, "");
  return { dialect: "sqlite", target: path === ":memory:" ? path : resolve(path) };
}

export async function openStore(url: string = DEFAULT_DATABASE, options: { now?: () => Date } = {}): Promise<Store> {
  const where = parseDatabaseUrl(url);
  let store: KyselyStore;
  let sqlite: SQLite.Database | undefined;
  if (where.dialect === "sqlite") {
    if (where.target !== ":memory:") mkdirSync(dirname(where.target), { recursive: true });
    sqlite = new SQLite(where.target);
    sqlite.pragma("journal_mode = WAL");
    // WAL + NORMAL: every commit is atomic and the file never corrupts; a power cut may lose the
    // last commits, which a re-run of the import stores again (duplicates are detected).
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    store = new KyselyStore(new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), "sqlite", options.now);
  } else {
    if (where.schema) {
      const client = new pg.Client({ connectionString: where.target });
      await client.connect();
      try {
        await client.query(`create schema if not exists "${where.schema}"`);
      } finally {
        await client.end();
      }
    }
    const pool = new pg.Pool({ connectionString: where.target, max: 5, ...(where.schema ? { options: `-c search_path=${where.schema}` } : {}) });
    store = new KyselyStore(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), "postgres", options.now, where.schema);
  }
  try {
    // Kysely runs SQLite migrations outside a transaction, so a process killed mid-migration (the
    // first `briefbot ingest` into a new file) left tables without their migration record, and every
    // later open failed with "table already exists". SQLite's DDL is transactional and Kysely uses
    // this one connection: an immediate transaction makes migrating all or nothing, and serialises
    // two processes opening a new file at once.
    sqlite?.exec("begin immediate");
    await store.migrate();
    sqlite?.exec("commit");
  } catch (e) {
    if (sqlite?.inTransaction) sqlite.exec("rollback");
    await store.close();
    throw new Error(`cannot open the store at ${redactUrl(url)}: ${(e as Error).message}`);
  }
  return store;
}
