// The Discord bot end to end: discord.js against a fake REST API and WebSocket gateway on 127.0.0.1.
import type { Client } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerDiscordCommands } from "../../adapters/discord/bot";
import type { ChatDeps } from "../../src/chat/types";
import { ingestInputs } from "../../src/ingest/ingest";
import { SAMPLE_DIR } from "../../src/samples";
import { openStore } from "../../src/store/open";
import type { Store } from "../../src/store/store";
import { APP_ID, type FakeDiscord, GUILD_ID, loggedInToFake } from "../helpers/fake-discord";

const TOKEN = "MTAw.fake.discord-token";
let api: FakeDiscord;
let store: Store;
let client: Client;
let root: string;

let stop: () => Promise<void>;

beforeAll(async () => {
  store = await openStore(":memory:");
  await ingestInputs(store, [SAMPLE_DIR]);
  const deps: ChatDeps = { store, now: () => new Date("2026-01-07T10:00:00Z"), defaults: { digestTime: "08:00", timezone: "UTC" }, ingestUrl: async () => ({ ok: false, error: "offline" }) };
  ({ fake: api, client, root, stop } = await loggedInToFake(deps));
}, 30_000);

afterAll(async () => {
  await stop?.();
  await store?.close();
});

describe("Discord bot against a fake API and gateway", () => {
  it("registers slash commands and the message command for a guild", async () => {
    await registerDiscordCommands({ token: TOKEN, appId: APP_ID, guildId: GUILD_ID, api: root });
    const put = api.requests.find((r) => r.method === "PUT" && r.path.endsWith(`/guilds/${GUILD_ID}/commands`));
    expect((put?.body as { name: string }[]).map((c) => c.name)).toEqual(["brief", "digest", "subscribe", "unsubscribe", "subscriptions", "sources", "help", "Brief this"]);
  });

  it("answers /brief query: with an embed holding the brief, mentions disabled", async () => {
    const n = api.callbacks.length;
    api.slash("brief", [{ name: "query", type: 3, value: "harbour bridge" }]);
    const cb = (await api.waitForCallback(n + 1))[n];
    const embed = cb.body.data!.embeds![0];
    expect(embed.description).toBe("Storm damage shuts Westhaven harbour bridge");
    expect(embed.fields!.find((f) => f.name === "Who")?.value).toBe("Maria Lindqvist (chief engineer) · Tom Hadley");
    expect(cb.body.data!.allowed_mentions).toEqual({ parse: [] });
  });

  it("refuses /subscribe from a member without Manage Channels, privately", async () => {
    const n = api.callbacks.length;
    api.slash("subscribe", [{ name: "time", type: 3, value: "09:00" }], "0");
    const cb = (await api.waitForCallback(n + 1))[n];
    expect(cb.body.data!.content).toBe("Only admins of this group can use /subscribe.");
    expect(cb.body.data!.flags).toBe(64);
    api.slash("subscribe", [{ name: "time", type: 3, value: "09:00" }], String(1 << 4));
    const ok = (await api.waitForCallback(n + 2))[n + 1];
    expect(ok.body.data!.content).toBe("Subscribed: a daily digest of all stories at 09:00 (UTC).");
  });

  it("honours a 429 Retry-After and answers once", async () => {
    const n = api.callbacks.length;
    api.throttleNext = 1;
    const t0 = Date.now();
    api.slash("sources");
    await api.waitForCallback(n + 1, 15_000);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    await new Promise((r) => setTimeout(r, 200));
    expect(api.callbacks.slice(n)).toHaveLength(1);
  }, 20_000);
});

describe("npm start and discord register with a Discord token", () => {
  it("registers commands for a server, runs the bot, answers, and stops on SIGTERM", async () => {
    const { spawn } = await import("node:child_process");
    const { ROOT, cli, cliArgs } = await import("../helpers/cli");
    const env = { DISCORD_TOKEN: "MTAw.start.discord-token-value", DISCORD_APP_ID: APP_ID, DISCORD_API_BASE: root };
    const reg = await cli(["discord", "register", "--guild", GUILD_ID], env);
    expect(reg.stdout).toContain(`registered the commands for server ${GUILD_ID}`);
    const child = spawn(process.execPath, cliArgs("start", "--db", "sqlite::memory:"), { cwd: ROOT, env: { ...process.env, ...env } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const until = Date.now() + 20_000;
    while (!out.includes("running on Discord") && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain("running on Discord as briefbot");
    const n = api.callbacks.length;
    api.slash("help");
    await api.waitForCallback(n + 1);
    expect(api.callbacks.slice(n).some((c) => c.body.data?.content?.includes("/subscribe"))).toBe(true);
    child.kill("SIGTERM");
    expect(await new Promise((resolve) => child.on("exit", resolve))).toBe(0);
    expect(out).not.toContain(env.DISCORD_TOKEN);
  }, 40_000);
});
