import { existsSync, readFileSync } from "node:fs";
import { franc } from "franc-min";
import { describe, expect, it } from "vitest";
import { detectLanguage, looksEnglish } from "../../src/ingest/language";

const DEV = new URL("../../../shared/eval/5w-dev/articles.jsonl", import.meta.url).pathname;
const devSamples = !existsSync(DEV) ? [] : readFileSync(DEV, "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text.slice(0, 600));
/** News-style paragraphs written for this test; one German article quotes a line of English. */
const others = Object.entries(JSON.parse(readFileSync(new URL("../fixtures/other-languages.json", import.meta.url), "utf8")) as Record<string, string>).map(([name, text]) => [name, text.slice(0, 600)] as const);

const francSays = (sample: string) => franc(sample, { minLength: 20 });

describe("detectLanguage", () => {
  it("gives franc's answer on English news and on other languages", () => {
    for (const sample of devSamples) expect(detectLanguage(sample)).toBe(francSays(sample));
    for (const [name, sample] of others) expect(detectLanguage(sample), name).toBe(francSays(sample));
  });

  it("never takes the English shortcut for another language, even one quoting English", () => {
    for (const [name, sample] of others) expect(looksEnglish(sample), name).toBe(false);
  });

  it("recognises English leads thin on 'the' without franc", () => {
    // Names, numbers and titles crowd out articles: 2 "the" in 86 words.
    const lead =
      "Mayor Ana Ruiz said on Monday she would ask Velmoran council for 40 new buses by March, after a year in which fares rose twice and two of every five services ran late. Her office said a vote could come within weeks. Opposition leader Tomas Brandt called it a stunt, and said riders had heard such promises before. Ruiz told reporters that funding was already in place and that drivers would be hired from April, with the first routes to open in the summer.";
    expect(francSays(lead)).toBe("eng");
    expect(looksEnglish(lead)).toBe(true);
  });

  it.skipIf(!devSamples.length)("lets most English news leads skip franc (what makes ingest cheap)", () => {
    expect(devSamples.filter(looksEnglish).length).toBeGreaterThan(devSamples.length * 0.9);
  });
});
