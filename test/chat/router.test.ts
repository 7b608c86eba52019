import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatRouter, parseCommand } from "../../src/chat/router";
import { RateLimiter } from "../../src/chat/rate-limit";
import type { ChatDeps, Incoming, Reply } from "../../src/chat/types";
import { ingestInputs } from "../../src/ingest/ingest";
import { openStore } from "../../src/store/open";
import type { Store } from "../../src/store/store";
import { SAMPLE_DIR } from "../../src/samples";

let store: Store;
let deps: ChatDeps;
const urls: string[] = [];

beforeAll(async () => {
  store = await openStore(":memory:", { now: () => new Date("2026-01-07T10:00:00Z") });
  await ingestInputs(store, [SAMPLE_DIR]);
  deps = {
    store,
    now: () => new Date("2026-01-07T10:00:00Z"),
    defaults: { digestTime: "08:00", timezone: "Europe/London" },
    async ingestUrl(url) {
      urls.push(url);
      const [seed] = await store.search("declaration troops Ukraine", 1);
      return url.includes("broken") ? { ok: false, error: "HTTP 404 Not Found" } : { ok: true, articleId: seed.article.id };
    },
  };
});
afterAll(() => store.close());

const msg = (text: string, extra: Partial<Incoming> = {}): Incoming => ({ platform: "telegram", chatId: "100", userId: "7", chatKind: "private", text, isAdmin: async () => false, ...extra });
const briefs = (r: Reply | null) => (r?.kind === "briefs" ? r.briefs : []);

describe("parsing commands", () => {
  it("reads the command, its arguments and an addressed bot name", () => {
    expect(parseCommand("/brief ukraine why")).toEqual({ name: "brief", args: "ukraine why" });
    expect(parseCommand("/Brief@BriefBot_bot  ukraine", "briefbot_bot")).toEqual({ name: "brief", args: "ukraine" });
    expect(parseCommand("/brief@other_bot ukraine", "briefbot_bot")).toBeNull();
    expect(parseCommand("hello /brief")).toBeNull();
  });
});

describe("the command layer", () => {
  it("answers /start and /help with every command", async () => {
    const r = await new ChatRouter(deps).handle(msg("/help"));
    expect(r?.kind).toBe("text");
    for (const c of ["/brief", "/digest", "/subscribe", "/unsubscribe", "/subscriptions", "/sources"]) expect(r && "text" in r ? r.text : "").toContain(c);
  });

  it("gives a one-line usage message for an unknown command or a bad argument", async () => {
    const router = new ChatRouter(deps);
    expect(await router.handle(msg("/frobnicate"))).toEqual({ kind: "usage", text: "Unknown command /frobnicate. Try /help." });
    const bad = await router.handle(msg("/subscribe at 25:99"));
    expect(bad).toMatchObject({ kind: "usage", text: expect.stringMatching(/not a time: use HH:MM.*Usage: \/subscribe/) });
    expect((bad as { text: string }).text.split("\n")).toHaveLength(1);
  });

  it("briefs the best stored match for words, and adds the evidence for 'why'", async () => {
    const r = await new ChatRouter(deps).handle(msg("/brief harbour bridge why"));
    expect(briefs(r)[0].what.text).toBe("Storm damage shuts Westhaven harbour bridge");
    expect(r).toMatchObject({ why: true });
  });

  it("briefs a link, and the text or link of a replied-to message", async () => {
    const router = new ChatRouter(deps);
    expect(briefs(await router.handle(msg("/brief https://example.org/news/1")))[0].what.text).toMatch(/United Kingdom and France/);
    expect(urls).toContain("https://example.org/news/1");
    expect(briefs(await router.handle(msg("/brief", { replyTo: "look: https://example.org/news/2" })))[0].what.text).toMatch(/United Kingdom and France/);
    const replied = await router.handle(msg("/brief", { replyTo: "The city council approved a new cycling plan on Monday after a long debate, the mayor said." }));
    expect(briefs(replied)[0].what.text).toBe("The city council approved a new cycling plan on Monday after a long debate");
    expect(await router.handle(msg("/brief https://example.org/broken"))).toEqual({ kind: "text", text: "Could not read that link: HTTP 404 Not Found" });
  });

  it("gives today's digest, one brief per story", async () => {
    const r = await new ChatRouter(deps).handle(msg("/digest"));
    const ids = briefs(r).map((b) => b.articleId);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });

  it("stores and lists subscriptions; a new time replaces the old", async () => {
    const router = new ChatRouter(deps, new RateLimiter(100, 100));
    expect(await router.handle(msg("/subscribe at 09:00"))).toEqual({ kind: "text", text: "Subscribed: a daily digest of all stories at 09:00 (Europe/London)." });
    expect(await router.handle(msg("/subscribe at 18:00 America/New_York"))).toEqual({ kind: "text", text: "Updated: a daily digest of all stories at 18:00 (America/New_York)." });
    await router.handle(msg("/subscribe Ukraine"));
    const list = await router.handle(msg("/subscriptions"));
    expect(list).toEqual({ kind: "text", text: 'Daily digests here:\n• all stories at 18:00 (America/New_York)\n• "ukraine" at 08:00 (Europe/London)' });
    expect(await router.handle(msg("/unsubscribe all"))).toEqual({ kind: "text", text: "Unsubscribed from 2 digests." });
    expect(await router.handle(msg("/subscriptions"))).toMatchObject({ text: expect.stringMatching(/^No subscriptions here/) });
    expect(await router.handle(msg("/subscribe at 08:00 Mars/Olympus"))).toMatchObject({ kind: "usage", text: expect.stringMatching(/not a time zone/) });
  });

  it("lets only admins subscribe in groups and channels", async () => {
    const router = new ChatRouter(deps);
    expect(await router.handle(msg("/subscribe", { chatKind: "group", chatId: "-5" }))).toEqual({ kind: "refused", text: "Only admins of this group can use /subscribe." });
    expect(await router.handle(msg("/subscribe", { chatKind: "group", chatId: "-5", isAdmin: async () => true }))).toMatchObject({ kind: "text", text: expect.stringMatching(/^Subscribed/) });
    expect(await router.handle(msg("/subscriptions", { chatKind: "group", chatId: "-5" }))).toMatchObject({ kind: "text" });
  });

  it("rate-limits a chat that floods the bot, and only that chat", async () => {
    let t = 0;
    const router = new ChatRouter(deps, new RateLimiter(3, 1, () => t));
    const replies = [];
    for (let i = 0; i < 5; i++) replies.push(await router.handle(msg("/help")));
    expect(replies.map((r) => r?.kind)).toEqual(["text", "text", "text", "refused", "refused"]);
    expect((await router.handle(msg("/help", { chatId: "other" })))?.kind).toBe("text");
    t = 2_000;
    expect((await router.handle(msg("/help")))?.kind).toBe("text");
  });

  it("ignores plain text and commands for other bots", async () => {
    const router = new ChatRouter(deps, undefined, "briefbot_bot");
    expect(await router.handle(msg("hello there"))).toBeNull();
    expect(await router.handle(msg("/help@someone_else_bot"))).toBeNull();
  });
});
