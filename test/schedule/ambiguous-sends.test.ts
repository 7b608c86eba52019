// Ambiguous sends: a platform that takes a digest but answers too late (or with a 5xx) must not
// get it again — peers' bots resent on every timeout and delivered the same digest three times.
// Only failures before anything was sent (connection refused, 429) are retried. Real senders,
// real grammY and discord.js clients, fake platforms on 127.0.0.1.
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import type { Client } from "discord.js";
import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discordDigestSender } from "../../adapters/discord/digests";
import { configureApi } from "../../adapters/telegram/api";
import { telegramDigestSender } from "../../adapters/telegram/digests";
import type { ChatDeps } from "../../src/chat/types";
import { ingestInputs } from "../../src/ingest/ingest";
import { SAMPLE_DIR } from "../../src/samples";
import { type DigestSender, Scheduler } from "../../src/schedule/scheduler";
import { openStore } from "../../src/store/open";
import type { Store } from "../../src/store/store";
import { CHANNEL_ID, type FakeDiscord, loggedInToFake } from "../helpers/fake-discord";
import { FakeTelegram } from "../helpers/fake-telegram";

const TOKEN = "123456:AMBIGUOUS-token-secret-value";
const MIN = 60_000;

/** A store with the sample articles and one 08:00 UTC subscription, and a clock to move. */
async function subscribed(platform: string, chatId: string, day = "2026-05-04") {
  const clock = { t: Date.parse(`${day}T07:59:00Z`) };
  const store = await openStore(":memory:", { now: () => new Date(clock.t) });
  await ingestInputs(store, [SAMPLE_DIR]);
  await store.subscribe({ platform, chatId, topic: "all", localTime: "08:00", timezone: "UTC", createdBy: "t" });
  return { store, clock };
}

/** Ticks every ten minutes for six hours: plenty of chances for a wrong retry to resend. */
async function sixHours(scheduler: Scheduler, clock: { t: number }, day = "2026-05-04") {
  for (let i = 0; i < 36; i++) {
    clock.t = Date.parse(`${day}T08:00:00Z`) + i * 10 * MIN;
    await scheduler.tick();
  }
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("Telegram digests: at most once", () => {
  let fake: FakeTelegram;
  let root: string;
  beforeAll(async () => {
    fake = new FakeTelegram();
    root = await fake.start();
  });
  afterAll(() => fake.stop());

  const api = (apiRoot: string) => configureApi(new Api(TOKEN, { apiRoot, timeoutSeconds: 1 }), TOKEN, { attempts: 2, baseDelayMs: 10, resendAfterReset: false });
  const received = (chatId: string) => fake.sent.filter((m) => String(m.chat_id) === chatId);

  it("a digest accepted but answered after the client's timeout arrives once and is recorded as unknown", async () => {
    const { store, clock } = await subscribed("telegram", "501");
    const logs: string[] = [];
    fake.acceptThenFailNext = 1;
    fake.acceptThenAnswerAfterMs = 2_500;
    const s = new Scheduler(store, { telegram: telegramDigestSender(api(root)) }, { worker: "w", now: () => new Date(clock.t), log: (l) => logs.push(l) });
    await sixHours(s, clock);
    expect(received("501")).toHaveLength(1);
    const [row] = await store.outbox();
    expect(row).toMatchObject({ status: "unknown", attempts: 1 });
    expect(logs.join("\n")).toMatch(/telegram chat 501, 2026-05-04: delivery unknown \(the request to Telegram failed after it was sent: Request to 'sendMessage' timed out after 1 seconds\); not re-sent/);
    fake.acceptThenAnswerAfterMs = 0;
    await store.close();
  }, 30_000);

  it("a digest accepted but answered with a 500 arrives once", async () => {
    const { store, clock } = await subscribed("telegram", "502");
    fake.acceptThenFailNext = 1;
    const s = new Scheduler(store, { telegram: telegramDigestSender(api(root)) }, { worker: "w", now: () => new Date(clock.t) });
    await sixHours(s, clock);
    expect(received("502")).toHaveLength(1);
    expect((await store.outbox())[0]).toMatchObject({ status: "unknown", attempts: 1 });
    await store.close();
  }, 30_000);

  it("a refused connection is retried later and the digest arrives once", async () => {
    const { store, clock } = await subscribed("telegram", "503");
    let target = api(`http://127.0.0.1:${await closedPort()}`);
    const sender: DigestSender = (chatId, reply, key) => telegramDigestSender(target)(chatId, reply, key);
    const s = new Scheduler(store, { telegram: sender }, { worker: "w", now: () => new Date(clock.t) });
    clock.t = Date.parse("2026-05-04T08:00:00Z");
    expect(await s.tick()).toMatchObject({ sent: 0, failed: 1 });
    expect((await store.outbox())[0]).toMatchObject({ status: "pending" });
    target = api(root); // the network is back
    await sixHours(s, clock);
    expect(received("503").length).toBeGreaterThan(0);
    expect(new Set(received("503").map((m) => m.text)).size).toBe(received("503").length);
    expect((await store.outbox())[0]).toMatchObject({ status: "sent", attempts: 2 });
    await store.close();
  }, 30_000);

  it("a connection reset is ambiguous for a digest: recorded as unknown, not re-sent", async () => {
    const { store, clock } = await subscribed("telegram", "505");
    fake.resetNext = 1;
    const s = new Scheduler(store, { telegram: telegramDigestSender(api(root)) }, { worker: "w", now: () => new Date(clock.t) });
    await sixHours(s, clock);
    expect(fake.resetNext).toBe(0);
    expect(received("505")).toHaveLength(0);
    expect((await store.outbox())[0]).toMatchObject({ status: "unknown", attempts: 1 });
    await store.close();
  }, 30_000);

  it("a 429 is retried after retry_after and the digest arrives once", async () => {
    const { store, clock } = await subscribed("telegram", "504");
    fake.throttleNext = 1;
    const s = new Scheduler(store, { telegram: telegramDigestSender(api(root)) }, { worker: "w", now: () => new Date(clock.t) });
    await sixHours(s, clock);
    const texts = received("504").map((m) => m.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
    expect((await store.outbox())[0]).toMatchObject({ status: "sent", attempts: 1 });
    await store.close();
  }, 30_000);
});

describe("Discord digests: retried with an enforced nonce", () => {
  let fake: FakeDiscord;
  let client: Client;
  let store: Store;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    store = await openStore(":memory:");
    const deps: ChatDeps = { store, now: () => new Date("2026-05-04T08:00:00Z"), defaults: { digestTime: "08:00", timezone: "UTC" }, ingestUrl: async () => ({ ok: false, error: "offline" }) };
    ({ fake, client, stop } = await loggedInToFake(deps));
  }, 30_000);
  afterAll(async () => {
    await stop();
    await store.close();
  });

  it("a 500 after Discord kept the message: discord.js retries with the same nonce and the channel has it once", async () => {
    const { store: s1, clock } = await subscribed("discord", CHANNEL_ID);
    fake.acceptThenFailNext = 1;
    const s = new Scheduler(s1, { discord: discordDigestSender(client) }, { worker: "w", now: () => new Date(clock.t) });
    await sixHours(s, clock);
    const posts = fake.requests.filter((r) => r.method === "POST" && r.path.endsWith(`/channels/${CHANNEL_ID}/messages`));
    expect(posts.length).toBeGreaterThan(fake.messages.length); // the retry happened …
    expect(new Set(fake.messages.map((m) => m.body.nonce)).size).toBe(fake.messages.length); // … and was not posted twice
    expect(fake.messages.every((m) => m.body.enforce_nonce === true && m.body.nonce!.length <= 25)).toBe(true);
    expect((await s1.outbox())[0]).toMatchObject({ status: "sent", attempts: 1 });
    await s1.close();
  }, 60_000);

  it("500s past discord.js's retries: recorded as unknown, never re-sent", async () => {
    // Another day: a new slot, so a new nonce.
    const { store: s2, clock } = await subscribed("discord", CHANNEL_ID, "2026-05-05");
    const before = fake.messages.length;
    fake.acceptThenFailNext = 100;
    const logs: string[] = [];
    const s = new Scheduler(s2, { discord: discordDigestSender(client) }, { worker: "w", now: () => new Date(clock.t), log: (l) => logs.push(l) });
    await sixHours(s, clock, "2026-05-05");
    fake.acceptThenFailNext = 0;
    expect(fake.messages.length - before).toBe(1);
    expect((await s2.outbox())[0]).toMatchObject({ status: "unknown", attempts: 1 });
    expect(logs.join("\n")).toMatch(/delivery unknown .*not re-sent/);
    await s2.close();
  }, 60_000);
});
