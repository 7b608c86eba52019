// The Telegram bot end to end: grammY long-polling a fake Bot API server on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramBot, registerCommands } from "../../adapters/telegram/bot";
import type { ChatDeps } from "../../src/chat/types";
import { ingestInputs } from "../../src/ingest/ingest";
import { SAMPLE_DIR } from "../../src/samples";
import { openStore } from "../../src/store/open";
import type { Store } from "../../src/store/store";
import { FakeTelegram } from "../helpers/fake-telegram";

const TOKEN = "123456:TEST-token-secret";
let api: FakeTelegram;
let store: Store;
let bot: ReturnType<typeof createTelegramBot>["bot"];
let running: Promise<void>;

beforeAll(async () => {
  api = new FakeTelegram();
  const root = await api.start();
  store = await openStore(":memory:");
  await ingestInputs(store, [SAMPLE_DIR]);
  const deps: ChatDeps = {
    store,
    now: () => new Date("2026-01-07T10:00:00Z"),
    defaults: { digestTime: "08:00", timezone: "UTC" },
    async ingestUrl() {
      const [seed] = await store.search("declaration troops Ukraine", 1);
      return { ok: true, articleId: seed.article.id };
    },
  };
  const created = createTelegramBot({ token: TOKEN, apiRoot: root, deps });
  bot = created.bot;
  await bot.init();
  await registerCommands(bot, created.router());
  running = bot.start({ drop_pending_updates: false, timeout: 1 });
});

afterAll(async () => {
  await bot.stop();
  await running;
  await api.stop();
  await store.close();
});

const lastText = () => api.sent.at(-1)!.text;

describe("Telegram bot against a fake Bot API", () => {
  it("registers its commands", () => {
    const set = api.calls.find((c) => c.method === "setMyCommands");
    expect((set?.body.commands as { command: string }[]).map((c) => c.command)).toEqual(["start", "help", "brief", "digest", "subscribe", "unsubscribe", "subscriptions", "sources"]);
    expect(api.calls.every((c) => !JSON.stringify(c.body).includes(TOKEN))).toBe(true);
  });

  it("answers /brief <query> with the brief as HTML", async () => {
    const n = api.sent.length;
    const id = api.userSends("/brief harbour bridge", { id: 1, type: "private" });
    const sent = (await api.waitForSent(n + 1))[n];
    expect(sent).toMatchObject({ chat_id: 1, parse_mode: "HTML", reply_parameters: { message_id: id } });
    expect(sent.text).toContain("<b>What:</b> Storm damage shuts Westhaven harbour bridge");
    expect(sent.text).toContain("<b>Who:</b> Maria Lindqvist (chief engineer) · Tom Hadley");
  });

  it("briefs the link in a message that /brief replies to", async () => {
    const n = api.sent.length;
    api.userSends("/brief", { id: 1, type: "private" }, undefined, "worth a look https://example.org/paris-talks");
    await api.waitForSent(n + 1);
    expect(lastText()).toContain("<b>What:</b> The United Kingdom and France have signed a declaration of intent");
  });

  it("answers /help, and an unknown command with a one-line usage", async () => {
    const n = api.sent.length;
    api.userSends("/help", { id: 1, type: "private" });
    await api.waitForSent(n + 1);
    expect(lastText()).toContain("/subscribe [topic] [at HH:MM] [Area/City]");
    api.userSends("/frobnicate", { id: 1, type: "private" });
    await api.waitForSent(n + 2);
    expect(lastText()).toBe("Unknown command /frobnicate. Try /help.");
  });

  it("refuses /subscribe from a non-admin in a group, and accepts it from an admin", async () => {
    const n = api.sent.length;
    api.userSends("/subscribe@briefbot_test_bot at 09:00", { id: -100, type: "supergroup" }, { id: 8, first_name: "Bo" });
    await api.waitForSent(n + 1);
    expect(lastText()).toBe("Only admins of this group can use /subscribe.");
    expect(api.calls.some((c) => c.method === "getChatMember" && c.body.user_id === 8)).toBe(true);
    api.members.set("-100:9", "administrator");
    api.userSends("/subscribe@briefbot_test_bot at 09:00", { id: -100, type: "supergroup" }, { id: 9, first_name: "Cy" });
    await api.waitForSent(n + 2);
    expect(lastText()).toBe("Subscribed: a daily digest of all stories at 09:00 (UTC).");
    expect(await store.subscriptions("telegram", "-100")).toHaveLength(1);
  });

  it("retries a 429 with retry_after and delivers the message once", async () => {
    const n = api.sent.length;
    api.throttleNext = 1;
    api.userSends("/brief rail strike", { id: 2, type: "private" });
    await api.waitForSent(n + 1, 15_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(api.sent.slice(n)).toHaveLength(1);
    expect(api.sent[n].text).toContain("Northbridge");
    expect(api.calls.filter((c) => c.method === "sendMessage" && c.body.chat_id === 2)).toHaveLength(2);
  }, 20_000);

  it("resends a reply whose connection was reset before Telegram read it, so it is not lost", async () => {
    const n = api.sent.length;
    api.resetNext = 1;
    api.userSends("/help", { id: 4, type: "private" });
    await api.waitForSent(n + 1, 15_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(api.sent.slice(n)).toHaveLength(1);
    expect(api.resetNext).toBe(0);
  }, 20_000);
});

describe("npm start with a Telegram token", () => {
  it("runs the bot on the configured API root, answers, and stops on SIGTERM", async () => {
    const { spawn } = await import("node:child_process");
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { ROOT, cliArgs } = await import("../helpers/cli");
    const db = `sqlite:${join(mkdtempSync(join(tmpdir(), "briefbot-tg-")), "tg.sqlite")}`;
    const token = "987654:ANOTHER-test-token-abcdef";
    const child = spawn(process.execPath, cliArgs("start", "--db", db), { cwd: ROOT, env: { ...process.env, TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: `http://127.0.0.1:${api.port}` } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const until = Date.now() + 20_000;
    while (!out.includes("running on Telegram") && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain("running on Telegram as @briefbot_test_bot");
    const n = api.sent.length;
    api.userSends("/sources", { id: 3, type: "private" });
    await api.waitForSent(n + 1, 15_000);
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(out).toContain("stopped");
    expect(out).not.toContain(token);
  }, 40_000);

  it("says the token was rejected, without printing it", async () => {
    api.badTokens.add("111111:REJECTED-token-abcdefghij");
    const { cli } = await import("../helpers/cli");
    const r = await cli(["start", "--db", "sqlite::memory:"], { TELEGRAM_BOT_TOKEN: "111111:REJECTED-token-abcdefghij", TELEGRAM_API_ROOT: `http://127.0.0.1:${api.port}` });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized)");
    expect(r.stderr + r.stdout).not.toContain("REJECTED-token");
  }, 30_000);

  it("names a malformed token's variable without echoing it", async () => {
    const { cli } = await import("../helpers/cli");
    const r = await cli(["start"], { TELEGRAM_BOT_TOKEN: "not-a-token-secret-value" });
    expect(r.stderr).toMatch(/TELEGRAM_BOT_TOKEN: .*@BotFather/);
    expect(r.stderr).not.toContain("not-a-token-secret-value");
  });
});

describe("webhook mode", () => {
  it("registers the webhook with its secret, answers posted updates, and refuses a wrong secret", async () => {
    const { spawn } = await import("node:child_process");
    const { ROOT, cliArgs } = await import("../helpers/cli");
    const { createServer } = await import("node:net");
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const secret = "webhook-secret-0123456789";
    const child = spawn(process.execPath, cliArgs("start", "--db", "sqlite::memory:"), {
      cwd: ROOT,
      env: { ...process.env, TELEGRAM_BOT_TOKEN: "555555:WEBHOOK-test-token-abcdef", TELEGRAM_API_ROOT: `http://127.0.0.1:${api.port}`, TELEGRAM_WEBHOOK_URL: `https://bot.example.org/tg/hook`, TELEGRAM_WEBHOOK_PORT: String(port), TELEGRAM_WEBHOOK_SECRET: secret },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const until = Date.now() + 20_000;
    while (!out.includes("webhook on port") && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(api.calls.find((c) => c.method === "setWebhook")?.body).toMatchObject({ url: "https://bot.example.org/tg/hook", secret_token: secret });
    const update = { update_id: 900, message: { message_id: 1, date: 1_700_000_000, chat: { id: 77, type: "private", first_name: "W" }, from: { id: 77, is_bot: false, first_name: "W" }, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] } };
    const post = (token: string) => fetch(`http://127.0.0.1:${port}/tg/hook`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": token }, body: JSON.stringify(update) });
    expect((await post("wrong-secret-xxxxxxxxxx")).status).toBe(401);
    const n = api.sent.length;
    expect((await post(secret)).status).toBe(200);
    await api.waitForSent(n + 1);
    expect(api.sent.at(-1)).toMatchObject({ chat_id: 77, text: expect.stringContaining("/brief") });
    child.kill("SIGTERM");
    expect(await new Promise((resolve) => child.on("exit", resolve))).toBe(0);
  }, 40_000);
});
