/**
 * A fake Telegram Bot API on 127.0.0.1: enough of getMe, getUpdates (long polling), sendMessage,
 * setMyCommands, getChatMember and deleteWebhook for grammY to run against it end to end.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface SentMessage {
  chat_id: number;
  text: string;
  parse_mode?: string;
  reply_parameters?: { message_id: number };
}

export class FakeTelegram {
  readonly sent: SentMessage[] = [];
  readonly calls: { method: string; body: Record<string, unknown> }[] = [];
  readonly members = new Map<string, string>();
  /** Tokens the server refuses with 401, as Telegram does for a revoked or mistyped token. */
  readonly badTokens = new Set<string>();
  /** sendMessage answers 429 (retry after N seconds) this many times before succeeding. */
  throttleNext = 0;
  /** When set, every method answers with this status (a Bot API outage). */
  failAllWith = 0;
  /** sendMessage accepts (the chat gets it) and then answers this many times with … */
  acceptThenFailNext = 0;
  /** … a 500, or, when set, only after this many milliseconds (past the client's timeout). */
  acceptThenAnswerAfterMs = 0;
  /** When getUpdates first handed out each user message (performance.now(), by message_id): latency is measured from here. */
  readonly handedOutAt = new Map<number, number>();
  /** When each sent message arrived (performance.now()), index-aligned with `sent`. */
  readonly sentAt: number[] = [];
  private updates: unknown[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private waiters: (() => void)[] = [];
  /** sendMessage connections are reset this many times before the request is read (nothing arrives). */
  resetNext = 0;
  private server = createServer((req, res) => {
    if (this.resetNext > 0 && (req.url ?? "").endsWith("/sendMessage")) {
      this.resetNext--;
      return void req.socket.destroy();
    }
    void this.route(req).then((r) => {
      res.writeHead(r.status, { "content-type": "application/json" });
      res.end(JSON.stringify(r.body));
    });
  });
  port = 0;

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    for (const w of this.waiters.splice(0)) w();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queues a message from a user, shaped as Telegram sends it (with the bot_command entity). */
  userSends(text: string, chat: { id: number; type: "private" | "group" | "supergroup" | "channel" }, from = { id: 7, first_name: "Ana" }, replyTo?: string): number {
    const message_id = this.nextMessageId++;
    const command = /^\/\S+/.exec(text)?.[0];
    const message = {
      message_id,
      date: 1_700_000_000,
      chat: { ...chat, ...(chat.type === "private" ? { first_name: from.first_name } : { title: "Test chat" }) },
      ...(chat.type === "channel" ? {} : { from: { ...from, is_bot: false } }),
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command.length }] } : {}),
      ...(replyTo ? { reply_to_message: { message_id: message_id - 500, date: 1_700_000_000, chat, text: replyTo } } : {}),
    };
    this.updates.push({ update_id: this.nextUpdateId++, ...(chat.type === "channel" ? { channel_post: message } : { message }) });
    for (const w of this.waiters.splice(0)) w();
    return message_id;
  }

  /** A batch may be handed out again until the bot's offset acknowledges it: keep the first time. */
  private noteHandedOut(batch: unknown[]): void {
    const now = performance.now();
    for (const u of batch as { message?: { message_id: number }; channel_post?: { message_id: number } }[]) {
      const id = (u.message ?? u.channel_post)?.message_id;
      if (id !== undefined && !this.handedOutAt.has(id)) this.handedOutAt.set(id, now);
    }
  }

  private sentWaiters: (() => void)[] = [];

  /** Resolves as soon as `count` messages have been sent (woken by each send, not by polling). */
  async waitForSent(count: number, timeoutMs = 10_000): Promise<SentMessage[]> {
    const until = Date.now() + timeoutMs;
    while (this.sent.length < count) {
      const left = until - Date.now();
      if (left <= 0) throw new Error(`expected ${count} sent messages, got ${this.sent.length}`);
      await new Promise<void>((resolve) => {
        this.sentWaiters.push(resolve);
        setTimeout(resolve, left).unref();
      });
    }
    return this.sent;
  }

  private async route(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const method = (req.url ?? "").split("/").pop() ?? "";
    const token = /^\/bot([^/]+)\//.exec(req.url ?? "")?.[1] ?? "";
    if (this.failAllWith) return { status: this.failAllWith, body: { ok: false, error_code: this.failAllWith, description: "Internal Server Error" } };
    if (this.badTokens.has(token)) return { status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } };
    this.calls.push({ method, body });
    const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });
    switch (method) {
      case "getMe":
        return ok({ id: 4242, is_bot: true, first_name: "briefbot", username: "briefbot_test_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false });
      case "deleteWebhook":
      case "setWebhook":
      case "setMyCommands":
        return ok(true);
      case "getChatMember":
        return ok({ status: this.members.get(`${body.chat_id}:${body.user_id}`) ?? "member", user: { id: body.user_id, is_bot: false, first_name: "x" } });
      case "getUpdates": {
        const offset = Number(body.offset ?? 0);
        this.updates = this.updates.filter((u) => (u as { update_id: number }).update_id >= offset);
        if (!this.updates.length) await new Promise<void>((resolve) => { this.waiters.push(resolve); setTimeout(resolve, Math.min(Number(body.timeout ?? 0), 1) * 1000); });
        this.noteHandedOut(this.updates.slice(0, 100));
        return ok(this.updates.slice(0, 100));
      }
      case "sendMessage": {
        if (this.throttleNext > 0) {
          this.throttleNext--;
          return { status: 429, body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } } };
        }
        this.sent.push(body as unknown as SentMessage);
        this.sentAt.push(performance.now());
        for (const w of this.sentWaiters.splice(0)) w();
        if (this.acceptThenFailNext > 0) {
          this.acceptThenFailNext--;
          if (!this.acceptThenAnswerAfterMs) return { status: 500, body: { ok: false, error_code: 500, description: "Internal Server Error" } };
          await new Promise((resolve) => setTimeout(resolve, this.acceptThenAnswerAfterMs));
        }
        return ok({ message_id: this.nextMessageId++, date: 1_700_000_000, chat: { id: body.chat_id, type: "private" }, text: body.text });
      }
      default:
        return { status: 404, body: { ok: false, error_code: 404, description: `Not Found: method ${method}` } };
    }
  }
}
