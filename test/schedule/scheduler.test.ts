// Digests with an injected clock: on time in three zones across a DST change, caught up once after
// downtime, replaced by a new time, and delivered exactly once by two instances on one PostgreSQL.
import { afterAll, describe, expect, it } from "vitest";
import { ingestInputs } from "../../src/ingest/ingest";
import { SAMPLE_DIR } from "../../src/samples";
import { Scheduler } from "../../src/schedule/scheduler";
import type { Store } from "../../src/store/store";
import { recorder } from "../helpers/digest-recorder";
import { storeTargets } from "../helpers/stores";

const MIN = 60_000;

/** Runs ticks every `stepMin` minutes from `start` to `end`, skipping [downFrom, downTo). */
async function run(schedulers: Scheduler[], clock: { t: number }, start: string, end: string, stepMin: number, setClock: (t: number) => void, down?: [string, string]) {
  for (let t = Date.parse(start); t <= Date.parse(end); t += stepMin * MIN) {
    if (down && t >= Date.parse(down[0]) && t < Date.parse(down[1])) continue;
    clock.t = t;
    setClock(t);
    await Promise.all(schedulers.map((s) => s.tick()));
  }
}

for (const target of storeTargets()) {
  describe(`digests: ${target.name}`, () => {
    afterAll(() => target.cleanup());

    async function setup(start: string): Promise<{ store: Store; clock: { t: number }; url: string }> {
      const clock = { t: Date.parse(start) };
      const url = target.newUrl();
      const store = await target.open(() => new Date(clock.t), url);
      await ingestInputs(store, [SAMPLE_DIR]);
      return { store, clock, url };
    }

    it("delivers on time in three zones, once per local day, across a DST change", async () => {
      const { store, clock } = await setup("2026-03-27T00:00:00Z");
      for (const [chatId, localTime, timezone] of [["london", "09:00", "Europe/London"], ["tokyo", "08:00", "Asia/Tokyo"], ["la", "23:30", "America/Los_Angeles"]]) await store.subscribe({ platform: "test", chatId, topic: "all", localTime, timezone, createdBy: "t" });
      const rec = recorder();
      const s = new Scheduler(store, { test: rec.sender }, { worker: "a", now: () => new Date(clock.t) });
      await run([s], clock, "2026-03-27T00:00:00Z", "2026-03-31T00:00:00Z", 5, rec.setClock);
      const rows = (await store.outbox()).filter((r) => r.status === "sent");
      const london = rows.filter((r) => r.chatId === "london").map((r) => [r.slotDate, r.dueAt]);
      expect(london).toEqual([
        ["2026-03-27", "2026-03-27T09:00:00.000Z"],
        ["2026-03-28", "2026-03-28T09:00:00.000Z"],
        ["2026-03-29", "2026-03-29T08:00:00.000Z"],
        ["2026-03-30", "2026-03-30T08:00:00.000Z"],
      ]);
      expect(rows.filter((r) => r.chatId === "tokyo").map((r) => r.dueAt)).toEqual(["2026-03-27T23:00:00.000Z", "2026-03-28T23:00:00.000Z", "2026-03-29T23:00:00.000Z", "2026-03-30T23:00:00.000Z"].slice(0, 4));
      expect(new Set(rows.map((r) => `${r.chatId}:${r.slotDate}`)).size).toBe(rows.length);
      // Delivered by the first tick at or after the slot (ticks every 5 minutes here).
      const first = rec.sent.find((m) => m.chatId === "london")!;
      expect(first.at - Date.parse("2026-03-27T09:00:00Z")).toBeLessThan(5 * MIN);
      expect(rows.every((r) => !r.late)).toBe(true);
      await store.close();
    }, 60_000);

    it("catches up each missed digest once after three hours down, marked late", async () => {
      const { store, clock } = await setup("2026-05-04T06:00:00Z");
      await store.subscribe({ platform: "test", chatId: "c1", topic: "all", localTime: "08:00", timezone: "UTC", createdBy: "t" });
      await store.subscribe({ platform: "test", chatId: "c2", topic: "all", localTime: "09:30", timezone: "UTC", createdBy: "t" });
      const rec = recorder();
      const s = new Scheduler(store, { test: rec.sender }, { worker: "a", now: () => new Date(clock.t) });
      await run([s], clock, "2026-05-04T06:00:00Z", "2026-05-04T12:00:00Z", 1, rec.setClock, ["2026-05-04T07:30:00Z", "2026-05-04T10:30:00Z"]);
      expect(rec.sent.map((m) => m.chatId).sort()).toEqual(["c1", "c2"]);
      expect(rec.sent.every((m) => m.heading?.includes("late"))).toBe(true);
      expect((await store.outbox()).map((r) => [r.chatId, r.status, r.late])).toEqual([["c1", "sent", true], ["c2", "sent", true]]);
      await store.close();
    }, 60_000);

    it("replaces a 09:00 subscription by 18:00, and /unsubscribe all stops them", async () => {
      const { store, clock } = await setup("2026-05-04T06:00:00Z");
      const rec = recorder();
      const s = new Scheduler(store, { test: rec.sender }, { worker: "a", now: () => new Date(clock.t) });
      await store.subscribe({ platform: "test", chatId: "c", topic: "all", localTime: "09:00", timezone: "UTC", createdBy: "t" });
      await store.subscribe({ platform: "test", chatId: "c", topic: "all", localTime: "18:00", timezone: "UTC", createdBy: "t" });
      await run([s], clock, "2026-05-04T06:00:00Z", "2026-05-04T20:00:00Z", 10, rec.setClock);
      expect(rec.sent).toHaveLength(1);
      expect(rec.sent[0].at).toBeGreaterThanOrEqual(Date.parse("2026-05-04T18:00:00Z"));
      await store.unsubscribe("test", "c", "all");
      await run([s], clock, "2026-05-04T20:10:00Z", "2026-05-06T20:00:00Z", 30, rec.setClock);
      expect(rec.sent).toHaveLength(1);
      await store.close();
    }, 60_000);

    it("two instances on one store deliver every digest exactly once", async () => {
      const { store, clock, url } = await setup("2026-06-01T00:00:00Z");
      const second = await target.open(() => new Date(clock.t), url);
      const subs = Array.from({ length: 200 }, (_, i) => ({ platform: "test", chatId: `chat${i}`, topic: "all", localTime: `${String(Math.floor((i % 50) / 2) % 24).padStart(2, "0")}:${i % 2 ? "30" : "00"}`, timezone: i % 3 ? "UTC" : "Europe/Berlin", createdBy: "t" }));
      for (const sub of subs) await store.subscribe(sub);
      const rec = recorder();
      const a = new Scheduler(store, { test: rec.sender }, { worker: "a", now: () => new Date(clock.t) });
      const b = new Scheduler(second, { test: rec.sender }, { worker: "b", now: () => new Date(clock.t) });
      await run([a, b], clock, "2026-06-01T00:00:00Z", "2026-06-03T00:00:00Z", 30, rec.setClock);
      const rows = await store.outbox();
      const keys = rows.map((r) => `${r.chatId}:${r.slotDate}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(rows.every((r) => r.status === "sent")).toBe(true);
      const delivered = rec.sent.map((m) => `${m.chatId}:${m.heading}`);
      expect(new Set(delivered).size).toBe(delivered.length);
      expect(rec.sent.length).toBe(rows.filter((r) => r.messageIds.length).length);
      expect(new Set(rec.sent.map((m) => m.chatId)).size).toBe(200);
      await second.close();
      await store.close();
    }, 120_000);
  });
}

describe("digest send failures", () => {
  it("retries a failed send with backoff, and ends the subscription of a chat that blocked the bot", async () => {
    const { SendError } = await import("../../src/schedule/scheduler");
    const { openStore } = await import("../../src/store/open");
    const clock = { t: Date.parse("2026-05-04T07:00:00Z") };
    const store = await openStore(":memory:", { now: () => new Date(clock.t) });
    await ingestInputs(store, [SAMPLE_DIR]);
    await store.subscribe({ platform: "test", chatId: "flaky", topic: "all", localTime: "08:00", timezone: "UTC", createdBy: "t" });
    await store.subscribe({ platform: "test", chatId: "blocked", topic: "all", localTime: "08:00", timezone: "UTC", createdBy: "t" });
    let flakyCalls = 0;
    const logs: string[] = [];
    const s = new Scheduler(store, {
      test: async (chatId) => {
        if (chatId === "blocked") throw new SendError("403 Forbidden: bot was blocked by the user", "gone");
        if (++flakyCalls === 1) throw new SendError("could not connect (ECONNREFUSED)", "retry");
        return ["ok"];
      },
    }, { worker: "a", now: () => new Date(clock.t), log: (l) => logs.push(l) });
    clock.t = Date.parse("2026-05-04T08:00:00Z");
    expect(await s.tick()).toMatchObject({ sent: 0, failed: 2 });
    expect(await store.activeSubscriptions()).toEqual([expect.objectContaining({ chatId: "flaky" })]);
    expect(logs.join("\n")).toMatch(/chat blocked is gone \(403 Forbidden: bot was blocked by the user\); its subscription is deactivated/);
    clock.t += 60_000; // before the backoff ends: nothing
    expect((await s.tick()).sent).toBe(0);
    clock.t += 2 * 60_000;
    expect((await s.tick()).sent).toBe(1);
    expect((await store.outbox()).map((r) => [r.chatId, r.status])).toEqual([["blocked", "failed"], ["flaky", "sent"]]);
    await store.close();
  });
});
