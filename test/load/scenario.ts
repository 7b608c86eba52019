/**
 * The Telegram load scenario, shared by test/load/telegram-load.test.ts and `npm run bench:load`:
 * many private chats send /brief to the real bot (a child process) through the fake Bot API for
 * LOAD_SECONDS, while the bot's RSS is sampled every second.
 */
import { FakeTelegram } from "../helpers/fake-telegram";
import { analyse, type LoadNumbers } from "./analyse";
import { seedSampleStore, startBotProcess } from "./bot-process";
import { sampleRss } from "./rss";
import { planTraffic, type TrafficPlan } from "./traffic";

export interface LoadOptions {
  seconds: number;
  chats: number;
  /** How long after the last message the replies may still come in. */
  drainTimeoutMs?: number;
}

export interface LoadResult extends LoadNumbers {
  options: LoadOptions;
  plan: TrafficPlan;
  offeredPerSecond: number;
  wallSeconds: number;
  botExitCode: number | null;
  /** Lines where the bot reported a failed update or command. */
  botFailures: string[];
}

export function loadOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): LoadOptions {
  const seconds = Number(env.LOAD_SECONDS ?? 60);
  const chats = Number(env.LOAD_CHATS ?? 200);
  if (!(seconds >= 6) || !(chats >= 10)) throw new Error("LOAD_SECONDS must be at least 6 and LOAD_CHATS at least 10");
  return { seconds, chats };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runTelegramLoad(options: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const api = new FakeTelegram();
  const root = await api.start();
  const store = await seedSampleStore();
  try {
    const bot = await startBotProcess(root, store.url);
    const plan = planTraffic({ seconds: options.seconds, chats: options.chats });
    const userMessages = new Map<number, number>();
    const rss = sampleRss(bot.pid);
    const t0 = performance.now();
    // Sends everything due, then sleeps until the next message is: one timer, not one per chat.
    for (let i = 0; i < plan.messages.length; ) {
      const elapsed = performance.now() - t0;
      for (; i < plan.messages.length && plan.messages[i].atMs <= elapsed; i++) {
        const m = plan.messages[i];
        userMessages.set(api.userSends(m.text, { id: m.chatId, type: "private" }, { id: m.chatId, first_name: "Load" }), m.chatId);
      }
      if (i < plan.messages.length) await sleep(Math.max(1, plan.messages[i].atMs - (performance.now() - t0)));
    }
    await sleep(Math.max(0, options.seconds * 1000 - (performance.now() - t0)));
    rss.stop();
    await api.waitForSent(userMessages.size, options.drainTimeoutMs ?? 30_000).catch(() => undefined);
    // Late duplicates (a retried send) would arrive after the count is reached: give them a moment.
    await sleep(1000);
    const botExitCode = await bot.stop();
    const numbers = analyse({ seconds: options.seconds, userMessages, handedOutAt: api.handedOutAt, sent: api.sent, sentAt: api.sentAt, rss: rss.samples });
    return {
      ...numbers,
      options,
      plan,
      offeredPerSecond: plan.messages.length / options.seconds,
      wallSeconds: (performance.now() - started) / 1000,
      botExitCode,
      botFailures: bot.output().split("\n").filter((l) => /failed/i.test(l)),
    };
  } finally {
    await api.stop();
    store.remove();
  }
}
