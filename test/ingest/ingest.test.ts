import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestInputs } from "../../src/ingest/ingest";
import { type FeedPoll, pollFeeds } from "../../src/ingest/poll";
import { rss, serve } from "../helpers/http";
import { storeTargets } from "../helpers/stores";

const DEV = new URL("../../../shared/eval/5w-dev/articles.jsonl", import.meta.url).pathname;
const dev = existsSync(DEV) ? readFileSync(DEV, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)) : [];
const dir = mkdtempSync(join(tmpdir(), "briefbot-ingest-"));

/** A few words changed: the same story as syndicated by another site. */
function syndicate(text: string): string {
  return text.replace(/\bsaid\b/, "told reporters").replace(/\bon\b/, "upon").replace(/\bThe\b/, "This").replace(/\band\b/, "as well as");
}

describe.skipIf(!dev.length)("ingestion", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  const items = dev.slice(0, 15).map((a, i) => ({ title: a.title, link: `http://127.0.0.1/story/${i}`, text: a.text, date: "2016-11-09" }));
  const copies = items.slice(0, 5).map((it, i) => ({ ...it, link: `http://127.0.0.1/syndicated/${i}`, title: `${it.title} (syndicated)`, text: syndicate(it.text) }));
  const feedXml = rss("Test Wire", [...items, ...copies]);

  beforeAll(async () => {
    server = await serve({
      "/feed.xml": (req, res) => {
        if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
        res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' }).end(feedXml);
      },
      "/small.xml": (_req, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss("Small", [{ title: "Ferry service resumes", link: "http://127.0.0.1/ferry", text: "The harbour ferry resumed service on Monday after repairs to its engine were completed ahead of schedule, the operator said.", date: "2025-05-05" }])),
      "/slow.xml": () => {},
      "/error.xml": (_req, res) => res.writeHead(500).end("boom"),
      "/huge.xml": (_req, res) => {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        const chunk = Buffer.alloc(1024 * 1024, "a");
        let sent = 0;
        const push = () => {
          while (sent < 50 && res.write(chunk)) sent++;
          if (sent < 50) res.once("drain", push);
          else res.end();
        };
        res.on("error", () => {});
        push();
      },
      "/not-xml.xml": (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("this is not a feed at all"),
      "/page.html": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(`<html><head><title>Museum reopens</title><meta property="article:published_time" content="2025-05-03T10:00:00Z"></head><body><nav>Home News</nav><article><h1>Museum reopens</h1><p>The city museum reopened on Saturday after a two-year renovation, its director said.</p><p>Thousands of visitors queued outside before the doors opened at ten.</p><script>track()</script></article></body></html>`),
    });
  });
  afterAll(() => server?.close());

  for (const target of storeTargets()) {
    describe(target.name, () => {
      afterAll(() => target.cleanup());

      it("stores the 58 dev articles once, however often and in whatever form they arrive", async () => {
        const store = await target.open();
        const txt = join(dir, `txt-${target.name}`);
        mkdirSync(join(txt, "nested"), { recursive: true });
        dev.forEach((a, i) => writeFileSync(join(txt, i % 2 ? "nested" : "", `${i}.txt`), a.text));
        const first = await ingestInputs(store, [DEV]);
        const again = await ingestInputs(store, [DEV]);
        const folder = await ingestInputs(store, [txt]);
        expect(first.filter((o) => o.status === "stored")).toHaveLength(58);
        expect(again.every((o) => o.status === "duplicate")).toBe(true);
        expect(folder).toHaveLength(58);
        expect(folder.every((o) => o.status === "duplicate" && o.reason === "same content")).toBe(true);
        expect((await store.counts()).articles).toBe(58);
        await store.close();
      });

      it("polls feeds: 20 items with 5 syndicated copies are 15 stories; broken feeds fail alone", async () => {
        const store = await target.open();
        for (const path of ["/feed.xml", "/slow.xml", "/error.xml", "/huge.xml", "/not-xml.xml", "/small.xml"]) await store.addFeed(server.url(path));
        const polls = await pollFeeds(store, { timeoutMs: 1500, maxBytes: 5 * 1024 * 1024 });
        const by: Record<string, FeedPoll> = Object.fromEntries(polls.map((p) => [p.url.split("/").pop()!, p]));
        expect(by["feed.xml"].status).toBe("ok");
        expect(by["feed.xml"].outcomes.filter((o) => o.status === "stored")).toHaveLength(15);
        expect(by["feed.xml"].outcomes.filter((o) => o.status === "near-duplicate")).toHaveLength(5);
        expect(by["small.xml"].outcomes).toEqual([expect.objectContaining({ status: "stored" })]);
        expect(by["slow.xml"]).toMatchObject({ status: "error", error: expect.stringMatching(/timed out/) });
        expect(by["error.xml"]).toMatchObject({ status: "error", error: "HTTP 500 Internal Server Error" });
        expect(by["huge.xml"]).toMatchObject({ status: "error", error: expect.stringMatching(/too large/) });
        expect(by["not-xml.xml"]).toMatchObject({ status: "error", error: expect.stringMatching(/not an RSS or Atom feed/) });
        expect(await store.counts()).toEqual({ articles: 21, stories: 16 });
        const feeds = Object.fromEntries((await store.listFeeds()).map((f) => [f.url.split("/").pop(), f]));
        expect(feeds["error.xml"]).toMatchObject({ failures: 1, last_error: "HTTP 500 Internal Server Error" });
        expect(feeds["feed.xml"]).toMatchObject({ failures: 0, etag: '"v1"', title: "Test Wire" });

        // A second poll: the good feed answers 304 to its ETag, failing feeds back off.
        const second = await pollFeeds(store, { timeoutMs: 1500 });
        const again: Record<string, FeedPoll> = Object.fromEntries(second.map((p) => [p.url.split("/").pop()!, p]));
        expect(again["feed.xml"].status).toBe("not-modified");
        expect(again["error.xml"].status).toBe("backing-off");
        await store.close();
      }, 60_000);

      it("reports bad files by name and line and stores the valid rest", async () => {
        const store = await target.open();
        const bad = join(dir, `bad-${target.name}`);
        mkdirSync(bad, { recursive: true });
        writeFileSync(join(bad, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
        writeFileSync(join(bad, "empty.txt"), "");
        const lines = dev.slice(20, 30).map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text }));
        lines[6] = "{ this is line 7 and it is not json";
        writeFileSync(join(bad, "batch.jsonl"), lines.join("\n"));
        const out = await ingestInputs(store, [bad, join(dir, "missing.txt")]);
        const rejected = out.filter((o) => o.status === "rejected").map((o) => `${o.source.replace(bad, "")}: ${o.reason}`);
        expect(rejected).toEqual([
          expect.stringMatching(/^\/batch\.jsonl:7: invalid JSON/),
          expect.stringMatching(/^\/empty\.txt: .*no text/),
          expect.stringMatching(/^\/image\.txt: binary file/),
          expect.stringMatching(/missing\.txt: no such file or folder/),
        ]);
        expect(out.filter((o) => o.status === "stored")).toHaveLength(9);
        await store.close();
      });

      it("ingests an article page over HTTP with its readable text", async () => {
        const store = await target.open();
        const [o] = await ingestInputs(store, [server.url("/page.html")]);
        expect(o).toMatchObject({ status: "stored", title: "Museum reopens" });
        const a = await store.getArticle(o.id!);
        expect(a?.text).toContain("reopened on Saturday");
        expect(a?.text).not.toMatch(/track\(\)|Home News/);
        expect(a?.published).toBe("2025-05-03");
        await store.close();
      });
    });
  }
});
