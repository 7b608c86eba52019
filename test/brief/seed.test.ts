// The article briefbot was specified from (../shared/seeds), checked field by field against
// ../shared/seeds/000_b31d08b150d89150.expected.md.
import { describe, expect, it } from "vitest";
import { loadArticleFile } from "../../src/ingest/file";
import { brief } from "../../src/brief/index";
import { Brief } from "../../src/schema";

const path = new URL("../../briefs/articles/00-seed-uk-france-troops.txt", import.meta.url).pathname;
const loaded = await loadArticleFile(path);
if (!loaded.ok) throw new Error(loaded.error);
const result = brief(loaded.article);
if (!result.ok) throw new Error(result.rejection.message);
const b = result.brief;
const who = (name: string) => b.who.filter((w) => w.name === name);
const stance = (actor: string) => b.stance.filter((s) => s.actor === actor);

describe("seed article: UK and France sign a declaration on troops for Ukraine", () => {
  it("is a schema-valid brief with the publication date from the scraped dateline", () => {
    expect(() => Brief.parse(b)).not.toThrow();
    expect(b.source.published).toBe("2026-01-07");
  });

  it("says what happened in one short sentence, without the attribution", () => {
    expect(b.what.text).toMatch(/^The United Kingdom and France have signed a declaration of intent/);
    expect(b.what.text).toContain("deploy troops in Ukraine");
    expect(b.what.text).not.toContain("announced");
    expect(b.what.text.length).toBeLessThanOrEqual(200);
  });

  it("names the people once each, with their roles", () => {
    expect(who("Keir Starmer")).toEqual([expect.objectContaining({ kind: "person", role: "UK Prime Minister", mentions: 3 })]);
    expect(who("Emmanuel Macron")).toEqual([expect.objectContaining({ kind: "person", role: "French President" })]);
    expect(who("Steve Witkoff")[0]?.role).toMatch(/US negotiator/);
    expect(b.who.filter((w) => /Starmer/.test(w.name))).toHaveLength(1);
  });

  it("includes the countries and the coalition, but not the outlets", () => {
    const names = b.who.map((w) => w.name);
    for (const n of ["United Kingdom", "France", "Ukraine", "Russia", "US", "Coalition of the Willing"]) expect(names).toContain(n);
    expect(names.some((n) => /News\.Az|BBC/.test(n))).toBe(false);
  });

  it("puts the event in Paris and Ukraine, with the French capital and Kyiv resolved, not listed", () => {
    const places = b.where.map((w) => w.name);
    expect(places).toEqual(expect.arrayContaining(["Paris", "Ukraine"]));
    expect(places).not.toContain("Kyiv");
    expect(places.some((p) => /capital/i.test(p))).toBe(false);
    expect(b.where.find((w) => w.name === "Paris")?.country).toBe("France");
  });

  it("resolves Tuesday's talks against the publication date", () => {
    expect(b.when).toMatchObject({ date: "2026-01-06", text: "Tuesday", basis: "relative" });
  });

  it("gives each actor's stance with the quote", () => {
    expect(stance("Keir Starmer")[0]).toMatchObject({ position: "supports" });
    expect(stance("Keir Starmer")[0].quote).toContain("vital part of our commitment to stand with Ukraine");
    expect(stance("Emmanuel Macron")[0]).toMatchObject({ position: "supports" });
    expect(stance("Steve Witkoff")[0]).toMatchObject({ position: "supports" });
    expect(stance("Steve Witkoff")[0].quote).toContain("essential to a lasting peace");
    expect(stance("Russia")).toEqual([
      expect.objectContaining({ position: "opposes", verb: "warned", quote: "legitimate target" }),
      expect.objectContaining({ position: "no_comment", as: "Moscow" }),
    ]);
    expect(stance("United Kingdom")[0]?.position).toBe("supports");
    expect(stance("France")[0]?.position).toBe("supports");
  });

  it("credits the publisher and whom it cites", () => {
    expect(b.source).toMatchObject({ publisher: "News.Az", citing: ["BBC"] });
  });

  it("leaves no page furniture anywhere", () => {
    const json = JSON.stringify(b);
    expect(json).not.toContain("16 px");
    expect(json).not.toContain("↺");
  });

  it("points every evidence span at text that says it", () => {
    const cited = new Map(b.cited.map((c) => [c.sentence, c]));
    const textAt = (e: { sentence: number; start: number; end: number }) => {
      const s = cited.get(e.sentence)!;
      return s.text.slice(e.start - s.start, e.end - s.start);
    };
    expect(textAt(who("Keir Starmer")[0].evidence)).toBe("Keir Starmer");
    expect(textAt(b.when!.evidence!)).toBe("Tuesday");
    expect(textAt(stance("Steve Witkoff")[0].evidence)).toContain("essential to a lasting peace");
  });
});
