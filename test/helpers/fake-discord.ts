/**
 * A fake Discord API on 127.0.0.1: REST (gateway/bot, command registration, interaction callbacks,
 * follow-ups) and a WebSocket gateway (HELLO, IDENTIFY → READY, GUILD_CREATE, heartbeats,
 * INTERACTION_CREATE), shaped as discord.js 14 expects (see shared/notes).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export const APP_ID = "100000000000000001";
export const GUILD_ID = "200000000000000002";
export const CHANNEL_ID = "300000000000000003";

export interface Callback {
  path: string;
  body: { type: number; data?: { content?: string; embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[]; allowed_mentions?: { parse: string[] }; flags?: number } };
}

export class FakeDiscord {
  readonly callbacks: Callback[] = [];
  readonly requests: { method: string; path: string; body: unknown }[] = [];
  /** Interaction callbacks answer 429 with Retry-After this many times first. */
  throttleNext = 0;
  /** Messages posted to channels, once per nonce as Discord keeps them (enforce_nonce). */
  readonly messages: { channelId: string; id: string; body: { content?: string; nonce?: string; enforce_nonce?: boolean; embeds?: unknown[]; allowed_mentions?: unknown } }[] = [];
  /** When set, GET /gateway/bot (the first call of a login) answers with this status. */
  failGatewayWith = 0;
  /** Channel posts are accepted (kept) and then answered with a 500 this many times. */
  acceptThenFailNext = 0;
  private sockets: WebSocket[] = [];
  private seq = 1;
  private nextId = 500000000000000000n;
  private waiters: (() => void)[] = [];
  private http = createServer((req, res) => void this.route(req, res));
  private wss = new WebSocketServer({ noServer: true });
  port = 0;

  async start(): Promise<string> {
    this.http.on("upgrade", (req, socket, head) => this.wss.handleUpgrade(req, socket, head, (ws) => this.gateway(ws)));
    await new Promise<void>((resolve) => this.http.listen(0, "127.0.0.1", resolve));
    this.port = (this.http.address() as AddressInfo).port;
    return `http://127.0.0.1:${this.port}/api`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private send(ws: WebSocket, op: number, d: unknown, t?: string) {
    ws.send(JSON.stringify({ op, d, s: t ? this.seq++ : null, t: t ?? null }));
  }

  private gateway(ws: WebSocket) {
    this.sockets.push(ws);
    this.send(ws, 10, { heartbeat_interval: 45_000 });
    ws.on("message", (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number };
      if (msg.op === 1) this.send(ws, 11, null);
      if (msg.op === 2) {
        this.send(ws, 0, { v: 10, user: { id: "400000000000000004", username: "briefbot", discriminator: "0", bot: true, global_name: null, avatar: null }, session_id: "session", resume_gateway_url: `ws://127.0.0.1:${this.port}`, guilds: [{ id: GUILD_ID, unavailable: true }], application: { id: APP_ID, flags: 0 } }, "READY");
        this.send(ws, 0, { id: GUILD_ID, name: "Test guild", icon: null, owner_id: "1", unavailable: false, member_count: 2, roles: [], emojis: [], stickers: [], features: [], members: [], channels: [{ id: CHANNEL_ID, type: 0, name: "news", guild_id: GUILD_ID, position: 0, permission_overwrites: [] }], threads: [], presences: [], voice_states: [], stage_instances: [], guild_scheduled_events: [], premium_tier: 0, preferred_locale: "en-US", joined_at: "2025-01-01T00:00:00.000Z", large: false, afk_timeout: 300, verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0, mfa_level: 0, system_channel_flags: 0, nsfw_level: 0, premium_progress_bar_enabled: false }, "GUILD_CREATE");
      }
    });
  }

  /** Dispatches a slash command from a member with the given permission bits. */
  slash(name: string, options: { name: string; type: number; value: string | boolean }[] = [], permissions = "0"): string {
    const id = String(this.nextId++);
    const interaction = {
      id, application_id: APP_ID, type: 2, token: `itoken-${id}`, version: 1,
      data: { id: "600000000000000006", name, type: 1, options },
      guild_id: GUILD_ID, channel_id: CHANNEL_ID, channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID },
      member: { user: { id: "700000000000000007", username: "ana", discriminator: "0", global_name: "Ana", avatar: null }, roles: [], permissions, joined_at: "2025-01-01T00:00:00.000Z", deaf: false, mute: false, flags: 0 },
      app_permissions: "0", locale: "en-US", guild_locale: "en-US", entitlements: [], authorizing_integration_owners: { "0": GUILD_ID }, context: 0,
    };
    for (const ws of this.sockets) this.send(ws, 0, interaction, "INTERACTION_CREATE");
    return id;
  }

  async waitForCallback(count: number, timeoutMs = 10_000): Promise<Callback[]> {
    const until = Date.now() + timeoutMs;
    while (this.callbacks.length < count) {
      const left = until - Date.now();
      if (left <= 0) throw new Error(`expected ${count} callbacks, got ${this.callbacks.length}`);
      await new Promise<void>((r) => { this.waiters.push(r); setTimeout(r, left).unref(); });
    }
    return this.callbacks;
  }

  private async route(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const path = decodeURIComponent((req.url ?? "").split("?")[0]);
    let body: unknown = raw;
    try { body = raw ? JSON.parse(raw) : {}; } catch { /* multipart or empty */ }
    this.requests.push({ method: req.method ?? "", path, body });
    const json = (status: number, value: unknown) => { res.writeHead(status, { "content-type": "application/json" }); res.end(JSON.stringify(value)); };
    if (path === "/api/v10/gateway/bot" && this.failGatewayWith) return json(this.failGatewayWith, { message: this.failGatewayWith === 401 ? "401: Unauthorized" : "500: Internal Server Error", code: 0 });
    if (path === "/api/v10/gateway/bot") return json(200, { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
    if (/\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) return json(200, body);
    if (/^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      if (this.throttleNext > 0) {
        this.throttleNext--;
        res.writeHead(429, { "content-type": "application/json", "retry-after": "1", "x-ratelimit-scope": "user" });
        return res.end(JSON.stringify({ message: "You are being rate limited.", retry_after: 1, global: false }));
      }
      this.callbacks.push({ path, body: body as Callback["body"] });
      for (const w of this.waiters.splice(0)) w();
      res.writeHead(204);
      return res.end();
    }
    if (/^\/api\/v10\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path)) {
      this.callbacks.push({ path, body: { type: 4, data: body as Callback["body"]["data"] } });
      for (const w of this.waiters.splice(0)) w();
      return json(200, { id: String(this.nextId++), channel_id: CHANNEL_ID, type: 0, content: "", embeds: [], author: { id: "400000000000000004", username: "briefbot", discriminator: "0" }, timestamp: new Date(0).toISOString(), attachments: [], mentions: [], mention_roles: [], pinned: false, tts: false, mention_everyone: false, flags: 0 });
    }
    const post = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path);
    if (post && req.method === "POST") {
      const message = body as FakeDiscord["messages"][number]["body"];
      // Discord returns the message it already has for a repeated nonce instead of posting again.
      let kept = message.enforce_nonce && message.nonce !== undefined ? this.messages.find((m) => m.channelId === post[1] && m.body.nonce === message.nonce) : undefined;
      if (!kept) this.messages.push((kept = { channelId: post[1], id: String(this.nextId++), body: message }));
      if (this.acceptThenFailNext > 0) {
        this.acceptThenFailNext--;
        return json(500, { message: "500: Internal Server Error", code: 0 });
      }
      return json(200, { id: kept.id, channel_id: post[1], type: 0, content: message.content ?? "", embeds: message.embeds ?? [], nonce: message.nonce, author: { id: "400000000000000004", username: "briefbot", discriminator: "0" }, timestamp: new Date(0).toISOString(), attachments: [], mentions: [], mention_roles: [], pinned: false, tts: false, mention_everyone: false, flags: 0 });
    }
    json(404, { message: "404: Not Found", code: 0 });
  }
}

/** A discord.js client of briefbot's, logged in to a fake Discord started for it. */
export async function loggedInToFake(deps: import("../../src/chat/types").ChatDeps): Promise<{ fake: FakeDiscord; client: import("discord.js").Client; root: string; stop(): Promise<void> }> {
  const { createDiscordClient } = await import("../../adapters/discord/bot");
  const fake = new FakeDiscord();
  const root = await fake.start();
  const client = createDiscordClient({ deps, api: root });
  await new Promise<void>((resolve, reject) => {
    client.once("clientReady" as "ready", () => resolve());
    client.login("MTAw.fake.discord-token").catch(reject);
  });
  return { fake, client, root, stop: async () => { await client.destroy(); await fake.stop(); } };
}
