// SIGKILL in the middle of ingesting a 1,000-item feed through the real CLI: afterwards the store
// holds no half-written article, and a re-run stores exactly the rest (SQLite and PostgreSQL).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFeed } from "../../src/ingest/feed";
import { BATCH } from "../../src/ingest/ingest";
import { toNewArticle } from "../../src/ingest/prepare";
import { openStore } from "../../src/store/open";
import { cli, cliArgs, ROOT } from "../helpers/cli";
import { serve } from "../helpers/http";
import { auditStore, type ExpectedArticle } from "../helpers/store-audit";
import { POSTGRES_URL } from "../helpers/stores";
import { synthFeed, synthItems } from "../helpers/synth-feed";

const COUNT = 1000;
// A count, not a delay: the kill lands mid-import however fast or loaded the machine is.
const KILL_AFTER = 250;

const dir = mkdtempSync(join(tmpdir(), "briefbot-ingest-crash-"));
const schema = `briefbot_ingest_crash_${process.pid}`;
const sqliteFile = join(dir, "crash.sqlite");
const targets = [{ name: "sqlite", db: `sqlite:${sqliteFile}` }, ...(POSTGRES_URL !== "off" ? [{ name: "postgres", db: `${POSTGRES_URL}?schema=${schema}` }] : [])];

let server: Awaited<ReturnType<typeof serve>>;
let expected: ExpectedArticle[];

beforeAll(async () => {
  const items = await synthItems(COUNT);
  const xml = synthFeed(items);
  server = await serve({ "/wire.xml": (_req, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end(xml) });
  // What the CLI will store, computed by the same parsing and fingerprinting code.
  expected = parseFeed(xml).items.map((item, i) => {
    const record = toNewArticle({ ...item, id: "" }, "");
    if (typeof record === "string") throw new Error(`item ${i} would be rejected: ${record}`);
    if (record.text !== items[i].text || record.title !== items[i].title) throw new Error(`item ${i} does not survive the feed round trip`);
    return { url: record.url!, title: record.title, text: record.text, content_hash: record.content_hash, minhash: record.minhash, marker: items[i].marker };
  });
}, 30_000);

afterAll(async () => {
  await server?.close();
  if (POSTGRES_URL === "off") return;
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
});

/** Runs `briefbot ingest` and SIGKILLs it as soon as it has reported `killAfter` stored articles. */
async function ingestUntilKilled(feed: string, db: string, killAfter: number) {
  const child = spawn(process.execPath, cliArgs("ingest", feed, "--db", db), { cwd: ROOT, env: process.env });
  const reported: string[] = [];
  let pending = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    const lines = (pending + d.toString()).split("\n");
    pending = lines.pop()!;
    for (const line of lines) {
      const m = /^stored\s+(\S+)/.exec(line);
      if (m) reported.push(m[1]);
    }
    if (reported.length >= killAfter) child.kill("SIGKILL");
  });
  child.stderr.on("data", (d) => (stderr += d));
  // Generous: only a broken CLI gets near this.
  const guard = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, sig) => resolve(sig)));
  clearTimeout(guard);
  return { signal, reported, stderr };
}

describe("crash safety of ingestion", () => {
  for (const target of targets) {
    it(`${target.name}: a SIGKILL mid-import leaves no half-written article; a re-run stores exactly the rest`, async () => {
      const feed = server.url("/wire.xml");
      const first = await ingestUntilKilled(feed, target.db, KILL_AFTER);
      expect(first.signal, first.stderr).toBe("SIGKILL");
      expect(first.reported.length).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(first.reported.length).toBeLessThan(COUNT);
      // The killed writer's WAL is still there: the audit below opens the store through recovery.
      if (target.name === "sqlite") expect(existsSync(`${sqliteFile}-wal`)).toBe(true);

      const afterKill = await auditStore(target.db, expected);
      expect(afterKill.problems.slice(0, 20)).toEqual([]);
      // Items go in feed order, so the store holds a prefix of the feed: everything reported stored.
      const killed = afterKill.stored.size;
      expect(killed - first.reported.length).toBeGreaterThanOrEqual(0);
      // Outcomes are reported after their batch commits: a kill between a commit and its report
      // leaves at most one batch stored but unreported (re-run, it is reported as duplicates).
      expect(killed - first.reported.length).toBeLessThanOrEqual(BATCH);
      expect([...afterKill.stored].sort()).toEqual(expected.slice(0, killed).map((e) => e.url).sort());

      const second = await cli(["ingest", feed, "--db", target.db]);
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout).toContain(`${COUNT} processed: ${COUNT - killed} stored, ${killed} duplicate, 0 near-duplicate, 0 rejected; the store holds ${COUNT} articles in ${COUNT} stories`);

      const done = await auditStore(target.db, expected);
      expect(done.problems.slice(0, 20)).toEqual([]);
      expect(done.stored.size).toBe(COUNT);
    }, 120_000);
  }

  it("sqlite: a SIGKILL in the middle of creating a new store (the first ingest migrates it) leaves a store that opens", async () => {
    const db = `sqlite:${join(dir, "new.sqlite")}`;
    const child = spawn(process.execPath, ["--import", "tsx", "test/helpers/die-mid-migration.ts"], { cwd: ROOT, env: { ...process.env, DB: db } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, sig) => resolve(sig)));
    expect(signal, out).toBe("SIGKILL");
    const store = await openStore(db);
    expect(await store.counts()).toEqual({ articles: 0, stories: 0 });
    await store.close();
  }, 30_000);
});
