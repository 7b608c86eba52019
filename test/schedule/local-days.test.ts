// Local dates: a subscriber in Asia/Tokyo at 08:00 (23:00 UTC the day before) and one in
// America/Los_Angeles at 23:30 (06:30 or 07:30 UTC the day after) each get exactly one digest per
// local day, over ten simulated days around each of the year's two DST changes (US: 8 March and
// 1 November 2026), with the process restarted once in each run. The expected days and times are
// computed here independently, by formatting every simulated minute in the subscriber's zone.
import { afterAll, describe, expect, it } from "vitest";
import { ingestInputs } from "../../src/ingest/ingest";
import { toNewArticle } from "../../src/ingest/prepare";
import { SAMPLE_DIR } from "../../src/samples";
import { Scheduler } from "../../src/schedule/scheduler";
import type { Store } from "../../src/store/store";
import { recorder } from "../helpers/digest-recorder";
import { storeTargets } from "../helpers/stores";

const MIN = 60_000;
const STEP = 5 * MIN;
const SUBSCRIBERS = [
  { chatId: "tokyo", localTime: "08:00", timezone: "Asia/Tokyo" },
  { chatId: "los-angeles", localTime: "23:30", timezone: "America/Los_Angeles" },
];

function localParts(t: number, timeZone: string): { date: string; time: string } {
  const f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Each local date on which the subscriber's wall-clock time occurs in [from, to], with its instant. */
function expectedSlots(from: number, to: number, localTime: string, timeZone: string): Map<string, number> {
  const slots = new Map<string, number>();
  for (let t = from; t <= to; t += MIN) {
    const p = localParts(t, timeZone);
    if (p.time === localTime && !slots.has(p.date)) slots.set(p.date, t);
  }
  return slots;
}

/** News keeps arriving (an empty day sends nothing): a new story every six hours. */
async function newsArrives(store: Store, t: number): Promise<void> {
  if (t % (6 * 60 * MIN) !== 0) return;
  const n = t / (6 * 60 * MIN);
  const article = toNewArticle({ id: `story-${n}`, title: `Council report ${n}`, text: `The city council published report number ${n} on ${new Date(t).toISOString().slice(0, 10)}. Officials said the findings on road repairs, budget item ${n * 7}, would be debated next week. Residents in district ${n % 13} welcomed the plan.` }, "test");
  if (typeof article === "string") throw new Error(article);
  await store.putArticle(article);
}

const WINDOWS = [
  { name: "spring forward", from: "2026-03-03T00:00:00Z", to: "2026-03-13T00:00:00Z" },
  { name: "fall back", from: "2026-10-27T00:00:00Z", to: "2026-11-06T00:00:00Z" },
];

for (const target of storeTargets()) {
  describe(`one digest per local day: ${target.name}`, () => {
    afterAll(() => target.cleanup());

    for (const window of WINDOWS) {
      it(`Tokyo 08:00 and Los Angeles 23:30 over ten days across the ${window.name}`, async () => {
        const from = Date.parse(window.from);
        const to = Date.parse(window.to);
        const clock = { t: from };
        const url = target.newUrl();
        let store = await target.open(() => new Date(clock.t), url);
        await ingestInputs(store, [SAMPLE_DIR]);
        for (const s of SUBSCRIBERS) await store.subscribe({ platform: "test", topic: "all", createdBy: "t", ...s });
        const rec = recorder();
        let scheduler = new Scheduler(store, { test: rec.sender }, { worker: "first", now: () => new Date(clock.t) });
        for (; clock.t <= to; clock.t += STEP) {
          if (clock.t === from + 5 * 24 * 60 * MIN) {
            // A restart half-way: the new process must neither repeat nor skip a day.
            await store.close();
            store = await target.open(() => new Date(clock.t), url);
            scheduler = new Scheduler(store, { test: rec.sender }, { worker: "second", now: () => new Date(clock.t) });
          }
          rec.setClock(clock.t);
          await newsArrives(store, clock.t);
          await scheduler.tick();
        }
        for (const s of SUBSCRIBERS) {
          const expected = expectedSlots(from, to - STEP, s.localTime, s.timezone);
          expect(expected.size).toBeGreaterThanOrEqual(9);
          const got = rec.sent.filter((m) => m.chatId === s.chatId);
          const byLocalDate = new Map<string, number[]>();
          for (const m of got) byLocalDate.set(localParts(m.at, s.timezone).date, [...(byLocalDate.get(localParts(m.at, s.timezone).date) ?? []), m.at]);
          expect([...byLocalDate.keys()].sort()).toEqual([...expected.keys()].sort());
          for (const [date, times] of byLocalDate) {
            expect(times, `${s.chatId} on ${date}`).toHaveLength(1);
            // Sent by the first tick at or after the local time.
            expect(times[0] - expected.get(date)!).toBeGreaterThanOrEqual(0);
            expect(times[0] - expected.get(date)!).toBeLessThan(STEP);
          }
          const rows = (await store.outbox()).filter((r) => r.chatId === s.chatId);
          expect(rows.map((r) => r.slotDate).sort()).toEqual([...expected.keys()].sort());
          expect(rows.every((r) => r.status === "sent" && !r.late)).toBe(true);
        }
        await store.close();
      }, 180_000);
    }
  });
}
