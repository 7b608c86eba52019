/**
 * Runs the Telegram bot until SIGINT/SIGTERM, polling feeds in the background: by long polling
 * (one process per token, Telegram's rule), or in webhook mode when TELEGRAM_WEBHOOK_URL is set, so
 * several instances can run behind any HTTP load balancer.
 */
import { createServer } from "node:http";
import { webhookCallback } from "grammy";
import { liveDeps } from "../../src/chat/deps";
import type { Config } from "../../src/config";
import { startFeedPolling } from "../../src/ingest/poll";
import type { Store } from "../../src/store/store";
import { run } from "@grammyjs/runner";
import { Api, GrammyError } from "grammy";
import { startScheduler } from "../../src/schedule/run";
import { configureApi, networkCode } from "./api";
import { createTelegramBot, registerCommands } from "./bot";
import { telegramDigestSender } from "./digests";

export async function runTelegram(store: Store, config: Config & { TELEGRAM_BOT_TOKEN: string }): Promise<void> {
  const { bot, router } = createTelegramBot({ token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, deps: liveDeps(store, { digestTime: config.DIGEST_DEFAULT_TIME, timezone: config.DIGEST_TIMEZONE }) });
  try {
    // Not bot.init(): it retries getMe forever, so a wrong TELEGRAM_API_ROOT would hang silently.
    bot.botInfo = await bot.api.getMe();
  } catch (e) {
    throw new Error(startupFailure(e));
  }
  await registerCommands(bot, router());
  for (const url of config.FEEDS) await store.addFeed(url);
  const polling = startFeedPolling(store, config.FEED_POLL_MINUTES);
  // Digests go through their own Api so a send times out in seconds, not grammY's default 500.
  const digestApi = configureApi(new Api(config.TELEGRAM_BOT_TOKEN, { ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}), timeoutSeconds: config.TELEGRAM_SEND_TIMEOUT_SECONDS }), config.TELEGRAM_BOT_TOKEN);
  const digests = startScheduler(store, { telegram: telegramDigestSender(digestApi) });
  if (config.TELEGRAM_WEBHOOK_URL) {
    const path = new URL(config.TELEGRAM_WEBHOOK_URL).pathname;
    const handle = webhookCallback(bot, "http", { secretToken: config.TELEGRAM_WEBHOOK_SECRET, onTimeout: "return" });
    const server = createServer((req, res) => {
      if (req.method === "POST" && (req.url ?? "").split("?")[0] === path) return void handle(req, res);
      res.writeHead(req.url === "/healthz" ? 200 : 404).end(req.url === "/healthz" ? "ok" : "not found");
    });
    await new Promise<void>((resolve) => server.listen(config.TELEGRAM_WEBHOOK_PORT, resolve));
    await bot.api.setWebhook(config.TELEGRAM_WEBHOOK_URL, { secret_token: config.TELEGRAM_WEBHOOK_SECRET });
    process.stdout.write(`briefbot is running on Telegram as @${bot.botInfo.username}, webhook on port ${config.TELEGRAM_WEBHOOK_PORT} (Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => server.close(() => resolve());
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    await digests.stop();
    await polling.stop();
    process.stdout.write("stopped\n");
    return;
  }
  // Long polling with @grammyjs/runner: concurrent across chats; stop() lets in-flight replies finish.
  await bot.api.deleteWebhook();
  const runner = run(bot);
  const stop = () => void (runner.isRunning() && runner.stop());
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  process.stdout.write(`briefbot is running on Telegram as @${bot.botInfo.username} (Ctrl-C to stop)\n`);
  await runner.task();
  await digests.stop();
  await polling.stop();
  process.stdout.write("stopped\n");
}

/** Why the bot could not start, in words; errors are already scrubbed of the token. */
function startupFailure(e: unknown): string {
  if (e instanceof GrammyError && e.error_code === 401) return "Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): check the token from @BotFather";
  if (e instanceof GrammyError) return `the Telegram Bot API answered ${e.error_code} ${e.description}: try again later, or check TELEGRAM_API_ROOT`;
  const code = networkCode(e);
  return `could not reach the Telegram Bot API${code ? ` (${code})` : ""}: check the network or TELEGRAM_API_ROOT`;
}
