// Secrets on every network path: a rejected token (401), DNS failure, TLS failure and 500s, at
// start-up and while running, on Telegram and Discord, and a database that refuses the connection.
// Whatever the bot prints must name the problem and never contain a token, the webhook secret, the
// database password, or a URL that embeds the token.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer as createHttpsServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, cliArgs, ROOT } from "../helpers/cli";
import { FakeDiscord } from "../helpers/fake-discord";
import { FakeTelegram } from "../helpers/fake-telegram";

const TELEGRAM_TOKEN = "987654:SECRETtelegramTOKEN_abc-123xyz";
const DISCORD_TOKEN = "MTIz.SECRETdiscordTOKEN.abcdef-123";
const DB_PASSWORD = "SECRETdbPASSWORD42";
const WEBHOOK_SECRET = "SECRETwebhook-0123456789";

function expectNoSecret(output: string) {
  for (const s of [TELEGRAM_TOKEN, DISCORD_TOKEN, DB_PASSWORD, WEBHOOK_SECRET, "SECRET"]) expect(output).not.toContain(s);
}

let tls: Server;
let tlsRoot: string;
let telegram: FakeTelegram;
let discord: FakeDiscord;

beforeAll(async () => {
  // A server whose certificate no client trusts: the handshake fails before any request is sent.
  const dir = mkdtempSync(join(tmpdir(), "briefbot-tls-"));
  const made = spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"), "-days", "2", "-subj", "/CN=127.0.0.1"], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr}`);
  tls = createHttpsServer({ key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) }, (_req, res) => res.end("{}"));
  await new Promise<void>((resolve) => tls.listen(0, "127.0.0.1", resolve));
  tlsRoot = `https://127.0.0.1:${(tls.address() as AddressInfo).port}`;
  telegram = new FakeTelegram();
  await telegram.start();
  discord = new FakeDiscord();
  await discord.start();
});

afterAll(async () => {
  tls.close();
  await telegram.stop();
  await discord.stop();
});

const start = (env: Record<string, string>) => cli(["start", "--db", "sqlite::memory:"], { TELEGRAM_BOT_TOKEN: "", DISCORD_TOKEN: "", ...env });

describe("Telegram start-up failures", () => {
  const cases: [string, () => Record<string, string>, RegExp][] = [
    ["a rejected token (401)", () => (telegram.badTokens.add(TELEGRAM_TOKEN), { TELEGRAM_API_ROOT: `http://127.0.0.1:${telegram.port}` }), /Telegram rejected TELEGRAM_BOT_TOKEN \(401 Unauthorized\)/],
    ["a DNS failure", () => ({ TELEGRAM_API_ROOT: "http://bot-api.invalid" }), /could not reach the Telegram Bot API \((ENOTFOUND|EAI_AGAIN)\): check the network or TELEGRAM_API_ROOT/],
    ["a TLS failure", () => ({ TELEGRAM_API_ROOT: tlsRoot }), /could not reach the Telegram Bot API \(DEPTH_ZERO_SELF_SIGNED_CERT\)/],
  ];
  for (const [name, setup, message] of cases) {
    it(`${name}: a clear message, no token`, async () => {
      const r = await start({ TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, ...setup() });
      telegram.badTokens.clear();
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expectNoSecret(r.stdout + r.stderr);
    }, 30_000);
  }

  it("a 500 from the Bot API: a clear message, no token", async () => {
    telegram.failAllWith = 500;
    const r = await start({ TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_API_ROOT: `http://127.0.0.1:${telegram.port}` });
    telegram.failAllWith = 0;
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/the Telegram Bot API answered 500 Internal Server Error/);
    expectNoSecret(r.stdout + r.stderr);
  }, 30_000);
});

describe("Telegram failures while running", () => {
  it("getUpdates failing with 500s and then refused connections is logged without the token", async () => {
    const fake = new FakeTelegram();
    const root = await fake.start();
    const child = spawn(process.execPath, cliArgs("start", "--db", "sqlite::memory:"), { cwd: ROOT, env: { ...process.env, TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_API_ROOT: root, DISCORD_TOKEN: "" } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const until = Date.now() + 20_000;
    while (!out.includes("running on Telegram") && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(out).toContain("running on Telegram");
    fake.failAllWith = 500;
    await new Promise((r) => setTimeout(r, 1_500));
    await fake.stop(); // now every request is refused: node-fetch names the URL, token and all
    const logged = out.length;
    while (out.length === logged && Date.now() < until + 10_000) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500));
    child.kill("SIGTERM");
    await exited;
    expect(out).toMatch(/Error while fetching updates/);
    expect(out).toMatch(/ECONNREFUSED/);
    expectNoSecret(out);
  }, 45_000);
});

describe("Discord start-up failures", () => {
  const cases: [string, () => Record<string, string>, RegExp][] = [
    ["a rejected token (401)", () => ((discord.failGatewayWith = 401), { DISCORD_API_BASE: `http://127.0.0.1:${discord.port}/api` }), /Discord login failed: .*\(check DISCORD_TOKEN\)/],
    ["a 500 from the API", () => ((discord.failGatewayWith = 500), { DISCORD_API_BASE: `http://127.0.0.1:${discord.port}/api` }), /Discord login failed/],
    ["a DNS failure", () => ({ DISCORD_API_BASE: "http://discord-api.invalid/api" }), /Discord login failed/],
    ["a TLS failure", () => ({ DISCORD_API_BASE: `${tlsRoot}/api` }), /Discord login failed/],
  ];
  for (const [name, setup, message] of cases) {
    it(`${name}: a clear message, no token`, async () => {
      const r = await start({ DISCORD_TOKEN, ...setup() });
      discord.failGatewayWith = 0;
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expectNoSecret(r.stdout + r.stderr);
    }, 60_000);
  }
});

describe("database and webhook secrets", () => {
  it("a PostgreSQL server that refuses the connection: the password is not printed", async () => {
    const r = await cli(["start"], { TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_API_ROOT: `http://127.0.0.1:${telegram.port}`, TELEGRAM_WEBHOOK_URL: "https://bot.example.org/hook", TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET, DATABASE_URL: `postgres://briefbot:${DB_PASSWORD}@127.0.0.1:1/briefbot` });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/cannot open the store at postgres:\/\/briefbot:\*\*\*@127\.0\.0\.1:1\/briefbot/);
    expectNoSecret(r.stdout + r.stderr);
  }, 30_000);
});
