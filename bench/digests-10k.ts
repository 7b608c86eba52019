/**
 * npm run bench:digests — 10,000 subscriptions in SQLite: due-slot computation over a day, then one
 * tick that enqueues, claims, renders (Telegram HTML) and "sends" every digest to a counting sender.
 * Prints the times and peak RSS.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestInputs } from "../src/ingest/ingest";
import { replyToTelegram } from "../src/render/telegram";
import { SAMPLE_DIR } from "../src/samples";
import { Scheduler } from "../src/schedule/scheduler";
import { dueSlots } from "../src/schedule/slots";
import { openStore } from "../src/store/open";

const COUNT = Number(process.env.BENCH_SUBSCRIPTIONS ?? 10_000);
const ZONES = ["UTC", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney", "Asia/Kolkata"];
let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 50);

const clock = { t: Date.parse("2026-06-01T00:00:00Z") };
const store = await openStore(`sqlite:${join(mkdtempSync(join(tmpdir(), "briefbot-digests-")), "d.sqlite")}`, { now: () => new Date(clock.t) });
await ingestInputs(store, [SAMPLE_DIR]);
for (let i = 0; i < COUNT; i++) await store.subscribe({ platform: "telegram", chatId: String(100_000 + i), topic: "all", localTime: `${String(i % 24).padStart(2, "0")}:${String((i * 7) % 60).padStart(2, "0")}`, timezone: ZONES[i % ZONES.length], createdBy: "bench" });

let t0 = performance.now();
const subs = await store.activeSubscriptions();
const slots = dueSlots(subs, clock.t, clock.t + 86_400_000);
const slotMs = performance.now() - t0;

let messages = 0;
const scheduler = new Scheduler(store, { telegram: async (_chat, reply) => { messages += replyToTelegram(reply).length; return ["x"]; } }, { worker: "bench", now: () => new Date(clock.t) });
clock.t += 86_400_000;
t0 = performance.now();
const result = await scheduler.tick();
const tickMs = performance.now() - t0;
sample();
clearInterval(timer);
await store.close();
console.log(`${COUNT} subscriptions: due slots for a day computed in ${(slotMs / 1000).toFixed(2)} s (${slots.length} slots)`);
console.log(`one tick enqueued ${result.enqueued}, rendered and sent ${result.sent} digests (${messages} Telegram messages) in ${(tickMs / 1000).toFixed(1)} s; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`);
