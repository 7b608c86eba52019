// An article the brief engine fails on is stored without a brief and the fault is reported, so an
// import goes on and the operator hears of it.
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("../../src/brief/index", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/brief/index")>();
  const fault = { ok: false as const, rejection: { code: "engine_error" as const, message: "The brief engine failed on this article (TypeError: x is undefined); the article is kept, and this is a bug to report with it." } };
  return { ...real, brief: (a: Parameters<typeof real.brief>[0]) => (a.text.includes("FAULT") ? fault : real.brief(a)) };
});

const { briefRecord } = await import("../../src/ingest/brief-record");
type NewArticle = import("../../src/store/store").NewArticle;

const record = (id: string, text: string): NewArticle => ({ id, text, title: null, url: null, publisher: null, published: "2026-01-07", language: "eng", content_hash: "", minhash: "", source: "test" });

describe("an engine fault during an import", () => {
  afterEach(() => vi.restoreAllMocks());

  it("stores no brief for that article and reports it on stderr with the article's id", () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
    expect(briefRecord(record("a-faulty-one", "The council approved the plan on Monday. FAULT"))).toBeUndefined();
    expect(written.join("")).toContain("no brief for article a-faulty-one: The brief engine failed on this article (TypeError: x is undefined)");
  });

  it("says nothing for an article that briefs", () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
    expect(briefRecord(record("fine", "The council of Lakeport approved a new tram line on Monday after a long debate, its mayor said."))).toBeDefined();
    expect(written).toEqual([]);
  });
});
