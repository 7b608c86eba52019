/**
 * npm run bench:telegram — /brief <query> round trips through grammY (with @grammyjs/runner)
 * against the fake Bot API on 127.0.0.1: time from the update being available to the bot's
 * sendMessage arriving, p50/p99 over 1,000 requests from 1,000 chats (no rate limit in the way).
 */
import { run } from "@grammyjs/runner";
import { createTelegramBot } from "../adapters/telegram/bot";
import { ingestInputs } from "../src/ingest/ingest";
import { SAMPLE_DIR } from "../src/samples";
import { openStore } from "../src/store/open";
import { FakeTelegram } from "../test/helpers/fake-telegram";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const QUERIES = ["harbour bridge", "rail strike", "library funding", "volcanic ash", "council", "minister", "police", "election"];

const api = new FakeTelegram();
const root = await api.start();
const store = await openStore(":memory:");
await ingestInputs(store, [SAMPLE_DIR]);
const { bot } = createTelegramBot({ token: "1:BENCH-token-abcdefghijklmnop", apiRoot: root, deps: { store, now: () => new Date(), defaults: { digestTime: "08:00", timezone: "UTC" }, ingestUrl: async () => ({ ok: false, error: "offline" }) } });
await bot.init();
const runner = run(bot);

const times: number[] = [];
for (let i = 0; i < REQUESTS; i++) {
  const before = api.sent.length;
  const t0 = performance.now();
  api.userSends(`/brief ${QUERIES[i % QUERIES.length]}`, { id: 10_000 + i, type: "private" });
  await api.waitForSent(before + 1, 10_000);
  times.push(performance.now() - t0);
}
await runner.stop();
await api.stop();
await store.close();
times.sort((a, b) => a - b);
const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
console.log(`/brief round trip over ${REQUESTS} requests (fake Bot API on 127.0.0.1): p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
