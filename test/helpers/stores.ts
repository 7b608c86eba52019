/**
 * The store contract runs against both databases: SQLite in a temporary file, and PostgreSQL on
 * 127.0.0.1:5432 (database `test`, trust auth) in a schema of its own, dropped afterwards.
 * TEST_POSTGRES_URL overrides the server; set it to "off" to skip PostgreSQL.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore } from "../../src/store/open";
import type { Store } from "../../src/store/store";

export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface StoreTarget {
  name: "sqlite" | "postgres";
  /** The URL of a new, empty database. */
  newUrl(): string;
  /** Opens a new database, or the one at `url` again (a restart, or a second instance). */
  open(now?: () => Date, url?: string): Promise<Store>;
  cleanup(): Promise<void>;
}

let counter = 0;

export function storeTargets(): StoreTarget[] {
  const targets: StoreTarget[] = [];
  const dir = mkdtempSync(join(tmpdir(), "briefbot-store-"));
  const sqliteUrl = () => `sqlite:${join(dir, `store-${process.pid}-${++counter}.sqlite`)}`;
  targets.push({
    name: "sqlite",
    newUrl: sqliteUrl,
    open: (now, url) => openStore(url ?? sqliteUrl(), { now }),
    cleanup: async () => {},
  });
  if (POSTGRES_URL !== "off") {
    const schemas: string[] = [];
    const postgresUrl = () => {
      const schema = `briefbot_test_${process.pid}_${++counter}`;
      schemas.push(schema);
      return `${POSTGRES_URL}?schema=${schema}`;
    };
    targets.push({
      name: "postgres",
      newUrl: postgresUrl,
      open: (now, url) => openStore(url ?? postgresUrl(), { now }),
      cleanup: async () => {
        const client = new pg.Client({ connectionString: POSTGRES_URL });
        await client.connect();
        for (const s of schemas) await client.query(`drop schema if exists "${s}" cascade`);
        await client.end();
      },
    });
  }
  return targets;
}
