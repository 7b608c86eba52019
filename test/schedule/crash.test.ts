// SIGKILL in the middle of a digest fan-out, between a delivery and its acknowledgement: after a
// restart every digest has arrived exactly once. The one in flight is recorded as "unknown" (it
// may have arrived, so it is not re-sent); the ones not yet sent are sent by the new process.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestInputs } from "../../src/ingest/ingest";
import { SAMPLE_DIR } from "../../src/samples";
import { STALE_CLAIM_MS } from "../../src/schedule/scheduler";
import { openStore } from "../../src/store/open";
import { ROOT } from "../helpers/cli";
import { POSTGRES_URL } from "../helpers/stores";
import pg from "pg";

const dir = mkdtempSync(join(tmpdir(), "briefbot-crash-"));
const schema = `briefbot_crash_${process.pid}`;
const targets = [{ name: "sqlite", url: `sqlite:${join(dir, "crash.sqlite")}` }, ...(POSTGRES_URL !== "off" ? [{ name: "postgres", url: `${POSTGRES_URL}?schema=${schema}` }] : [])];

function worker(db: string, clock: string, log: string, delay: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "test/helpers/digest-worker.ts"], { cwd: ROOT, env: { ...process.env, DB: db, CLOCK: clock, SENT_LOG: log, SEND_DELAY_MS: String(delay) } });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  return { child, exited: new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code))), output: () => out };
}

afterAll(async () => {
  if (POSTGRES_URL === "off") return;
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
});

for (const target of targets) {
  describe(`crash safety: ${target.name}`, () => {
    it("delivers every digest exactly once after a SIGKILL mid fan-out", async () => {
      const store = await openStore(target.url, { now: () => new Date("2026-06-01T07:00:00Z") });
      await ingestInputs(store, [SAMPLE_DIR]);
      for (let i = 0; i < 40; i++) await store.subscribe({ platform: "test", chatId: `c${i}`, topic: "all", localTime: "08:00", timezone: "UTC", createdBy: "t" });
      await store.close();
      const log = join(dir, `${target.name}.log`);
      const first = worker(target.url, "2026-06-01T08:00:30Z", log, 150);
      const until = Date.now() + 30_000;
      while ((!existsSync(log) || readFileSync(log, "utf8").split("\n").filter(Boolean).length < 5) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      first.child.kill("SIGKILL");
      await first.exited;
      const beforeRestart = readFileSync(log, "utf8").split("\n").filter(Boolean).length;
      expect(beforeRestart).toBeGreaterThanOrEqual(5);
      expect(beforeRestart).toBeLessThan(40);
      // Restarted after the stale-claim window: the killed worker's unsent claims are taken over.
      const later = new Date(Date.parse("2026-06-01T08:00:30Z") + STALE_CLAIM_MS + 60_000).toISOString();
      const second = worker(target.url, later, log, 0);
      expect(await second.exited).toBe(0);
      const sent = readFileSync(log, "utf8").split("\n").filter(Boolean);
      expect(new Set(sent).size).toBe(40);
      expect(sent).toHaveLength(40);
      const check = await openStore(target.url);
      const statuses = (await check.outbox()).map((r) => r.status);
      expect(statuses.filter((s) => s === "unknown")).toHaveLength(1);
      expect(statuses.filter((s) => s === "sent")).toHaveLength(39);
      await check.close();
    }, 90_000);
  });
}
