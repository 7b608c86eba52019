// One contract, two databases: every behaviour of the Store holds on SQLite and on PostgreSQL.
import { afterAll, describe, expect, it } from "vitest";
import { contentHash, minhash } from "../../src/ingest/fingerprint";
import type { NewArticle } from "../../src/store/store";
import { mustBrief } from "../helpers/brief";
import { storeTargets } from "../helpers/stores";

const TRAM = "The regional council voted on Tuesday to expand the city's tram network to three new districts, officials said. Construction will begin next spring and cost 200 million euros. Opposition members criticised the cost, saying buses would serve the districts better.";
const STRIKE = "Rail workers in Northbridge walked out on Tuesday at the start of a three-day strike over pay, halting most regional services and forcing commuters onto replacement buses.";

function article(id: string, text: string, extra: Partial<NewArticle> = {}): NewArticle {
  return { id, url: null, publisher: null, title: null, text, published: "2025-05-06", language: "eng", content_hash: contentHash(text), minhash: minhash(text), source: null, ...extra };
}

for (const target of storeTargets()) {
  describe(`store contract: ${target.name}`, () => {
    afterAll(() => target.cleanup());

    it("stores an article once: the same id, URL or text again is a duplicate", async () => {
      const store = await target.open();
      expect(await store.putArticle(article("a1", TRAM, { url: "https://example.org/tram" }))).toEqual({ status: "stored", id: "a1" });
      expect(await store.putArticle(article("a1", STRIKE))).toMatchObject({ status: "duplicate", of: "a1", by: "id" });
      expect(await store.putArticle(article("a2", STRIKE, { url: "https://example.org/tram" }))).toMatchObject({ status: "duplicate", of: "a1", by: "url" });
      expect(await store.putArticle(article("a3", `  ${TRAM.replace(/'/g, "’")}  `))).toMatchObject({ status: "duplicate", of: "a1", by: "content" });
      expect(await store.counts()).toEqual({ articles: 1, stories: 1 });
      await store.close();
    });

    it("links a near-duplicate to the story it repeats", async () => {
      const store = await target.open();
      await store.putArticle(article("t1", TRAM));
      const edited = TRAM.replace("officials said", "a council spokesman said").replace("200 million", "210 million");
      const put = await store.putArticle(article("t2", edited));
      expect(put).toMatchObject({ status: "near-duplicate", id: "t2", of: "t1" });
      expect((await store.getArticle("t2"))?.story_id).toBe("t1");
      await store.putArticle(article("s1", STRIKE));
      expect(await store.counts()).toEqual({ articles: 3, stories: 2 });
      await store.close();
    });

    it("finds articles by words, best match first, recent before old", async () => {
      const store = await target.open(() => new Date("2025-05-07T12:00:00Z"));
      await store.putArticle(article("old", `${TRAM} The tram plan was first proposed years ago.`, { published: "2024-01-10", title: "Tram plan" }));
      await store.putArticle(article("new", TRAM, { published: "2025-05-06", title: "Council expands tram network" }));
      await store.putArticle(article("rail", STRIKE, { title: "Rail strike" }));
      const hits = await store.search("tram network", 5);
      expect(hits.map((h) => h.article.id)).toEqual(["new", "old"]);
      expect((await store.search("strike", 5))[0].article.id).toBe("rail");
      expect(await store.search("'; drop table articles; --", 5)).toEqual([]);
      expect(await store.search("", 5)).toEqual([]);
      await store.close();
    });

    it("lists the latest articles first", async () => {
      const store = await target.open();
      await store.putArticle(article("x", TRAM, { published: "2025-05-01" }));
      await store.putArticle(article("y", STRIKE, { published: "2025-05-05" }));
      expect((await store.latest(10)).map((a) => a.id)).toEqual(["y", "x"]);
      await store.close();
    });

    it("caches briefs per engine version", async () => {
      const store = await target.open();
      await store.putArticle(article("b1", TRAM));
      const brief = { ...mustBrief({ id: "b1", text: TRAM, published: "2025-05-06" }), articleId: "b1" };
      expect(await store.getBrief("b1", brief.engineVersion)).toBeUndefined();
      await store.putBrief(brief);
      expect(await store.getBrief("b1", brief.engineVersion)).toEqual(brief);
      expect(await store.getBrief("b1", "0.0.0-other")).toBeUndefined();
      await store.close();
    });

    it("adds, lists, updates and removes feeds", async () => {
      const store = await target.open(() => new Date("2025-05-07T12:00:00Z"));
      expect(await store.addFeed("https://example.org/feed.xml")).toBe("added");
      expect(await store.addFeed("https://example.org/feed.xml")).toBe("exists");
      await store.recordPoll("https://example.org/feed.xml", { error: "HTTP 500" });
      await store.recordPoll("https://example.org/feed.xml", { error: "HTTP 500" });
      expect(await store.listFeeds()).toEqual([expect.objectContaining({ url: "https://example.org/feed.xml", failures: 2, last_error: "HTTP 500" })]);
      await store.recordPoll("https://example.org/feed.xml", { etag: '"v1"', title: "Example" });
      expect(await store.listFeeds()).toEqual([expect.objectContaining({ failures: 0, last_error: null, etag: '"v1"', title: "Example" })]);
      expect(await store.removeFeed("https://example.org/feed.xml")).toBe(true);
      expect(await store.removeFeed("https://example.org/feed.xml")).toBe(false);
      await store.close();
    });

    it("migrates an existing database without losing data", async () => {
      const store = await target.open();
      await store.putArticle(article("m1", TRAM));
      await store.migrate();
      expect(await store.getArticle("m1")).toBeDefined();
      await store.close();
    });
  });
}

for (const target of storeTargets()) {
  describe(`store contract: ${target.name} subscriptions`, () => {
    afterAll(() => target.cleanup());

    it("keeps one subscription per chat and topic: a new time replaces the old, unsubscribe ends it", async () => {
      const store = await target.open();
      const sub = { platform: "telegram", chatId: "42", topic: "all", localTime: "09:00", timezone: "Europe/London", createdBy: "7" };
      expect(await store.subscribe(sub)).toBe("created");
      expect(await store.subscribe({ ...sub, localTime: "18:00" })).toBe("updated");
      await store.subscribe({ ...sub, topic: "ukraine", localTime: "07:30", timezone: "Asia/Tokyo" });
      expect((await store.subscriptions("telegram", "42")).map((s) => [s.topic, s.localTime, s.timezone])).toEqual([["all", "18:00", "Europe/London"], ["ukraine", "07:30", "Asia/Tokyo"]]);
      expect(await store.subscriptions("discord", "42")).toEqual([]);
      expect(await store.unsubscribe("telegram", "42", "ukraine")).toBe(1);
      expect(await store.unsubscribe("telegram", "42", "all")).toBe(1);
      expect(await store.subscriptions("telegram", "42")).toEqual([]);
      expect(await store.subscribe(sub)).toBe("created");
      await store.close();
    });
  });
}
