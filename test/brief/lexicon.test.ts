import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import wordListPath from "word-list";
import { gazetteer } from "../../src/brief/gazetteer";
import { lexicon, placeKey } from "../../src/brief/lexicon";
import { sortedWordHashes } from "../../src/brief/word-hash";

/** The full normalisation, without the plain-ASCII shortcut: what every key must equal. */
const slowKey = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[‐-‒–—-]+/g, " ").replace(/\s+/g, " ").trim();

describe("placeKey", () => {
  it("folds case, accents, dashes and spacing", () => {
    expect(placeKey("São Paulo")).toBe("sao paulo");
    expect(placeKey("Baden-Baden")).toBe("baden baden");
    expect(placeKey("  New   York ")).toBe("new york");
    expect(placeKey("Stoke–on–Trent")).toBe("stoke on trent");
    expect(placeKey("LONDON")).toBe("london");
  });

  it("agrees with the full normalisation on any text, the shortcut included", () => {
    const ascii = fc.string({ unit: fc.constantFrom(..." -abcXYZ.'\t\u00e9\u2013") });
    fc.assert(fc.property(ascii, (s) => placeKey(s) === slowKey(s)), { numRuns: 2000 });
  });
});

describe("gazetteer", () => {
  it("reads no English word as a country's native name ('Island' is not Iceland)", () => {
    expect(gazetteer.country("Island")).toBeUndefined();
    expect(gazetteer.country("Iceland")?.code).toBe("IS");
  });

  it("answers country, demonym and city questions from one entry", () => {
    expect(gazetteer.country("France")?.code).toBe("FR");
    expect(gazetteer.demonym("French")?.code).toBe("FR");
    expect(gazetteer.city("Paris")?.country).toBe("FR");
    expect(gazetteer.capitalOf("Paris")?.code).toBe("FR");
    for (const word of ["France", "French", "Paris"]) expect(gazetteer.isPlace(word)).toBe(true);
    expect(gazetteer.isPlace("Teapot")).toBe(false);
  });
});

describe("English words", () => {
  it("are the word-list package's words, as stored in data/english-words.u32 (npm run gazetteer)", () => {
    const words = readFileSync(wordListPath, "utf8").split("\n").filter(Boolean);
    const stored = readFileSync(new URL("../../src/brief/data/english-words.u32", import.meta.url));
    expect(Buffer.from(sortedWordHashes(words).buffer).equals(stored)).toBe(true);
    for (const w of ["harbour", "ferry", "strike", "the"]) expect(lexicon.isEnglishWord(w), w).toBe(true);
    for (const w of ["velmoran", "brandco", ""]) expect(lexicon.isEnglishWord(w), w).toBe(false);
  });
});
