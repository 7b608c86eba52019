// Hostile article text — Telegram HTML, Discord markdown, @everyone, role/user/channel mentions,
// masked links, zero-width characters, bidi overrides, a URL that tries to leave its attribute — is inert on both
// platforms, asserted on the exact payloads the fake servers received: replies to /brief and
// scheduled digests alike.
import type { Client } from "discord.js";
import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discordDigestSender } from "../../adapters/discord/digests";
import { configureApi } from "../../adapters/telegram/api";
import { createTelegramBot } from "../../adapters/telegram/bot";
import { telegramDigestSender } from "../../adapters/telegram/digests";
import type { ChatDeps } from "../../src/chat/types";
import { toNewArticle } from "../../src/ingest/prepare";
import { Scheduler } from "../../src/schedule/scheduler";
import { openStore } from "../../src/store/open";
import type { Store } from "../../src/store/store";
import { CHANNEL_ID, type FakeDiscord, loggedInToFake } from "../helpers/fake-discord";
import { FakeTelegram } from "../helpers/fake-telegram";

const HOSTILE = {
  id: "hostile-1",
  url: 'https://news.example/story?a=1&b="><script>x</script>',
  publisher: "Example <i>News</i> @everyone",
  title: "<b>Bridge</b> closed\u202E @everyone <@&123456789012345678> [click here](https://evil.example/x)",
  text: [
    "Police in Springfield closed the <b>bridge</b> & the <i>tunnel</i> on Monday, the council said. <script>alert(1)</script>",
    '"Tell @everyone and @here to stay away," police chief Ana Ruiz said, adding that **nobody** was hurt and ||nothing|| was damaged ~~yet~~ [official page](https://evil.example/phish).',
    'The mayor, Tom Weller, said <a href="https://evil.example">the repairs</a> would take a week and pinged <@&123456789012345678>, <@98765432109876543> and <#111111111111111111>.',
    "Zero\u200bwidth @\u200beveryone and @\u2060here tricks, a \u202Etxt.exe reversal and <tg-spoiler>secret</tg-spoiler> too.",
  ].join("\n\n"),
  published: "2026-05-04",
};
const QUERY = "springfield bridge tunnel";
/** Zero-width characters and bidi overrides, which hide or reorder text. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/;

let store: Store;
const deps = (): ChatDeps => ({ store, now: () => new Date("2026-05-04T10:00:00Z"), defaults: { digestTime: "08:00", timezone: "UTC" }, ingestUrl: async () => ({ ok: false, error: "offline" }) });

beforeAll(async () => {
  store = await openStore(":memory:", { now: () => new Date("2026-05-04T07:00:00Z") });
  const article = toNewArticle(HOSTILE, "test");
  if (typeof article === "string") throw new Error(article);
  await store.putArticle(article);
});
afterAll(() => store.close());

/** Every tag in a Telegram HTML payload is one briefbot writes itself; the only link is the article's. */
function expectTelegramInert(text: string) {
  const tags = [...text.matchAll(/<\/?([a-z-]+)([^>]*)>/g)];
  for (const [whole, name, attrs] of tags) {
    expect(["b", "i", "a"], whole).toContain(name);
    if (name === "a" && attrs) expect(attrs).toBe(' href="https://news.example/story?a=1&amp;b=%22%3E%3Cscript%3Ex%3C/script%3E"');
  }
  expect(text).not.toMatch(ZERO_WIDTH);
  expect(text).not.toMatch(/<script|<tg-spoiler|<b>Bridge|<b>bridge|evil\.example">/);
  expect(text).toContain("<b>What:</b> Bridge closed @everyone &lt;@&amp;123456789012345678&gt; [click here](https://evil.example/x)");
  expect(text).toContain("<i>Example &lt;i&gt;News&lt;/i&gt; @everyone · published 2026-05-04</i>");
}

/** No live mention, no unescaped markdown, no masked link, mentions disabled on the request itself. */
function expectDiscordInert(payload: { content?: string; embeds?: unknown[]; allowed_mentions?: unknown }) {
  expect(payload.allowed_mentions).toEqual({ parse: [] });
  const all = JSON.stringify({ content: payload.content, embeds: payload.embeds });
  const text = JSON.parse(all) as unknown;
  const strings: string[] = [];
  const walk = (v: unknown) => (typeof v === "string" ? strings.push(v) : v && typeof v === "object" ? Object.values(v).forEach(walk) : undefined);
  walk(text);
  for (const s of strings) {
    expect(s).not.toMatch(/@(everyone|here)/);
    expect(s).not.toMatch(/<(@[!&]?|#)\d+>/);
    // Zero-width spaces appear only where briefbot breaks a mention.
    expect(s.replace(/@\u200b/g, "")).not.toMatch(ZERO_WIDTH);
  }
  const embed = (payload.embeds as { title: string; description: string; url: string; footer: { text: string }; fields: { name: string; value: string }[] }[])[0];
  expect(embed.title).toBe("Bridge closed @\u200beveryone <@\u200b&123456789012345678> \\[click here\\](https://evil.example/x)");
  expect(embed.url).toBe("https://news.example/story?a=1&b=%22%3E%3Cscript%3Ex%3C/script%3E");
  expect(embed.footer.text).toBe("Example <i>News</i> @\u200beveryone · published 2026-05-04");
  for (const f of embed.fields) {
    // Markdown from the article is escaped: no unescaped **, ||, ~~ or masked link.
    expect(f.value).not.toMatch(/(^|[^\\])(\*\*|\|\||~~)|[^\\]\]\(/);
  }
}

describe("Telegram payloads", () => {
  let fake: FakeTelegram;
  let bot: ReturnType<typeof createTelegramBot>["bot"];
  let running: Promise<void>;
  beforeAll(async () => {
    fake = new FakeTelegram();
    const root = await fake.start();
    bot = createTelegramBot({ token: "123456:HOSTILE-test-token-abcdefgh", apiRoot: root, deps: deps() }).bot;
    await bot.init();
    running = bot.start({ timeout: 1 });
  });
  afterAll(async () => {
    await bot.stop();
    await running;
    await fake.stop();
  });

  it("/brief: the reply's HTML is inert", async () => {
    fake.userSends(`/brief ${QUERY}`, { id: 11, type: "private" });
    const [sent] = await fake.waitForSent(1);
    expect(sent.parse_mode).toBe("HTML");
    expect(fake.calls.find((c) => c.method === "sendMessage")!.body.link_preview_options).toEqual({ is_disabled: true });
    expectTelegramInert(sent.text);
  });

  it("a scheduled digest: the same", async () => {
    await store.subscribe({ platform: "telegram", chatId: "12", topic: "all", localTime: "08:00", timezone: "UTC", createdBy: "t" });
    const api = configureApi(new Api("123456:HOSTILE-test-token-abcdefgh", { apiRoot: `http://127.0.0.1:${fake.port}` }), "123456:HOSTILE-test-token-abcdefgh");
    const s = new Scheduler(store, { telegram: telegramDigestSender(api) }, { worker: "w", now: () => new Date("2026-05-04T08:00:30Z") });
    expect((await s.tick()).sent).toBe(1);
    const digest = fake.sent.filter((m) => String(m.chat_id) === "12");
    expect(digest.length).toBeGreaterThan(0);
    expectTelegramInert(digest.map((m) => m.text).join("\n"));
  });
});

describe("Discord payloads", () => {
  let fake: FakeDiscord;
  let client: Client;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ fake, client, stop } = await loggedInToFake(deps()));
  }, 30_000);
  afterAll(() => stop());

  it("/brief: the embed is inert", async () => {
    fake.slash("brief", [{ name: "query", type: 3, value: QUERY }]);
    const [cb] = await fake.waitForCallback(1);
    expectDiscordInert(cb.body.data!);
  });

  it("a scheduled digest: the same", async () => {
    await store.subscribe({ platform: "discord", chatId: CHANNEL_ID, topic: "all", localTime: "08:00", timezone: "UTC", createdBy: "t" });
    const s = new Scheduler(store, { discord: discordDigestSender(client) }, { worker: "w", now: () => new Date("2026-05-04T08:00:30Z") });
    expect((await s.tick()).sent).toBeGreaterThanOrEqual(1);
    const [message] = fake.messages;
    expect(message.channelId).toBe(CHANNEL_ID);
    expect(message.body.content).toBe("Your digest for 2026-05-04");
    expectDiscordInert(message.body);
  });
});
