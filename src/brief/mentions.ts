/**
 * Name mentions: maximal runs of capitalised words ("Interior Minister Dame Ada Lovell",
 * "Bank of England", "Sidi-bel-Abbes") with the role words around a name split off by roles.ts
 * ("Top US envoy" + "Sam Ortega"); what the words around each name say of it comes from
 * mention-context.ts. Classification and coreference happen in entities.ts.
 */
import { isUpperChar, keepsCaseWhenLowered, opensUpper } from "./letter-case";
import { gazetteer, isMajorCity } from "./gazetteer";
import { isListedOutlet, isMediaWord, isNewsOutlet, lexicon } from "./lexicon";
import { abbreviatedRegion, describesGroup, describesPeople, describesPerson, entourageAfter, isAgent, isLocative, isReference, isResidence, isNamedAsOutlet, isSeat, isStaff, isToldTo, namedAsSettlement, qualifiesSettlement, regionAt, stateVoiceAfter } from "./mention-context";
import { joinTokens, type Token } from "./nlp";
import { appositiveRole, isCityCountryOrSeat, isCompanyTrade, isTitleWord, leadingRole, opensPlaceName, roleBefore, roleBeforeComma, roleCountry } from "./roles";
import type { Doc, Sentence } from "./sentences";

export interface Mention {
  sentence: number;
  /** Character span of the name itself (role words excluded). */
  start: number;
  end: number;
  /** Token positions in the sentence, inclusive. */
  first: number;
  last: number;
  /** Name words, all-caps words re-cased ("HILLARY" → "Hillary"). */
  words: string[];
  /** Role words before the name ("UK Prime Minister"), when they include a title. */
  role?: string;
  /** Country codes named or implied in the role ("French President" → FR). */
  roleCountries: string[];
  honorific: boolean;
  /** Subject of a verb or agent of a passive ("made by Ottawa"). */
  agent: boolean;
  /** Object of a place preposition ("in Paris", "outside the tower"). */
  locative: boolean;
  /** Qualifies the common noun after it ("the Ortiz administration", "Lakeport residents"). */
  modifier: boolean;
  /** Names the area the noun after it is ("the Lakeport region", "Velmora province"). */
  areaName: boolean;
  /** The country code of the state, province or country named after it and a comma ("Orrin Falls, Wisconsin"). */
  regionAfter: string | undefined;
  /** A landmark a distance is measured from ("50 miles south of San Antonio") or a body's home ("Lakeport-based"): named to locate something else. */
  reference: boolean;
  /** Introduced as a settlement ("the village of X", "X, a town of 4,000 people"). */
  settlement: boolean;
  /** The other party of a relation ("talks with Beijing", "sanctions against Moscow"): a capital there is its government. */
  counterpart: boolean;
  /** Described as a person between commas after it: an age or a person noun ("Anwara Begum, 45,", "…, a villager,"). */
  describedAsPerson: boolean;
  /** Described as a company or a body between commas after it ("Red Mesa Freight, a trucking company based in …"). */
  describedAsGroup: boolean;
  /** Qualifies a people noun ("Lakeport residents", "Black voters"): describes them, does not act; not
   * one who speaks for it ("Brandco spokesman"). */
  describesPeople: boolean;
  /** Told something, cited or named with its kind ("told the Standard", "according to Reuters", "the newspaper Le Matin"): a news outlet. */
  toldTo: boolean;
  /** Introduced by the kind of outlet it is ("Local newspaper Mokolo said"): an outlet, whatever its words. */
  outletNamed: boolean;
  /** The publication's own staff ("Our reporter in Lakeport, Ellie Varga, says"): a source, no actor. */
  staff: boolean;
  /** Where something was written or said ("wrote on Facebook", "posted on X"): a medium, no actor. */
  medium: boolean;
  /** Followed by a lower-case word for a body ("the Save Ashgill Valley campaign", "the Lakeport council"). */
  namesBody: boolean;
  /** A company's trade is written just before the name ("the retailer Hartley Brown"). */
  tradeBefore: boolean;
  /** Named as where someone or something belongs ("born in Lakeport", "headquartered in Chicago"), not where the event is. */
  seat: boolean;
  /** Starts its sentence or clause, where every word is capitalised anyway. */
  initial: boolean;
  /** Preceded by "the": names an organisation, team or place, never a person ("the Hawks"). */
  determined: boolean;
  /** Could name a place: not possessive ("in Mendez's victory"), not an adjective ("in the Democratic …"). */
  placeLike: boolean;
  /** Set when the mention stands for something else ("Beijing" standing for Russia). */
  via?: string;
  /** After a demonym, the state body it qualifies when that body acts ("German [foreign ministry] said"). */
  stateVoice?: string;
  /** After a name, the group named after the person when the group acts ("the Ortiz [campaign] said"). */
  entourage?: string;
  /** The short form defined in brackets right after the name ("National Disaster Mitigation Agency (BNPB)"). */
  alias?: string;
  /**
   * A single name introduced as what someone is called: after a description of a person ("The
   * 23-year-old, known as Guto,": "described") or right after their name ("Ana Ruiz, known as Nana,": "named").
   */
  nickname: "described" | "named" | undefined;
}

/**
 * "The 23-year-old, known as Guto", "Ana Ruiz, nicknamed 'Nana'": what a person is called, right
 * before the name, and whether a description of a person or a name stands before that.
 */
function calledBefore(toks: Token[], first: number): "described" | "named" | undefined {
  let k = first - 1;
  if (OPENING_QUOTES.has(toks[k]?.text ?? "")) k--;
  const word = toks[k]?.lower;
  if (word === "as" && /^(?:known|called)$/.test(toks[k - 1]?.lower ?? "")) k--;
  else if (word !== "nicknamed" && word !== "dubbed") return undefined;
  const at = toks[k - 1]?.text === "," ? k - 2 : k - 1;
  const before = toks[at];
  if (!before) return undefined;
  if (before.pos === "PROPN") return "named";
  // ("23-year-old" is read as five tokens.)
  const aged = before.lower === "old" && toks[at - 2]?.lower === "year";
  return aged || /year-old$/.test(before.lower) || lexicon.humanNouns.has(before.lower) || isTitleWord(before.lower) ? "described" : undefined;
}

/** Verbs whose object is a party one presses or blames ("urged Canberra to act", "accused Moscow"): a capital there is its government. */
const PRESSURE_VERBS = new Set(["urged", "urges", "urging", "pressed", "presses", "accused", "accuses", "blamed", "blames", "criticised", "criticized", "criticises", "criticizes", "warned", "warns", "condemned", "condemns", "thanked", "thanks", "praised", "praises", "sanctioned", "invited", "asked", "asks", "told", "tells"]);

const DATE_WORDS = /^(today|tonight|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;
/** Time zones written after clock times ("18:40 GMT"), as the IANA tz database abbreviates them: no names. */
const TIME_ZONES = /^(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|AEST|AEDT|ACST|AWST|NZST|NZDT|JST|KST|HKT|SGT)$/;
/** US zones as news writes them short ("8:10 p.m. ET"), which are also names' initials ("ET Bureau"). */
const SHORT_US_ZONES = /^(?:ET|CT|MT|PT)$/;
/** A clock time's last token ("p.m.", "10:40", "8pm"). */
const CLOCK_TIME = /^(?:a\.m\.|p\.m\.|am|pm|\d{1,2}(?:[:.]\d\d)?(?:am|pm)?)$/i;
/** Counting words that head "… of …" ("Tens of thousands", "Dozens of others"). */
const COUNTS = new Set(["tens", "dozens", "hundreds", "thousands", "millions", "scores"]);
/** Particles that open or sit inside surnames ("von der Leyen", "de Sa", "bin Salman", "del Toro"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(["von", "van", "de", "des", "der", "den", "da", "di", "do", "dos", "das", "du", "del", "della", "la", "le", "bin", "binti", "al", "el"]);
/** Lower-case words a name runs on through ("Bank of England", "Guillermo del Toro"). */
const CONNECTORS = new Set(["of", "for", "&", ...SURNAME_PARTICLES]);
const FUNCTION_POS = new Set(["PRON", "DET", "CCONJ", "SCONJ", "ADP", "AUX", "PART", "PUNCT", "NUM", "SYM", "SPACE"]);
/** "Earth-sized", "Soviet-style": the name is a yardstick for a thing, no one in the story. */
const LIKENESS_SUFFIXES = new Set(["sized", "size", "class", "style", "like", "type", "shaped", "esque"]);
/** Nouns after which a name is an area's: "the Lakeport region", "Velmora province", "Lakeport county". */
const AREA_NOUNS = new Set(["region", "province", "county", "district", "village", "town", "city", "municipality", "prefecture", "oblast", "governorate", "island", "peninsula"]);
/** Stock exchanges, whose ticker after a colon names the company before it ("(NASDAQ: KSTB)"). */
export const STOCK_EXCHANGES = /^(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|AMEX|OTC|NSE|BSE|HKEX|SGX|FTSE)$/;

const isAcronym = (t: string) => /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,3}$/.test(t);
const isAllCapsWord = (t: string) => /^[A-Z][A-Z'-]{4,}$/.test(t);

/** What the whole document tells about words: which appear lower-case, which title-cased mid-sentence. */
export interface WordStats {
  lowerSeen: Set<string>;
  capSeenMidSentence: Set<string>;
  titleCaseTitle: boolean;
  /** The body is set in capitals ("POLICE SAID THE ROAD WILL REOPEN"): capitals mark no names. */
  shouting: boolean;
  /**
   * "Brandco said … Brandco is … Brandco's shares fell": words that open sentences as their subject
   * again and again, are never written in lower case and are no plural, stop word or people noun.
   * They name whoever acts, though they are also English words ("lantern", "tesla").
   */
  repeatedSubjects: Set<string>;
}

/** Share of a body's words written wholly in capitals above which the body is set in capitals. */
const SHOUTING_SHARE = 0.6;
/** Fewer words than this cannot tell a text set in capitals from one full of acronyms. */
const SHOUTING_MIN_WORDS = 20;
const LETTER_WORD = /^[A-Za-z][A-Za-z'-]+$/;
const NO_LOWER_CASE = /^[^a-z]+$/;

/**
 * Whether token k opens a clause, so that the next capital letter starts a sentence: a colon or
 * a dash, or a quotation mark at the start, after a colon or a comma ('said: "Closing …').
 */
function opensClause(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.pos !== "PUNCT") return false;
  if (t.text === ":" || t.text === "—" || t.text === "–") return true;
  if (!/^["'(]$/.test(t.text)) return false;
  const prev = tokens[k - 1];
  return !prev || /^[:,;"'(]$/.test(prev.text) || prev.pos === "VERB";
}

export function wordStats(doc: Doc): WordStats {
  const lowerSeen = new Set<string>();
  const capSeenMidSentence = new Set<string>();
  const initialSubjects = new Map<string, number>();
  let words = 0;
  let capitalWords = 0;
  for (const s of doc.sentences) {
    if (s.isTitle) continue;
    let initial = true;
    for (let k = 0; k < s.tokens.length; k++) {
      const t = s.tokens[k];
      const c = t.text[0];
      if (!c) continue;
      if (LETTER_WORD.test(t.text)) {
        words++;
        if (NO_LOWER_CASE.test(t.text)) capitalWords++;
      }
      if (opensClause(s.tokens, k)) { initial = true; continue; }
      if (keepsCaseWhenLowered(c)) lowerSeen.add(t.lower);
      // ("A VAN driver who …": a tabloid's opening word in capitals is the common word, seen as such.)
      else if (k === 1 && isTabloidOpener(s.tokens, k)) lowerSeen.add(t.lower);
      else if (!initial && !isAllCapsWord(t.text)) capSeenMidSentence.add(t.text);
      else if (initial && opensAsSubject(s.tokens, k)) initialSubjects.set(t.text, (initialSubjects.get(t.text) ?? 0) + 1);
      initial = false;
    }
  }
  const title = doc.sentences.find((s) => s.isTitle);
  const titleWords = title ? title.tokens.filter((t) => /^[A-Za-z]{4,}/.test(t.text)) : [];
  const capped = titleWords.filter((t) => isUpperChar(t.text[0])).length;
  const shouting = words >= SHOUTING_MIN_WORDS && capitalWords / words > SHOUTING_SHARE;
  const repeatedSubjects = new Set<string>();
  for (const [word, count] of initialSubjects) {
    const lower = word.toLowerCase();
    if (count >= 2 && !lowerSeen.has(lower) && !lower.endsWith("s") && !lexicon.stopwords.has(lower) && !lexicon.humanNouns.has(lower) && !lexicon.orgHeads.has(lower)) repeatedSubjects.add(word);
  }
  return { lowerSeen, capSeenMidSentence, titleCaseTitle: titleWords.length >= 3 && capped / titleWords.length > 0.7, shouting, repeatedSubjects };
}

/** A word opening a sentence as its subject: a verb or a possessive follows ("Brandco said", "Brandco's"). */
function opensAsSubject(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return !!next && (next.pos === "VERB" || next.pos === "AUX" || next.text === "'s");
}

function inGazetteer(word: string): boolean {
  return gazetteer.isPlace(word) || gazetteer.firstNames.has(word) || lexicon.honorifics.has(word.toLowerCase().replace(/\.$/, ""));
}

/**
 * In a text set in capitals, "SAID", "DEAL" and "HOPE" look like acronyms and names: a word there
 * counts if it is no English word ("QUINTERO"), a country, demonym, capital or honorific ("CHAD",
 * "ROME", "SIR"), or follows a first name that is neither a word nor a place ("MARISOL BAKER", not
 * "WILL BROWN" or "SYDNEY WOULD"). Other towns named like words ("DEAL", "NICE") are left out.
 */
function vouchedInCapitals(t: Token, before: Token | undefined): boolean {
  const word = t.lower.replace(/\.$/, "");
  const capitalised = t.text[0] + word.slice(1);
  if (!lexicon.isEnglishWord(word) || gazetteer.country(capitalised) || gazetteer.demonym(capitalised) || gazetteer.capitalOf(capitalised) || lexicon.honorifics.has(word)) return true;
  if (!before || t.stop) return false;
  const given = before.text[0] + before.lower.slice(1);
  return gazetteer.firstNames.has(given) && !lexicon.isEnglishWord(before.lower) && !gazetteer.isPlace(given);
}

/**
 * "Jan Wolski", "April Castellanos": a month's name that is also a first name, right before a
 * capitalised word no English dictionary holds, opens a person's name ("Jan 5" and "April showers" do not).
 */
function givenNameBeforeSurname(t: Token, next: Token | undefined): boolean {
  return gazetteer.firstNames.has(t.text) && !!next && next.spaced && next.pos === "PROPN" && isUpperChar(next.text[0] ?? "") && !DATE_WORDS.test(next.text) && /^\p{L}+$/u.test(next.text) && !lexicon.isEnglishWord(next.lower);
}

function recase(word: string): string {
  return isAllCapsWord(word) ? word[0] + word.slice(1).toLowerCase() : word;
}

/** The rank a word abbreviates ("Insp", "Lt."), spelt out. */
function rankOf(word: Token): string | undefined {
  return lexicon.rankAbbreviations.get(word.lower.replace(/\.$/, ""));
}

/** "A MAN has been charged", "A VAN driver who …": an English word in capitals after an article opening the sentence. */
function isTabloidOpener(toks: Token[], k: number): boolean {
  return /^(?:A|AN|THE)$/.test(toks[k - 1]?.text ?? "") && /^[A-Z]{2,}$/.test(toks[k].text) && lexicon.isEnglishWord(toks[k].lower);
}

/** An English word of four letters or more in capitals, with lower-case words on both sides. */
function isStressed(toks: Token[], k: number): boolean {
  const lowerWord = (t: Token | undefined) => !!t && /^[a-z]/.test(t.text);
  return /^[A-Z]{4,}$/.test(toks[k].text) && lowerWord(toks[k - 1]) && lowerWord(toks[k + 1]) && lexicon.isEnglishWord(toks[k].lower);
}

/** What a social platform holds of someone's: "his Instagram page", "the club's Twitter account". */
const PLATFORM_PARTS = new Set(["page", "account", "accounts", "post", "posts", "feed", "profile", "video", "videos", "live", "story", "stories", "status", "channel", "handle"]);

/**
 * "a statement on his official Facebook page", "took to Twitter", "filmed for TikTok": a social platform
 * named as where words were posted is the medium, not an actor.
 */
function platformAsMedium(toks: Token[], nameToks: Token[], first: number, last: number): boolean {
  if (nameToks.length !== 1 || !lexicon.socialPlatforms.has(nameToks[0].lower)) return false;
  if (PLATFORM_PARTS.has(toks[last + 1]?.lower ?? "")) return true;
  let k = first - 1;
  while (k >= 0 && (toks[k].pos === "PRON" || toks[k].pos === "DET" || toks[k].pos === "ADJ" || toks[k].text === "'s")) k--;
  return /^(?:on|to|via|for)$/.test(toks[k]?.lower ?? "");
}

/** Words a wildfire's name comes before, in lower case: "the Sulphur fire", "the Ridge blaze". */
const FIRE_NOUNS = new Set(["fire", "wildfire", "blaze", "bushfire"]);

/** A word shaped like a region's or a people's adjective: "Hebridean", "Tuscan", "Andalusian", "Balinese". */
const REGIONAL_ADJECTIVE = /^\p{Lu}\p{Ll}{2,}(?:ean|ian|an|ese|ish)$/u;

/** A place noun in lower case ("island", "village", "coast", "countryside"). */
function isPlaceNoun(t: Token | undefined): boolean {
  return !!t && t.text === t.lower && (lexicon.placeHeads.has(t.lower) || t.lower === "countryside" || t.lower === "coastline" || t.lower === "waters");
}

/** Nouns of an armed act, which a name before them carries out ("a Korvath attack"). */
const ATTACK_NOUNS = new Set(["attack", "attacks", "bombing", "bombings", "raid", "raids", "ambush", "assault", "offensive", "airstrike", "airstrikes", "onslaught", "insurgency"]);

/** "killed in a Korvath attack": the name before an armed act, unless a place, is who carried it out, not where. */
function isAttacker(toks: Token[], nameToks: Token[], last: number): boolean {
  return ATTACK_NOUNS.has(toks[last + 1]?.lower ?? "") && !gazetteer.isPlace(joinTokens(nameToks));
}

const OPENING_QUOTES = new Set(["'", '"', "‘", "“"]);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(["'", '"', "’", "”"]);

/**
 * Capitalised words that read as a slogan or a title: common words, at least one no name uses
 * ("Love Beats Fear"), and no head of a body's or a place's name ("Islamic State", "Coalition of the Willing").
 */
function isSlogan(words: Token[]): boolean {
  if (words.some((w) => lexicon.orgHeads.has(w.lower) || lexicon.placeHeads.has(w.lower) || isMediaWord(w.lower))) return false;
  return words.some((w) => lexicon.isEnglishWord(w.lower) && !w.stop && !gazetteer.firstNames.has(w.text) && !gazetteer.isPlace(w.text) && !isTitleWord(w.lower));
}

/** Numbers written as capitalised words, as names hold them ("Channel Four", "Air Force One"). */
const NUMBER_WORDS = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$/;

/** A saint's title as names of churches, hospitals and parishes open with it. */
const SAINT = /^(?:St\.?|Saint)$/;

/** Areas named for a person in the possessive ("Prince George's County"). */
const ADMINISTRATIVE_AREAS = new Set(["county", "parish"]);

/**
 * "Prince George's County", "St. Aldric's Hospital": a place or body named for someone, whose title
 * ("Prince", "St.") is part of the name.
 */
function namedForSomeone(words: Token[]): boolean {
  if (words.length < 4 || !/^['’]s$/.test(words.at(-2)!.text)) return false;
  return ADMINISTRATIVE_AREAS.has(words.at(-1)!.lower) || (SAINT.test(words[0].text) && words.length === 4);
}

/** Where a body's or place's head word ends capitalised words from `from` on, within three ("Health Center"); -1 if none does. */
function headAhead(toks: Token[], from: number): number {
  for (let j = from; j < from + 3 && toks[j] && isUpperChar(toks[j].text[0] ?? "") && toks[j].spaced; j++) {
    if (lexicon.orgHeads.has(toks[j].lower) || lexicon.placeHeads.has(toks[j].lower) || lexicon.eventHeads.has(toks[j].lower)) return j;
  }
  return -1;
}

/** Whether a person's name ends right before token k: capitalised words opened by a first name or after an honorific or title. */
function personBefore(toks: Token[], k: number): boolean {
  let j = k - 1;
  if (!toks[j] || !opensUpper(toks[j].text)) return false;
  while (j > 0 && opensUpper(toks[j - 1].text) && toks[j - 1].pos === "PROPN") j--;
  const honoured = (t: Token | undefined) => !!t && (lexicon.honorifics.has(t.lower.replace(/\.$/, "")) || isTitleWord(t.lower));
  return j < k - 1 && (gazetteer.firstNames.has(toks[j].text) || honoured(toks[j]) || honoured(toks[j - 1]));
}

/** Currency abbreviations written before an amount, alone or glued to it ("Rs", "HK", "US90", "Dh3"). */
const CURRENCY_PREFIX = /^(?:Rs\.?|INR|Dhs?|AED|SAR|QAR|HK|NZ|A|C|S|US|R|RM|Rp|Tk|Sh|KSh)\$?(?:\d[\d.,]*)?$/;

/** Whether token k is part of a listing's code in brackets ("(HLV.L)", "(7203.T)"). */
function listingCode(toks: Token[], k: number): boolean {
  const at = toks[k - 1]?.text === "(" ? k : toks[k - 3]?.text === "(" && toks[k - 1]?.text === "." ? k - 2 : -1;
  if (at < 0) return false;
  const [code, dot, market, close] = [toks[at], toks[at + 1], toks[at + 2], toks[at + 3]];
  return /^[A-Z0-9]{1,5}$/.test(code.text) && dot?.text === "." && !dot.spaced && !!market && !market.spaced && /^[A-Z]{1,2}$/.test(market.text) && close?.text === ")";
}

/** Whether token k is a letter of a caption's "L-R" ("left to right") or "R-L". */
function leftToRight(toks: Token[], k: number): boolean {
  const letter = (j: number) => toks[j]?.text === "L" || toks[j]?.text === "R";
  const glued = (j: number) => toks[j]?.text === "-" && !toks[j].spaced && !toks[j + 1]?.spaced;
  return letter(k) && ((glued(k + 1) && letter(k + 2)) || (glued(k - 1) && letter(k - 2)));
}

/**
 * "Mar del Plata", "Vina del Mar": a month's or weekday's short form with no day number beside it
 * ("Mar 3", "3 Mar"), no full stop and no date after it ("Tue, March 22") is a word of a name; the
 * full forms are always dates.
 */
function undatedShortForm(toks: Token[], k: number): boolean {
  const t = toks[k];
  return t.text.length <= 4 && !t.text.endsWith(".") && !SPELT_DATE_WORDS.has(t.lower) && toks[k + 1]?.pos !== "NUM" && toks[k - 1]?.pos !== "NUM" && !/^[.,]$/.test(toks[k + 1]?.text ?? "") && !DATE_WORDS.test(toks[k + 1]?.text ?? "");
}
/** Date words of four letters or fewer written in full ("June", "May"), not short forms. */
const SPELT_DATE_WORDS = new Set(["may", "june", "july"]);

/** The temperature scales, named after people. */
const TEMPERATURE_SCALES = /^(?:Celsius|Fahrenheit|Centigrade|Kelvin)$/;

/** Offices a portfolio's word opens ("Housing Secretary", "Health Minister"). */
const OFFICES = new Set(["secretary", "minister", "commissioner", "spokesman", "spokeswoman", "spokesperson"]);

/** Words that open the object of an -ing form ("Reading an e-book"), never a name's next word. */
const GERUND_OBJECT_OPENERS = new Set(["a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your"]);

function isNameWord(t: Token, k: number, s: Sentence, stats: WordStats, sentenceInitial: boolean): boolean {
  const c = t.text[0];
  // "eNCA": a listed outlet may open in lower case, and must still be seen to be cited, not read as prose.
  if (c && !isUpperChar(c)) return /^\p{Ll}\p{Lu}/u.test(t.text) && isListedOutlet(t.text);
  if (!c || t.text === "I") return false;
  // "USA TODAY": a word that ends a listed outlet's name is part of it, whatever else it could be.
  if (k > 0 && isUpperChar(s.tokens[k - 1].text[0] ?? "") && isListedOutlet(`${s.tokens[k - 1].text} ${t.text}`)) return true;
  if (DATE_WORDS.test(t.text) && !givenNameBeforeSurname(t, s.tokens[k + 1]) && !undatedShortForm(s.tokens, k)) return false;
  // "(R-Wis.)": party and state, not a name; "(L-R)" in a caption: left to right.
  if (/^[RDI]-[A-Z][a-z]{1,4}\.?$/.test(t.text) || leftToRight(s.tokens, k)) return false;
  // "(HLV.L)": a listing's code at an exchange names the company before it.
  if (listingCode(s.tokens, k)) return false;
  // "Rs 500 crore", "HK$2 billion", "$US90 million", "Dh3.4 billion": a currency, not a name.
  if (CURRENCY_PREFIX.test(t.text) && (s.tokens[k + 1]?.pos === "NUM" || s.tokens[k + 1]?.text === "$" || /\d/.test(t.text))) return false;
  if (TIME_ZONES.test(t.text)) return false;
  // "OMR20", "USD5bn", "MH17": letters glued to a number write an amount or a code, no name.
  if (/^[A-Z]{2,4}\d[\d.,]*(?:bn|m|k)?$/.test(t.text)) return false;
  // "UN-brokered" read as one token: the name modifies a noun, like "US-led" read as three.
  const suffix = /-(\p{Ll}+)$/u.exec(t.text)?.[1];
  if (suffix && COMPOUND_SUFFIXES.has(suffix)) return false;
  // "35 Celsius (95 Fahrenheit)", "40 degrees Celsius": a scale after a reading, not a name.
  if (TEMPERATURE_SCALES.test(t.text) && (s.tokens[k - 1]?.pos === "NUM" || /^(?:degrees?|°)$/.test(s.tokens[k - 1]?.lower ?? ""))) return false;
  // "Tens of thousands of workers", "Dozens of others": a count, not a name, however capitalised.
  if (COUNTS.has(t.lower) && s.tokens[k + 1]?.lower === "of") return false;
  // "8:10 p.m. ET": US zones written short only after a time ("ET Bureau", "PT Sumber" are names).
  if (SHORT_US_ZONES.test(t.text) && CLOCK_TIME.test(s.tokens[k - 1]?.text ?? "")) return false;
  // "GH¢48 million", "S$410m", "NZ$2bn": a currency's letters glued to its sign name no one.
  if (/^[A-Z]{1,3}$/.test(t.text) && /^[$¢€£₦₹]/.test(s.tokens[k + 1]?.text ?? "") && !s.tokens[k + 1].spaced) return false;
  // "9:41 PM": the half of the day after a clock time.
  if (/^(?:AM|PM)$/.test(t.text) && /^\d{1,2}(?:[:.]\d\d)?$/.test(s.tokens[k - 1]?.text ?? "")) return false;
  // "A MAN has been charged": a tabloid's opening words in capitals, not an acronym.
  if (k === 1 && isTabloidOpener(s.tokens, k)) return false;
  // "MPs", "MEPs": a title's plural names people, no one.
  if (/^[A-Z]{2,4}s$/.test(t.text) && isTitleWord(t.text.slice(0, -1).toLowerCase())) return false;
  if (isAcronym(t.text)) return t.text === "US" || t.text === "UK" || (!t.stop && (!stats.shouting || vouchedInCapitals(t, s.tokens[k - 1])));
  if (isAllCapsWord(t.text)) {
    if (stats.shouting) return vouchedInCapitals(t, s.tokens[k - 1]);
    const recased = recase(t.text);
    return stats.capSeenMidSentence.has(recased) || inGazetteer(recased);
  }
  if (FUNCTION_POS.has(t.pos) && t.pos !== "PROPN") return false;
  if (s.isTitle && stats.titleCaseTitle) return stats.capSeenMidSentence.has(t.text) || inGazetteer(t.text) || (t.pos === "PROPN" && !stats.lowerSeen.has(t.lower) && !t.stop);
  if (sentenceInitial) {
    // "Reading an e-book is …", "Building the dam cost …": an -ing word opening a gerund's phrase.
    if (t.lower.endsWith("ing") && GERUND_OBJECT_OPENERS.has(s.tokens[k + 1]?.text ?? "") && lexicon.isEnglishWord(t.lower)) return false;
    // A capitalised first word is a name only with outside support: a gazetteer, the same word
    // capitalised mid-sentence elsewhere, not being an English word ("Greenpeace"), or a
    // capitalised word right after it ("Proposals included" is not a name).
    if (stats.capSeenMidSentence.has(t.text)) return true;
    // ("Van driver who killed cyclist jailed" … "A VAN driver …": a word the text writes as a common
    // word, before a lower-case one, is that word, though a town has its name.)
    const next = s.tokens[k + 1];
    if (t.pos === "PROPN" ? inGazetteer(t.text) : gazetteer.isPlace(t.text)) return !(gazetteer.isPlace(t.text) && stats.lowerSeen.has(t.lower) && !!next && /^\p{Ll}/u.test(next.text) && lexicon.isEnglishWord(t.lower));
    if (opensPlaceName(s.tokens, k)) return true;
    if (t.pos === "PROPN" && stats.repeatedSubjects.has(t.text)) return true;
    if (t.pos === "PROPN" && /^\p{L}+$/u.test(t.text) && !lexicon.isEnglishWord(t.lower) && !stats.lowerSeen.has(t.lower)) return true;
    // "Quarrel Systems will cut jobs", "Harvest Foods said": a company's designator vouches for the word before it.
    if (!t.stop && next?.spaced && CAPITALISED.test(next.text) && lexicon.orgSuffixes.has(next.lower) && /^\p{L}+$/u.test(t.text)) return true;
    if (!(t.pos === "PROPN" && !t.stop && !stats.lowerSeen.has(t.lower) && !!next && isUpperChar(next.text[0] ?? "") && next.pos === "PROPN")) return false;
    // "Poor Denver lost", "Proud Madrid fans": an English word before a country or a big city
    // describes it ("Liberty Bank" stays a name; "New York" was taken above as a place).
    if (!lexicon.isEnglishWord(t.lower)) return true;
    // ("Rediscovered Wessely-Strahl painting sets record", "Embattled Brandco boss quits": a participle
    // opening the sentence describes the name after it, one the word list does not know.)
    if (/\p{Ll}{3}ed$/u.test(t.lower) && !lexicon.orgSuffixes.has(t.lower) && !lexicon.isEnglishWord(next.lower) && !gazetteer.isPlace(next.text)) return false;
    return !(gazetteer.country(next.text) || isMajorCity(gazetteer.city(next.text)));
  }
  if (t.pos === "VERB" && stats.lowerSeen.has(t.lower)) return false;
  return true;
}

/**
 * ", R-San Antonio,", "(D-Wichita)": a US lawmaker's party and home district after the name; where
 * the tag ends (before its closing comma or bracket), or -1. The district is no place of the story.
 */
function partyTagEnd(toks: Token[], k: number): number {
  if (!/^[RDI]$/.test(toks[k].text) || !/^[,(]$/.test(toks[k - 1]?.text ?? "") || toks[k + 1]?.text !== "-" || toks[k + 1].spaced || toks[k + 2]?.spaced !== false) return -1;
  for (let j = k + 2; j < toks.length && j <= k + 6; j++) if (/^[,)]$/.test(toks[j].text) || /^[.;]$/.test(toks[j].text)) return j - 1;
  return -1;
}

/** A country, a capital or a big city by this name: what a caption may run on into. */
function isCountryOrMajorCity(name: string): boolean {
  const place = gazetteer.entry(name);
  return !!place && (!!place.country || isMajorCity(gazetteer.cityIn(name, place)));
}

export function findMentions(doc: Doc, stats: WordStats): Mention[] {
  const out: Mention[] = [];
  for (const s of doc.sentences) {
    if (s.cruft) continue;
    if (s.isTitle && titleCased(s) && s.tokens.length > 3) {
      headlineMentions(doc, s, stats, out);
      continue;
    }
    const toks = s.tokens;
    let k = 0;
    let initial = true;
    while (k < toks.length) {
      const t = toks[k];
      if (opensClause(toks, k)) { initial = true; k++; continue; }
      if (t.pos === "PUNCT") { k++; continue; }
      const tagEnd = partyTagEnd(toks, k);
      if (tagEnd > k) { k = tagEnd + 1; continue; }
      // "flight 4U9525", "a £198M move": letters glued to a number are part of a code or an amount.
      const gluedToNumber = !t.spaced && k > 0 && /\d$/.test(toks[k - 1].text);
      if (gluedToNumber || (!isNameWord(t, k, s, stats, initial) && !opensGluedParticle(toks, k))) { initial = false; k++; continue; }
      const wasInitial = initial;
      initial = false;
      let last = k;
      let j = k + 1;
      while (j < toks.length) {
        const n = toks[j];
        // Glued pieces: "Sidi-bel-Abbes", "Al-Qaeda", "Daily.Example".
        if (!n.spaced && gluesOn(toks, j)) { last = j; j++; continue; }
        // 'Leonard "Lenny" Marsh': a nickname in quotes between a first name and the family name.
        if (isNickname(toks, j) && gazetteer.firstNames.has(toks[last].text) && isNameWord(toks[j + 3], j + 3, s, stats, false)) { last = j + 3; j += 4; continue; }
        // "Abdelkader al-Rahmani", "Said el-Masri": a particle glued to the family name.
        if (opensGluedParticle(toks, j)) { last = j + 2; j += 3; continue; }
        // "Lakeport Manufacturers' Association", "Magistrates' Court": a plural possessive inside a body's name.
        const head = toks[j + 1];
        if (n.text === "'" && !n.spaced && toks[last].lower.endsWith("s") && head && isUpperChar(head.text[0] ?? "") && (lexicon.orgHeads.has(head.lower) || lexicon.placeHeads.has(head.lower))) { last = j + 1; j += 2; continue; }
        // "People's Party", "Children's Hospital": a common noun's possessive inside a body's name
        // (not a place's or a person's: "Lakeport's council", "Ruiz's party").
        // ("Women's Health Center": the head may come a word or two later.)
        const possessedHead = /^['’]s$/.test(n.text) && !n.spaced ? headAhead(toks, j + 1) : -1;
        // ("Cox's Bazar", "Martha's Vineyard": a place the gazetteer knows with its possessive.)
        if (/^['’]s$/.test(n.text) && !n.spaced && toks[j + 1] && isUpperChar(toks[j + 1].text[0] ?? "") && gazetteer.entry(joinTokens(toks.slice(k, j + 2)))) { last = j + 1; j += 2; continue; }
        // ("Prince George's County", "St. Mary's Parish": a county named for someone keeps the possessive.)
        if (possessedHead === j + 1 && ADMINISTRATIVE_AREAS.has(toks[possessedHead].lower)) { last = possessedHead; j = possessedHead + 1; continue; }
        // ("Alzheimer's Association": an eponym's possessive right before the head.)
        // ("St. Aldric's Hospital", "St Aldric's Parish": so is a saint's.)
        const saint = possessedHead === j + 1 && last === k + 1 && SAINT.test(toks[k].text);
        const eponym = possessedHead === j + 1 && (last === k || saint) && (lexicon.orgHeads.has(toks[possessedHead].lower) || (saint && lexicon.placeHeads.has(toks[possessedHead].lower)));
        // ("Valentine's Day", "St Patrick's Day": a saint's name before a day.)
        const feast = possessedHead === j + 1 && lexicon.eventHeads.has(toks[possessedHead].lower);
        // ("the Prime Minister's Brexit plan": an office's possessive describes, it opens no name.)
        // (… though "the Prime Minister's Office" is a body.)
        const possessingOffice = possessedHead > 0 && last > k && isTitleWord(`${toks[last - 1].lower} ${toks[last].lower}`) && !(possessedHead === j + 1 && lexicon.orgHeads.has(toks[j + 1].lower));
        if ((saint && eponym) || (possessedHead > 0 && !possessingOffice && (lexicon.isEnglishWord(toks[last].lower) || eponym || feast) && !gazetteer.isPlace(toks[last].text) && (!gazetteer.firstNames.has(toks[last].text) || feast))) { last = possessedHead; j = possessedHead + 1; continue; }
        // "… New Delhi Mr Mendez": an honorific starts a new name.
        const bareHonorific = n.lower.endsWith(".") ? n.lower.slice(0, -1) : n.lower;
        // ("Det Ch Insp Ana Ruiz", "Lt Gov Tom Hadley": though not after a rank written short, which it goes on.)
        const afterRanks = () => toks.slice(k, last + 1).every((w) => rankOf(w));
        if (lexicon.honorifics.has(bareHonorific) && !lexicon.nobleHonorifics.has(n.lower) && last >= k && !afterRanks()) {
          // ("Rafiq Shaikh accused …": after a given name, with no name after it, the word is a surname.)
          const surnameLike = gazetteer.firstNames.has(toks[last].text) && !(toks[j + 1] && isUpperChar(toks[j + 1].text[0] ?? "") && toks[j + 1].spaced);
          // ("Missouri Gov. Ana Ruiz": an office's abbreviation after its state is a title, not a new name.)
          const office = isTitleWord(bareHonorific) && !!gazetteer.entryAsWritten(joinTokens(toks.slice(k, last + 1)));
          // ("Phnom Penh's Por Sen Chey district": a name the area noun after it closes is a place's, honorific words and all.)
          let end = j + 1;
          while (toks[end] && CAPITALISED.test(toks[end].text) && toks[end].spaced) end++;
          const areaWord = end > j + 1 && AREA_NOUNS.has(toks[end]?.text ?? "");
          if (!surnameLike && !office && !areaWord) break;
        }
        if (isNameWord(n, j, s, stats, false)) { last = j; j++; continue; }
        // "Channel Four", "Air Force One": a number written as a capitalised word inside a name.
        // ("Channel 4", "Stage 4": a common word numbered is one term, which classify then sets aside.)
        // ("One of the greatest …": not the number opening the next sentence of a run-on page.)
        if (n.spaced && NUMBER_WORDS.test(n.text) && toks[j + 1]?.lower !== "of") { last = j; j++; continue; }
        if (n.spaced && /^\d{1,3}$/.test(n.text) && last === k && lexicon.isEnglishWord(toks[k].lower) && !toks[j + 1]?.text.startsWith("-") && !/^\d/.test(toks[k - 1]?.text ?? "")) { last = j; break; }
        // "the Save Our Streets group": a function word written in capitals inside running text is
        // part of the name (not in a headline, where every word is).
        if (n.stop && n.pos !== "CCONJ" && !ARTICLES.has(n.lower) && n.spaced && CAPITALISED.test(n.text) && !s.isTitle && toks[j + 1] && isNameWord(toks[j + 1], j + 1, s, stats, false) && !titleCased(s)) { last = j + 1; j += 2; continue; }
        // "Grace June", "Sara Jan": a month name right after a name (and before no day number) is a surname.
        if (DATE_WORDS.test(n.text) && !n.text.endsWith(".") && /^\p{Lu}\p{Ll}/u.test(n.text) && last === j - 1 && !DATE_WORDS.test(toks[j - 1].text) && !/^\d/.test(toks[j + 1]?.text ?? "") && n.spaced) { last = j; j++; continue; }
        // "Campaign to Protect Rural England", "Committee to Protect Journalists": a body named by its aim.
        const aim = toks[j + 1];
        if (n.lower === "to" && aim && lexicon.orgHeads.has(toks[last].lower) && isUpperChar(aim.text[0] ?? "") && !aim.stop && toks[j + 2] && isNameWord(toks[j + 2], j + 2, s, stats, false)) { last = j + 1; j += 2; continue; }
        // "Food and Drug Administration", "Transport and Allied Workers' Union": common words joined by
        // "and" inside a body's name, which ends on its head ("Brandco and Lantern Group" are two).
        // (A country or an acronym may open it: "U.S. Food and Drug Administration".)
        const before = n.lower === "and" ? toks.slice(k, j) : [];
        // (… or a place of two or three words: "West Yorkshire Fire and Rescue Service".)
        const placeWords = before.length > 2 ? leadingPlaceWords(before) : 0;
        if (n.lower === "and" && before.some((t) => lexicon.isEnglishWord(t.lower)) && before.every((t, i) => lexicon.isEnglishWord(t.lower) || i < placeWords || (i === 0 && (isAcronym(t.text) || gazetteer.isPlace(t.text))))) {
          const end = bodyNameEnd(toks, j + 1, s, stats);
          // After "of" or "for" a singular head opens a second body ("Ministry of Justice and Home
          // Office"); a plural one ends the field ("Department of Health and Human Services").
          const secondBody = end > j && before.some((t) => t.lower === "of" || t.lower === "for") && !toks[end].lower.endsWith("s");
          if (end > j && !secondBody) { last = end; j = end + 1; continue; }
        }
        // "Trinidad and Tobago", "Dumfries and Galloway": a place named with "and" (or an outlet: "Globe
        // and Mail"); "Avon and Somerset Police": a body of two places.
        if (n.lower === "and" && before.every((t) => opensUpper(t.text))) {
          const end = nameWithAnd(toks, k, j, s, stats);
          if (end > j) { last = end; j = end + 1; continue; }
        }
        // "Office for Product Safety and Standards", "Alliance for Progress and Renewal": "and" inside
        // the field a body is named for, which ends the name (no head word of a second body after it).
        if (n.lower === "and" && namesField(toks, k, j)) {
          const end = fieldEnd(toks, j + 1);
          if (end > j) { last = end; j = end + 1; continue; }
        }
        // "Department for Business, Energy and Industrial Strategy": a field listed with commas, closed by "and".
        if (n.text === "," && namesField(toks, k, j + 1)) {
          const end = listedFieldEnd(toks, j);
          if (end > j) { last = end; j = end + 1; continue; }
        }
        // "Commission on Human Rights", "Council on Foreign Relations": a body's head, "on" and its field.
        if (n.lower === "on" && lexicon.orgHeads.has(toks[last].lower) && toks[j + 1] && isNameWord(toks[j + 1], j + 1, s, stats, false) && !DATE_WORDS.test(toks[j + 1].text)) {
          const end = fieldEnd(toks, j + 1);
          if (end > j) { last = end; j = end + 1; continue; }
        }
        if (CONNECTORS.has(n.lower) && j + 1 < toks.length) {
          // "of the", and particles in pairs: "von der Leyen", "Place de la Concorde".
          let after = j + 1;
          while (after < j + 3 && after + 1 < toks.length && (toks[after].lower === "the" || CONNECTORS.has(toks[after].lower))) after++;
          // ("Royal Courts of Justice": a plural head too.)
          const head = lexicon.orgHeads.has(toks[last].lower.replace(/s$/, "")) ? toks[last].lower.replace(/s$/, "") : toks[last].lower;
          // "Office for Budget Review", "Centre for Policy Studies": a common noun, "for", a name.
          const forBody = n.lower === "for" && lexicon.isEnglishWord(head) && !gazetteer.firstNames.has(toks[last].text);
          // ("Democratic Republic of Congo": a country's name the gazetteer knows.)
          const knownPlace = () => n.lower === "of" && !!gazetteer.entry(joinTokens(toks.slice(k, after + 1)))?.country;
          if (isNameWord(toks[after], after, s, stats, false) && (lexicon.orgHeads.has(head) || lexicon.placeHeads.has(head) || lexicon.eventHeads.has(head) || isTitleWord(head) || lexicon.styledTitles.has(head) || forBody || (n.lower !== "of" && n.lower !== "for") || knownPlace())) {
            last = after; j = after + 1; continue;
          }
        }
        break;
      }
      // "Ray Mendez Denver" (a caption run-on): a trailing big city or country is its own mention,
      // unless a first name comes right before it ("Lewis Carlisle", "Senator Maria Harper") or the
      // whole run is one dictionary word and the place ("Greater Lakeport"). A small town's name
      // there is far more often a surname ("Ana Harper").
      // "PA Brandco", "AFP Lucien Marchal": a photo agency's credit glued to a name.
      // ("BBC News", "ABC Radio" and a section, "BBC Sport", stay whole.)
      const section = () => last === k + 1 && lexicon.isEnglishWord(toks[k + 1].lower) && !gazetteer.firstNames.has(toks[k + 1].text);
      // ("TV Globo": a medium's own word opens an outlet's name; it credits no one.)
      if (last > k && isAcronym(toks[k].text) && isNewsOutlet(toks[k].text) && !isMediaWord(toks[k].text) && toks[k + 1].spaced && !isMediaWord(toks[k + 1].text) && !section()) {
        pushRun(out, s, k, k, wasInitial);
        k++;
      }
      const tail = toks[last];
      const prefix = last - k;
      // ("Riverwatch UK", "Greenpeace UK": a body's national branch stays whole.)
      // ("Public Health England", "Cancer Research UK": a national body named by common words and its nation.)
      // ("CNN Philippines": a listed outlet's national channel.)
      const branch = () => (prefix === 1 && isAcronym(tail.text) && !gazetteer.firstNames.has(toks[k].text) && !gazetteer.isPlace(toks[k].text)) || (prefix >= 2 && namesNationalBody(toks.slice(k, last), s)) || (prefix === 1 && isListedOutlet(toks[k].text));
      if (prefix >= 1 && tail.spaced && isCountryOrMajorCity(tail.text) && !branch() && !endsInPlace(toks.slice(k, last + 1)) && !toks.slice(k, last).some((t) => t.lower === "to") && !gazetteer.city(joinTokens(toks.slice(k, last + 1))) && !namesRegionOrCountry(joinTokens(toks.slice(k, last + 1))) && !CONNECTORS.has(toks[last - 1].lower) && !gazetteer.firstNames.has(recase(toks[last - 1].text))) {
        pushRun(out, s, k, last - 1, wasInitial);
        pushRun(out, s, last, last, false);
      } else pushRun(out, s, k, last, wasInitial);
      k = last + 1;
    }
  }
  return splitRunOns(doc, out);
}

/**
 * A headline in Title Case ("Federal Judge Blocks Kansas Abortion Law") capitalises its verbs and
 * nouns too: its names are the runs of words the body also writes capitalised ("Kansas"), longest
 * first, and countries and big cities; the rest are words ("Blocks").
 */
function headlineMentions(doc: Doc, s: Sentence, stats: WordStats, out: Mention[]): void {
  const body = doc.text.slice(s.end);
  const toks = s.tokens;
  const inBody = (from: number, to: number) => {
    const name = joinTokens(toks.slice(from, to + 1));
    for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
      const before = body[at - 1] ?? " ";
      const after = body[at + name.length] ?? " ";
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    }
    return false;
  };
  let k = 0;
  while (k < toks.length) {
    if (!isNameWord(toks[k], k, s, stats, k === 0)) { k++; continue; }
    let end = -1;
    for (let j = Math.min(toks.length - 1, k + 5); j >= k; j--) {
      if (toks.slice(k, j + 1).every((t, i) => i === 0 || !t.spaced || isNameWord(t, k + i, s, stats, false) || CONNECTORS.has(t.lower)) && (inBody(k, j) || (j === k && isCountryOrMajorCity(toks[k].text)))) { end = j; break; }
    }
    if (end < 0) { k++; continue; }
    pushRun(out, s, k, end, k === 0);
    k = end + 1;
  }
}

/**
 * "… at the Lakeport Grand Prix Ana Ruiz, the team's principal, said": a standfirst run into the
 * lead with no stop between. A run of names that ends in a person's name the article also uses on
 * its own, after a name it also uses on its own, is two mentions.
 */
function splitRunOns(doc: Doc, mentions: Mention[]): Mention[] {
  let alone: Set<string> | undefined;
  const splitAt = (words: string[]) => {
    for (let p = 1; p + 2 <= words.length; p++) {
      if (!gazetteer.firstNames.has(words[p])) continue;
      alone ??= new Set(mentions.map((m) => m.words.join(" ")));
      // ("… a wild race in Buenos Aires Ana Ruiz took …": a caption run into the text; a known place needs no second mention.)
      const head = words.slice(0, p).join(" ");
      if (alone.has(words.slice(p).join(" ")) && (alone.has(head) || gazetteer.isPlace(head))) return p;
    }
    return -1;
  };
  const out: Mention[] = [];
  for (const m of mentions) {
    const at = m.words.length >= 3 ? splitAt(m.words) : -1;
    if (at < 0) {
      out.push(m);
      continue;
    }
    const toks = doc.sentences[m.sentence].tokens;
    // The token that opens word `at` (glued tokens make one word: "Sidi-bel-Abbes").
    let k = m.first;
    for (let w = 0; w < at; ) if (toks[++k].spaced) w++;
    pushRun(out, doc.sentences[m.sentence], m.first, k - 1, m.initial);
    pushRun(out, doc.sentences[m.sentence], k, m.last, false);
  }
  return out;
}

/** A word written with a capital and the rest in lower case ("Our", "Housing"). */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** "The", "A": in scraped text one in capitals more often opens a sentence run on without a stop. */
const ARTICLES = new Set(["the", "a", "an"]);

/** A sentence most of whose words are capitalised: a headline run into the text, or a list of names. */
function titleCased(s: Sentence): boolean {
  let words = 0;
  let upper = 0;
  for (const t of s.tokens) {
    if (!/^\p{L}/u.test(t.text)) continue;
    words++;
    if (isUpperChar(t.text[0])) upper++;
  }
  return upper > words * 0.6;
}

/** A region or a city, no country, by this name: one with a government of its own ("the Queensland government"). */
function hasOwnGovernment(nameToks: Token[]): boolean {
  const name = joinTokens(nameToks);
  const e = gazetteer.entry(name);
  return !!e && !e.country && (!!e.region || !!gazetteer.cityIn(name, e));
}

/** Whether a state body's word ("government", "ministry") comes within three words after `last`: most names have none. */
function stateBodyAhead(toks: Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 3 && k < toks.length; k++) if (lexicon.stateVoices.has(toks[k].lower)) return true;
  return false;
}

/** Whether toks[j] opens a quoted single capitalised word ('"Lenny"'), a nickname inside a name. */
function isNickname(toks: Token[], j: number): boolean {
  return /^["“]$/.test(toks[j]?.text ?? "") && /^\p{Lu}\p{Ll}+$/u.test(toks[j + 1]?.text ?? "") && !toks[j + 1].spaced && /^["”]$/.test(toks[j + 2]?.text ?? "") && !!toks[j + 3];
}

/** Particles written in lower case and glued to a family name by a hyphen ("al-Rahmani", "el-Masri"). */
const GLUED_PARTICLES = new Set(["al", "el", "ul", "ad", "an", "ar", "as", "at", "az", "ash"]);

/** Whether toks[j] is such a particle, with its hyphen and a capitalised name glued on. */
function opensGluedParticle(toks: Token[], j: number): boolean {
  const hyphen = toks[j + 1];
  const name = toks[j + 2];
  return hyphen?.text === "-" && GLUED_PARTICLES.has(toks[j].text) && !hyphen.spaced && !!name && !name.spaced && isUpperChar(name.text[0] ?? "") && /^\p{L}+$/u.test(name.text);
}

/** Words a hyphen glues to a name that make it a modifier, not a longer name ("London-based", "Ruiz-led"). */
const COMPOUND_SUFFIXES = new Set(["based", "led", "born", "owned", "run", "backed", "style", "like", "made", "era", "type", "funded", "linked", "bound", "wide", "brokered", "mediated", "sponsored", "supported", "controlled", "held", "allied", "aligned", "appointed", "installed", "imposed", "organised", "organized", "designated", "affiliated", "operated", "built", "trained", "armed", "financed", "administered", "declared"]);

/**
 * "Kang Tae-sung", "Lam Siu-fai": after a family name, a given name of two short syllables joined by
 * the hyphen at j, the second in lower case (and no compound suffix: "Lakeport Tae-based" is no name).
 */
function hyphenatedGivenName(toks: Token[], j: number): boolean {
  const family = toks[j - 2];
  const before = toks[j - 1];
  const after = toks[j + 1];
  return !!family && !!before && !!after && before.spaced && /^\p{Lu}\p{Ll}{1,5}$/u.test(family.text) && /^\p{Lu}\p{Ll}{1,4}$/u.test(before.text) && /^\p{Ll}{2,5}$/u.test(after.text) && !isCountryOrMajorCity(before.text) && !COMPOUND_SUFFIXES.has(after.lower) && !LIKENESS_SUFFIXES.has(after.lower);
}

/**
 * Whether an unspaced token continues the name: "Sidi-bel-Abbes", "Daily.Example", "Al-Qaeda" do;
 * a possessive, closing punctuation, or a lower-case suffix ("US-led", "London-based") does not.
 */
function gluesOn(toks: Token[], j: number): boolean {
  const n = toks[j];
  if (n.text === "'s" || n.text === "'") return false;
  if (n.text === "-" || n.text === ".") {
    const after = toks[j + 1];
    if (!after || after.spaced || !/^\p{L}/u.test(after.text)) return false;
    if (isUpperChar(after.text[0])) return true;
    if (n.text === "-" && hyphenatedGivenName(toks, j)) return true;
    const again = toks[j + 2];
    return !!again && !again.spaced && again.text === "-";
  }
  if (/^[,;:!?")\]]$/.test(n.text)) return false;
  return /^\p{L}/u.test(n.text) ? isUpperChar(n.text[0]) || toks[j - 1]?.text === "-" : false;
}

/**
 * A caption that runs into the name it repeats: "Ana Ruiz Ruiz said" is Ana Ruiz, "Kicker Ana Ruiz
 * Ana Ruiz said" the second Ana Ruiz. Two words alone may be a name ("Walla Walla"): left as they are.
 */
function withoutRepeat(toks: Token[], first: number, last: number): [number, number] {
  const n = last - first + 1;
  for (let k = n >> 1; k >= 1; k--) {
    if (n < (k === 1 ? 3 : 2 * k)) continue;
    let same = true;
    for (let j = 0; j < k && same; j++) same = toks[last - j].lower === toks[last - k - j].lower;
    if (same) return k === 1 ? [first, last - 1] : [last - k + 1, last];
  }
  return [first, last];
}

/** A lower-case noun for a thing, not for people or a body ("swimming baths", not "official" or "council"). */
function isThingNoun(t: Token | undefined): boolean {
  return !!t && t.text === t.lower && (t.pos === "NOUN" || t.pos === "ADJ") && !lexicon.humanNouns.has(t.lower) && !isTitleWord(t.lower) && !lexicon.orgHeads.has(t.lower);
}

/** What a family calls its own, capitalised as a name ("Mum", "Grandad"); alone, never anyone's name. */
const KIN_CALLED = new Set(["Mum", "Mom", "Mam", "Mummy", "Mommy", "Dad", "Daddy", "Gran", "Granny", "Grandma", "Grandpa", "Grandad", "Granddad", "Nanna"]);

function pushRun(out: Mention[], s: Sentence, first: number, last: number, initial: boolean): void {
  const toks = s.tokens;
  // Drop a leading "The" that slipped in through a title-cased headline.
  while (first < last && toks[first].lower === "the") first++;
  const words = toks.slice(first, last + 1);
  const whole = joinTokens(words);
  // "(NASDAQ: KSTB)": a stock ticker names the company before it, no one new.
  if (toks[first - 1]?.text === ":" && STOCK_EXCHANGES.test(toks[first - 2]?.text ?? "")) return;
  // "Cllr Ana Ruiz (Lib Dem)", "Tom Hadley (Con)": the party of the person before the bracket.
  if (toks[first - 1]?.text === "(" && toks[last + 1]?.text === ")" && last - first <= 1 && personBefore(toks, first - 1)) return;
  // 'chanting "Thieves!"': a shouted word in quotes names no one.
  if (first === last && /^["“']$/.test(toks[first - 1]?.text ?? "") && /^[!?]$/.test(toks[last + 1]?.text ?? "")) return;
  // "a sign reading 'Love Beats Fear'": a slogan or a title in quotes, with common words in it, names no one.
  // ('singing "Go Gulls Go"': the quote may close a word or two after the name's run.)
  if (OPENING_QUOTES.has(toks[first - 1]?.text ?? "")) {
    let close = last + 1;
    while (close <= last + 2 && toks[close] && opensUpper(toks[close].text)) close++;
    if (close - first >= 2 && CLOSING_QUOTES.has(toks[close]?.text ?? "") && isSlogan(toks.slice(first, close))) return;
  }
  // "near Wendham, Alta., on …": a province written short places the town before it and names no one.
  if (first === last && abbreviatedRegion(toks, first)) return;
  // "Nothing will bring Mum back": a relative called by the relation is no one the text names.
  if (first === last && KIN_CALLED.has(toks[first].text)) return;
  // "thank God", "God forbid": an exclamation names no one.
  if (first === last && toks[first].text === "God" && (/^(?:thank|my|to)$/.test(toks[first - 1]?.lower ?? "") || /^(?:forbid|knows|willing|bless)$/.test(toks[last + 1]?.lower ?? ""))) return;
  // "will let HATE lead us": a word set in capitals between lower-case ones is stressed, not an acronym.
  if (first === last && !s.isTitle && isStressed(toks, first)) return;
  // "the former Soviet republic": a capitalised adjective before a noun names no one.
  if (first === last && toks[first].pos === "ADJ" && toks[last + 1]?.pos === "NOUN" && toks[last + 1].text === toks[last + 1].lower && !gazetteer.isPlace(toks[first].text)) return;
  // "the Velmoran capital": a people's adjective the gazetteer does not know, no place of its own.
  if (first === last && toks[first - 1]?.lower === "the" && toks[last + 1]?.text === "capital" && !gazetteer.isPlace(toks[first].text)) return;
  // "a Victorian swimming baths", "to close Edwardian terraces": an era's or a style's adjective before a
  // thing names no one (a people's adjective before a person is left to the gazetteer: "a Velmoran official").
  // ("Roman villa found under car park": a period the lexicon knows may open the sentence too.)
  const period = lexicon.historicalPeriods.has(whole.toLowerCase());
  if ((period || first === last) && (period || (!!toks[first - 1] && (toks[first - 1].pos === "DET" || (toks[first - 1].text === toks[first - 1].lower && /\p{Ll}/u.test(toks[first - 1].text))))) && (period || /\p{Ll}(?:ian|esque)$/u.test(toks[first].text)) && isThingNoun(toks[last + 1]) && (period || !gazetteer.isPlace(toks[first].text))) return;
  // ("the Sulphur fire", "the Ridge blaze"): a wildfire's name names no one.
  if (toks[first - 1]?.lower === "the" && FIRE_NOUNS.has(toks[last + 1]?.text ?? "") && !gazetteer.isPlace(whole)) return;
  // ("the Hebridean island of Barra", "a Tuscan village": a region's adjective before a place noun.)
  // (An adjective before one such noun needs a determiner: "on Calantuan island" names the island.)
  if (first === last && REGIONAL_ADJECTIVE.test(toks[first].text) && isPlaceNoun(toks[last + 1]) && (toks[first - 1]?.pos === "DET" || toks[last + 1].lower.endsWith("s")) && !gazetteer.isPlace(toks[first].text)) return;
  let nameFirst = first;
  let role: string | undefined;
  let honorific = false;
  const roleCountries: string[] = [];
  if (!isCityCountryOrSeat(whole) && !namedForSomeone(words)) {
    const lead = leadingRole(words);
    // "the Information Commissioner's Office": the title is the possessor in a body's name, no role.
    if (lead.count > 0 && !/^['’]s$/.test(words[lead.count]?.text ?? "")) {
      nameFirst = first + lead.count;
      honorific = lead.honorific;
      const roleWords = words.slice(0, lead.count).filter((w) => !lexicon.honorifics.has(w.lower.replace(/\.$/, "")) || lexicon.titles.has(w.lower.replace(/\.$/, "")) || !!rankOf(w));
      // "Det Ch Insp Ana Ruiz": ranks written short give a role spelt out ("Detective Chief Inspector").
      // (Beside a title they stay as written: "Lt. Gov.", "Chief Supt".)
      if (lead.titled) role = joinTokens(roleWords);
      else if (roleWords.length && roleWords.every((w) => rankOf(w))) role = roleWords.map((w) => rankOf(w)).join(" ");
      // "Minister for Foreign Affairs", "Secretary of State for Health": the title's field to its last
      // word, with no one's name after it.
      if (lead.titled && nameFirst === last && roleWords.some((w) => w.lower === "for" || w.lower === "of") && lexicon.isEnglishWord(toks[last].lower) && !gazetteer.firstNames.has(toks[last].text)) return;
      for (const w of roleWords) { const c = roleCountry(w.text); if (c) roleCountries.push(c); }
      // "Secretary of Commerce", "President of the Republic", "Minister for Enterprise": a title's
      // complement with no name after it names nobody; a place after "of" is still a mention of the place.
      if (lead.titled && (roleWords.at(-1)?.lower === "of" || roleWords.at(-1)?.lower === "for")) {
        // "the Duke of Kendal", "the Archbishop of Lakeport": a styled title with its seat is the holder's name.
        const styled = roleWords.length === 2 && lexicon.styledTitles.has(roleWords[0].lower);
        while (nameFirst < last && toks[nameFirst].lower === "the") nameFirst++;
        if (styled) {
          nameFirst = first;
          honorific = true;
        } else if (roleWords.at(-1)?.lower === "for" || !isCityCountryOrSeat(joinTokens(toks.slice(nameFirst, last + 1)))) return;
        role = undefined;
        roleCountries.length = 0;
      }
    }
  }
  // "Kenya's Cabinet Secretary for Energy, Ana Ruiz,": a title's field after it names no one.
  // (A text cut off after a title, "… said Chief Executive", leaves no word after the run.)
  if (nameFirst > first && /^(?:for|of)$/.test(toks[nameFirst]?.text ?? "")) return;
  // "Housing Secretary Ana Ruiz" opening a sentence: the portfolio was left out of the run as a
  // capitalised first word; it belongs to the title.
  const opener = toks[0];
  const openerTaken = !!role && first === 1 && nameFirst > first && CAPITALISED.test(opener.text) && lexicon.isEnglishWord(opener.lower) && !opener.stop && !DATE_WORDS.test(opener.text);
  if (openerTaken) role = `${opener.text} ${role}`;
  // (The opener taken, nothing before the run is left to read as a role: "Justice Secretary Ana Ruiz".)
  // ("former President Tom Hadley": the run opens on its title; the lower-case words before it still belong to it.)
  // "Minister of Finance Ana Ruiz", "Secretary of State Tom Hadley", "Minister of Manpower Ana Ruiz":
  // a title and "of" before the run make its first word the portfolio, and the title the role's start.
  const titleOf = /^(?:of|for)$/.test(toks[first - 1]?.lower ?? "") && !!toks[first - 2] && CAPITALISED.test(toks[first - 2].text) && isTitleWord(toks[first - 2].lower);
  if (titleOf && !role && last - first >= 2 && lexicon.isEnglishWord(toks[first].lower) && !gazetteer.firstNames.has(toks[first].text) && (gazetteer.firstNames.has(toks[first + 1].text) || !lexicon.isEnglishWord(toks[first + 1].lower))) {
    nameFirst = first + 1;
    role = toks[first].text;
  }
  if (titleOf && role && nameFirst > first) role = `${toks[first - 2].text} ${toks[first - 1].text} ${role}`;
  // "senior coroner for west Cumbria Hazel Penrose": a place after a title's "for" or "of" (known, or
  // after a compass word) belongs to the role, up to a given name.
  const forAt = lexicon.regionWords.has(toks[first - 1]?.text ?? "") ? first - 2 : first - 1;
  const titleForPlace = !role && last - first >= 2 && /^(?:of|for)$/.test(toks[forAt]?.lower ?? "") && isTitleWord(toks[forAt - 1]?.lower ?? "") && (gazetteer.isPlace(toks[first].text) || forAt === first - 2) && !gazetteer.firstNames.has(toks[first].text) && gazetteer.firstNames.has(toks[first + 1].text);
  if (titleForPlace) {
    nameFirst = first + 1;
    role = joinTokens(toks.slice(roleBefore(toks, forAt, s.isTitle), first + 1));
  }
  const before = openerTaken || titleOf || titleForPlace ? first : Math.min(roleBefore(toks, first, s.isTitle), role && nameFirst > first ? modifiersBefore(toks, first) : first);
  if (before < first) {
    const roleToks = toks.slice(before, first);
    role = joinTokens(roleToks) + (role ? ` ${role}` : "");
    for (const w of roleToks) { const c = roleCountry(w.text); if (c) roleCountries.push(c); }
  }
  // "Jo Harper, head of the dockers' union, said": a role in apposition after a name, or before it
  // ("Lakeport's transport minister, Jo Harper, said").
  // ("Cllr Tom Hadley (Con), the council's cabinet member for housing,": past a short bracket.)
  const bracketEnd = toks[last + 1]?.text === "(" ? toks.findIndex((t, j) => j > last + 1 && j <= last + 5 && t.text === ")") : -1;
  // ("Rep. Jim Harlan of South Carolina, chairman of …": the apposition describes the one before "of".)
  const belongsBefore = /^(?:of|from)$/.test(toks[first - 1]?.lower ?? "");
  if (!role && !belongsBefore) role = appositiveRole(toks, bracketEnd > 0 ? bracketEnd : last) ?? roleBeforeComma(toks, first, last);
  // "Colonel Ahmed Harbi, a spokesman for the coalition,": a lone rank gives way to the office the apposition names.
  // (Not a relation written in lower case: "his wife, Ana Ruiz, his son …" lists on.)
  else if (role && /^\p{Lu}\p{Ll}+$/u.test(role) && !belongsBefore) role = appositiveRole(toks, bracketEnd > 0 ? bracketEnd : last) ?? role;
  // "Ana Ruiz MP": a title after the name is not part of it; after "of" or "for" it is the name's
  // end ("Department of Justice", "Centre for Justice").
  // ("the Office of the Public Defender": a body's name opening on its head word and "of" keeps its last word.)
  const bodyOf = lexicon.orgHeads.has(toks[nameFirst]?.lower ?? "") && toks.slice(nameFirst + 1, last).some((t) => t.lower === "of" || t.lower === "for");
  while (!bodyOf && last > nameFirst + 1 && isTitleWord(toks[last].lower) && !CONNECTORS.has(toks[last - 1].lower)) last--;
  [nameFirst, last] = withoutRepeat(toks, nameFirst, last);
  const nameToks = toks.slice(nameFirst, last + 1);
  // "the 12th President of the Republic": once the role words are off, "the" is no name.
  // ("eNCA" holds its capitals after a lower-case letter.)
  if (!nameToks.some((t) => isUpperChar(t.text[0] ?? "") || /^\p{Ll}\p{Lu}/u.test(t.text))) return;
  // "Vice President", "Mrs": role words with no name are not a mention of anyone.
  const roleWord = (t: Token) => isTitleWord(t.lower.replace(/\.$/, "")) || lexicon.honorifics.has(t.lower.replace(/\.$/, ""));
  if (nameToks.some(roleWord) && nameToks.every((t) => roleWord(t) || lexicon.roleModifiers.has(t.lower)) && !gazetteer.seatOfGovernment(joinTokens(nameToks))) return;
  // ("the Prime Minister's plan": a title of two words alone names no one the text can place.)
  const unpossessed = /^['’]s?$/.test(nameToks.at(-1)!.text) ? nameToks.slice(0, -1) : nameToks;
  if (unpossessed.length === 2 && isTitleWord(`${unpossessed[0].lower} ${unpossessed[1].lower}`)) return;
  // ("the Housing Secretary said", "the Health Minister": a portfolio and an office, no one named.)
  if (unpossessed.length === 2 && OFFICES.has(unpossessed[1].lower) && lexicon.isEnglishWord(unpossessed[0].lower) && !gazetteer.isPlace(unpossessed[0].text)) return;
  // "US-led", "London-based": the name modifies a noun; it neither acts nor locates.
  const compound = toks[last + 1]?.text === "-" && !toks[last + 1].spaced;
  if (compound && LIKENESS_SUFFIXES.has(toks[last + 2]?.lower ?? "") && !toks[last + 2].spaced) return;
  // "the German foreign ministry said"; "Beijing's foreign ministry said": a capital's state body speaks for its country.
  const possessed = toks[last + 1]?.text === "'s" && !!gazetteer.capitalOf(nameToks[0].text);
  // ("the Queensland government said", "the Delhi government declined": a region's or a city's government.)
  // ("A Downing Street spokesman declined", "the Kremlin's spokesman said": a seat of government speaks for its country.)
  // ("The IMF's Colombo office declined": an office another body keeps there speaks for that body.)
  const voice = !/^['’]s?$/.test(toks[nameFirst - 1]?.text ?? "") && stateBodyAhead(toks, possessed ? last + 1 : last) && ((nameToks.length === 1 && possessed) || (nameToks.length <= 2 && gazetteer.demonym(joinTokens(nameToks))) || (nameToks.length <= 3 && (hasOwnGovernment(nameToks) || !!gazetteer.seatOfGovernment(joinTokens(nameToks))))) ? stateVoiceAfter(toks, possessed ? last + 1 : last) : undefined;
  const residence = isResidence(toks, first);
  const group = voice ? undefined : entourageAfter(toks, last);
  out.push({
    sentence: s.index,
    start: nameToks[0].start,
    end: nameToks.at(-1)!.end,
    first: nameFirst,
    last,
    words: splitWords(nameToks.length > 3 && nameToks.some((t) => t.text === '"' || t.text === "“") ? nameToks.filter((_, i) => !nicknameAt(nameToks, i)) : nameToks),
    role: role && /[a-z]/i.test(role) ? role : undefined,
    roleCountries,
    honorific,
    toldTo: isToldTo(toks, first),
    outletNamed: isNamedAsOutlet(toks, first, last),
    initial: initial && nameFirst === first,
    // ("The Lausanne-based court": "the" goes with the noun the compound describes.)
    determined: !compound && (toks[first - 1]?.lower === "the" || toks[nameFirst - 1]?.lower === "the"),
    placeLike: toks[last + 1]?.text !== "'s" && toks[last + 1]?.text !== "'" && !gazetteer.firstNames.has(nameToks[0].text) && (endsInPlace(nameToks) || !nameToks.some((t) => lexicon.roleModifiers.has(t.lower) || t.pos === "ADJ" || t.pos === "NUM")),
    agent: !compound && isAgent(toks, first, last),
    locative: !compound && !qualifiesSettlement(toks, last) && !isAttacker(toks, nameToks, last) && (isLocative(toks, first) || residence),
    // ("the Lausanne-based court": where the court sits.)
    seat: residence || isSeat(toks, first) || (compound && toks[last + 2]?.lower === "based"),
    staff: isStaff(toks, first),
    medium: (toks[first - 1]?.lower === "on" && /^(?:wrote|writes|posted|posts|said|says|announced|tweeted|shared|commented|replied)$/.test(toks[first - 2]?.lower ?? "")) || platformAsMedium(toks, nameToks, first, last),
    modifier: toks[last + 1]?.pos === "NOUN" && toks[last + 1].text === toks[last + 1].lower,
    describesPeople: describesPeople(toks[last + 1]?.text ?? ""),
    areaName: AREA_NOUNS.has(toks[last + 1]?.text ?? ""),
    regionAfter: toks[last + 1]?.text === "," ? regionAt(toks, last + 2) : undefined,
    describedAsPerson: toks[last + 1]?.text === "," && describesPerson(toks, last + 2),
    describedAsGroup: toks[last + 1]?.text === "," && describesGroup(toks, last + 2),
    counterpart: /^(with|against)$/.test(toks[first - 1]?.lower ?? "") || PRESSURE_VERBS.has(toks[first - 1]?.lower ?? "") || (toks[first - 1]?.lower === "on" && /^call(?:s|ed|ing)?$/.test(toks[first - 2]?.lower ?? "")),
    reference: isReference(toks, first, last),
    settlement: namedAsSettlement(toks, nameFirst, last),
    namesBody: lexicon.orgHeads.has(toks[last + 1]?.text ?? "") || lexicon.entourageNouns.has(toks[last + 1]?.text ?? ""),
    tradeBefore: nameFirst === first && toks[first - 1]?.text === toks[first - 1]?.lower && isCompanyTrade(toks[first - 1]?.lower ?? ""),
    // Every mention has every field, set or not: one object shape keeps the later stages' code monomorphic.
    via: undefined,
    stateVoice: voice,
    entourage: group,
    alias: toks[last + 1]?.text === "(" && toks[last + 3]?.text === ")" && /^[A-Z][A-Z0-9&.-]{1,9}$/.test(toks[last + 2]?.text ?? "") && nameToks.length > 1 ? toks[last + 2].text : undefined,
    nickname: nameToks.length === 1 ? calledBefore(toks, first) : undefined,
  });
}

/**
 * Whether capitalised words before a country name a national body with it ("Public Health",
 * "Arts Council" before "England"): dictionary words, none a first name, title, compass word or
 * event ("World Cup England squad" is the cup and the country), in running text.
 */
function namesNationalBody(words: Token[], s: Sentence): boolean {
  if (s.isTitle || titleCased(s)) return false;
  return words.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && lexicon.isEnglishWord(t.lower) && !gazetteer.firstNames.has(t.text) && !isTitleWord(t.lower) && !lexicon.regionWords.has(t.lower) && !lexicon.eventHeads.has(t.lower) && !DATE_WORDS.test(t.text));
}

/**
 * Where a place's or listed outlet's name with "and" at j ends ("Trinidad and Tobago", "Globe and
 * Mail"), or a body of two places ("Avon and Somerset Police"); -1 if neither.
 */
function nameWithAnd(toks: Token[], k: number, j: number, s: Sentence, stats: WordStats): number {
  for (const n of [1, 2]) {
    const end = j + n;
    if (!toks[end] || !opensUpper(toks[end].text)) break;
    const joined = joinTokens(toks.slice(k, end + 1));
    if (gazetteer.entry(joined) || isListedOutlet(joined)) return end;
  }
  if (!toks.slice(k, j).every((t) => gazetteer.isPlace(t.text) || gazetteer.entry(t.text)?.region) || !toks[j + 1] || !(gazetteer.isPlace(toks[j + 1].text) || gazetteer.entry(toks[j + 1].text)?.region)) return areaBodyEnd(toks, k, j, s, stats);
  return bodyNameEnd(toks, j + 1, s, stats);
}

/** Heads of public bodies that serve an area, which are named for the two areas they join. */
const AREA_BODY_HEADS = new Set(["trust", "council", "police", "constabulary", "authority", "board"]);

/**
 * "Wendlow and Stour Vale NHS Trust", "Ardleigh and Marrow District Council": a public
 * body named for two areas the gazetteer need not know. The first is a word or two of no
 * dictionary's or first names' (a place's name), the second runs to the body's head word.
 * ("Brandco and Lantern Group" stay two: a company's head is no area's body.)
 */
function areaBodyEnd(toks: Token[], k: number, j: number, s: Sentence, stats: WordStats): number {
  const first = toks.slice(k, j);
  if (first.length > 2 || first.some((t) => lexicon.isEnglishWord(t.lower) || gazetteer.firstNames.has(t.text))) return -1;
  if (!toks[j + 1] || gazetteer.firstNames.has(toks[j + 1].text)) return -1;
  let end = -1;
  for (let i = j + 1; i < j + 7 && i < toks.length && isNameWord(toks[i], i, s, stats, false); i++) if (AREA_BODY_HEADS.has(toks[i].lower)) end = i;
  return end;
}

/** Whether the run from k to j names a body for or of a field so far ("Office for Product Safety", "Centre for Economics"). */
function namesField(toks: Token[], k: number, j: number): boolean {
  for (let i = k + 1; i < j - 1; i++) {
    if ((toks[i].lower === "for" && lexicon.isEnglishWord(toks[i - 1].lower)) || (toks[i].lower === "of" && lexicon.orgHeads.has(toks[i - 1].lower))) return true;
  }
  return false;
}

/**
 * Where the field's words after "and" end ("Standards", "Business Research", "Co-operation"): up to
 * four capitalised dictionary words, the last no body's head word, and no other name word after
 * them; -1 if they do not.
 */
function fieldEnd(toks: Token[], from: number): number {
  let end = -1;
  let words = 0;
  for (let j = from; j < toks.length && (j === from || toks[j].spaced); ) {
    if (!opensUpper(toks[j].text) || !/^\p{L}+(?:-\p{L}+)*$/u.test(toks[j].text)) break;
    // A word with its glued hyphenated parts ("Co-operation").
    let to = j;
    while (toks[to + 1]?.text === "-" && !toks[to + 1].spaced && toks[to + 2] && !toks[to + 2].spaced && /^\p{L}+$/u.test(toks[to + 2].text)) to += 2;
    const word = joinTokens(toks.slice(j, to + 1)).toLowerCase();
    // (A given name that is also a word may be one: "Social Care"; "… and Ana Ruiz" is a person's name.)
    if (++words > 4 || !(lexicon.isEnglishWord(word) || lexicon.isEnglishWord(word.replaceAll("-", "")))) return -1;
    end = to;
    j = to + 1;
  }
  return end >= from && !lexicon.orgHeads.has(toks[end].lower) ? end : -1;
}

/** How many words of a known place of two or three words open the run ("West Yorkshire …"), else 0. */
function leadingPlaceWords(run: Token[]): number {
  for (const n of [3, 2]) {
    if (run.length > n && run.slice(0, n).every((t) => t.spaced || t === run[0]) && gazetteer.entry(joinTokens(run.slice(0, n)))) return n;
  }
  return 0;
}

/**
 * Where a field listed after a comma ends (", Energy and Industrial Strategy", ", Food and Rural
 * Affairs"): items of field words split by commas, the last after "and"; -1 if the list does not close so.
 */
function listedFieldEnd(toks: Token[], comma: number): number {
  let j = comma;
  for (let items = 0; items < 4 && toks[j]; items++) {
    const and = toks[j].lower === "and" ? j : toks[j].text === "," && toks[j + 1]?.lower === "and" ? j + 1 : -1;
    if (and >= 0) return fieldEnd(toks, and + 1);
    if (toks[j].text !== ",") return -1;
    const end = fieldEnd(toks, j + 1);
    if (end < 0) return -1;
    j = end + 1;
  }
  return -1;
}

/** Where a body's name that starts at `from` ends on its head word ("Drug Administration", "Allied Workers' Union"); -1 if it does not. */
function bodyNameEnd(toks: Token[], from: number, s: Sentence, stats: WordStats): number {
  for (let j = from; j < from + 5 && j < toks.length; j++) {
    const t = toks[j];
    if (t.text === "'" && !t.spaced) continue;
    if (!isNameWord(t, j, s, stats, false)) return -1;
    if (lexicon.orgHeads.has(t.lower)) return j;
  }
  return -1;
}

/** Whether the whole name is a region's or a country's ("Democratic Republic of the Congo"), not a name and a place. */
function namesRegionOrCountry(name: string): boolean {
  const entry = gazetteer.entry(name);
  return !!entry && !!(entry.region || entry.country);
}

/** Where the lower-case role modifiers right before token `first` open ("former", "then acting"), or `first`. */
function modifiersBefore(toks: Token[], first: number): number {
  let k = first;
  while (k > 0 && toks[k - 1].text === toks[k - 1].lower && STANDING_MODIFIERS.has(toks[k - 1].lower)) k--;
  return k;
}

/** Words before a title that say when or how its holder holds it ("former", "outgoing", "acting"). */
const STANDING_MODIFIERS = new Set(["former", "ex", "outgoing", "incoming", "acting", "interim", "then", "late"]);

/** "Greater Manchester", "West Lakeport": a known place after a modifier word is still a place name. */
function endsInPlace(nameToks: Token[]): boolean {
  return nameToks.length === 2 && gazetteer.isPlace(nameToks[1].text) && lexicon.isEnglishWord(nameToks[0].lower);
}

/** Whether tokens[i] is part of a quoted nickname inside the name ('Leonard "Lenny" Marsh'). */
function nicknameAt(tokens: Token[], i: number): boolean {
  return (i > 0 && isNickname(tokens, i)) || (i > 1 && isNickname(tokens, i - 1)) || (i > 2 && isNickname(tokens, i - 2));
}

function splitWords(tokens: Token[]): string[] {
  return joinTokens(tokens).split(" ").map(recase);
}
