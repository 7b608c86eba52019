import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Brief } from "../src/schema";
import { cli } from "./helpers/cli";

const seed = "briefs/articles/00-seed-uk-france-troops.txt";
const dir = mkdtempSync(join(tmpdir(), "briefbot-cli-"));

describe("briefbot CLI", () => {
  it("prints a readable brief of a text file", async () => {
    const r = await cli(["brief", seed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^What: {2}The United Kingdom and France have signed/m);
    expect(r.stdout).toMatch(/^When: {2}Tuesday = 2026-01-06$/m);
    expect(r.stdout).toMatch(/^Source: News\.Az, citing BBC/m);
  });

  it("prints the Brief JSON with --json, byte-identical on a second run", async () => {
    const a = await cli(["brief", seed, "--json"]);
    const b = await cli(["brief", seed, "--json"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(() => Brief.parse(JSON.parse(a.stdout))).not.toThrow();
  });

  it("takes the publication date from --date over the article's own", async () => {
    const r = await cli(["brief", seed, "--json", "--date", "2026-01-09"]);
    const b = JSON.parse(r.stdout);
    expect(b.source.published).toBe("2026-01-09");
    expect(b.when.date).toBe("2026-01-06");
  });

  it("explains a bad --date and how to write it", async () => {
    const r = await cli(["brief", seed, "--date", "7 Jan"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/use YYYY-MM-DD, e\.g\. --date 2026-01-07/);
  });

  it("names the problem with a missing, empty, binary or unsupported file", async () => {
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, "sheet.xlsx"), "x");
    expect((await cli(["brief", join(dir, "nope.txt")])).stderr).toMatch(/no such file/);
    expect((await cli(["brief", join(dir, "empty.txt")])).stderr).toMatch(/no text/);
    expect((await cli(["brief", join(dir, "image.txt")])).stderr).toMatch(/binary file/);
    expect((await cli(["brief", join(dir, "sheet.xlsx")])).stderr).toMatch(/unsupported file type/);
    expect((await cli(["brief", join(dir, "empty.txt")])).code).toBe(2);
  });

  it("reads news-crawler JSON and reports invalid JSON by name", async () => {
    writeFileSync(join(dir, "bad.json"), "{ not json");
    expect((await cli(["brief", join(dir, "bad.json")])).stderr).toMatch(/bad\.json: invalid JSON/);
    const ok = await cli(["brief", "briefs/articles/11-crawler-rail-strike.json", "--json"]);
    expect(JSON.parse(ok.stdout).source).toMatchObject({ publisher: "news.example.net", published: "2025-09-02" });
  });

  it("writes 5W predictions in the scorer's format, reporting bad lines by number", async () => {
    const articles = join(dir, "articles.jsonl");
    const seedText = readFileSync(seed, "utf8");
    writeFileSync(articles, [JSON.stringify({ id: "a1", text: seedText, date_publish: "2026-01-07 09:00:00" }), "{broken", JSON.stringify({ id: "a2", text: "" })].join("\n"));
    const r = await cli(["eval-5w", articles]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ id: "a1", when_dates: ["2026-01-06"], where: expect.arrayContaining(["Paris"]) });
    expect(lines[1]).toEqual({ id: "a2", who: [], what: [], where: [], when: [], when_dates: [] });
    expect(r.stderr).toMatch(/articles\.jsonl:2: invalid JSON/);
  });

  it("npm start opens the console chat on the bundled samples", async () => {
    const r = await cli(["start", "--db", `sqlite:${join(dir, "console.sqlite")}`], {}, "/brief harbour bridge\n/digest\n/quit\n");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Seeded the store with 14 sample articles/);
    expect(r.stdout).toMatch(/What: {2}Storm damage shuts Westhaven harbour bridge/);
    expect(r.stdout).toMatch(/Digest: 5 stories/);
    expect(r.stdout).toMatch(/Bye\.$/m);
  });
});

describe("briefbot CLI with a store", () => {
  const db = `sqlite:${join(dir, "cli.sqlite")}`;

  it("ingests files, lists them, and briefs the best match for a query", async () => {
    const ingest = await cli(["ingest", "briefs/articles", "--db", db]);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(/14 processed: 14 stored, 0 duplicate, 0 near-duplicate, 0 rejected; the store holds 14 articles/);
    expect((await cli(["ingest", "briefs/articles/00-seed-uk-france-troops.txt", "--db", db])).stdout).toMatch(/^duplicate/m);
    const list = await cli(["list", "--db", db, "--json", "--limit", "3"]);
    expect(JSON.parse(list.stdout)).toHaveLength(3);
    const q = await cli(["brief", "--query", "harbour bridge storm", "--db", db]);
    expect(q.stdout).toMatch(/^What: {2}Storm damage shuts Westhaven harbour bridge/m);
    expect((await cli(["brief", "--query", "zebra xylophone", "--db", db])).stderr).toMatch(/nothing stored matches/);
    expect((await cli(["digest", "--chat", "1", "--db", db])).stdout).toMatch(/^Digest for telegram chat 1: 5 stories/);
  });

  it("prepares and briefs a large import in a worker thread, as it does in one", async () => {
    // 220 distinct articles: past the size where a briefing import starts workers (by default one
    // on 2+ cores: the built worker beside the CLI).
    const items = Array.from({ length: 220 }, (_, i) => JSON.stringify({ id: `w${i}`, title: `Velmoran ferry update ${i}`, text: `The Velmoran harbour board said on Monday that ferry route ${i} will close for ${i % 9 + 2} weeks of repairs. Passengers were told to use route ${i + 1000} instead, officials said.` }));
    const file = join(dir, "many.jsonl");
    writeFileSync(file, items.join("\n"));
    const threaded = await cli(["ingest", file, "--brief", ...(availableParallelism() >= 2 ? [] : ["--workers", "1"]), "--db", `sqlite:${join(dir, "threaded.sqlite")}`]);
    const inline = await cli(["ingest", file, "--brief", "--workers", "0", "--db", `sqlite:${join(dir, "inline.sqlite")}`]);
    expect(threaded.code, threaded.stderr).toBe(0);
    expect(threaded.stdout).toMatch(/220 processed: \d+ stored/);
    expect(threaded.stdout).toBe(inline.stdout.replaceAll("inline.sqlite", "threaded.sqlite"));
  });

  it("manages feeds and refuses what is not a URL", async () => {
    expect((await cli(["feeds", "add", "http://127.0.0.1:9/feed.xml", "--db", db])).stdout).toMatch(/^added/);
    expect((await cli(["feeds", "add", "http://127.0.0.1:9/feed.xml", "--db", db])).stdout).toMatch(/^already there/);
    expect((await cli(["feeds", "list", "--db", db])).stdout).toContain("http://127.0.0.1:9/feed.xml");
    expect((await cli(["feeds", "add", "not a url", "--db", db])).stderr).toMatch(/not an http\(s\) URL/);
    expect((await cli(["feeds", "remove", "http://127.0.0.1:9/feed.xml", "--db", db])).stdout).toMatch(/^removed/);
  });

  it("names DATABASE_URL and hides its password when the database is wrong", async () => {
    const r = await cli(["list"], { DATABASE_URL: "mysql://bot:hunter2@127.0.0.1/x" });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/DATABASE_URL: unsupported database/);
    expect(r.stderr).not.toContain("hunter2");
    const pgDown = await cli(["list"], { DATABASE_URL: "postgres://bot:hunter2@127.0.0.1:1/x" });
    expect(pgDown.code).not.toBe(0);
    expect(pgDown.stderr).toMatch(/cannot open the store at postgres:\/\/bot:\*\*\*@127\.0\.0\.1:1/);
    expect(pgDown.stderr).not.toContain("hunter2");
  });
});
