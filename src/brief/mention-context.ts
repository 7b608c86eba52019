/**
 * What the words around a name say of it: whether it acts ("Brandco said"), is where something
 * happens ("in Lakeport"), is a landmark a distance is measured from, a seat ("born in Hull"), an
 * outlet someone told something, or a person described between commas. Pure functions of a
 * sentence's tokens and the name's position, for the mention finder.
 */
import { gazetteer } from "./gazetteer";
import { opensUpper } from "./letter-case";
import { isMediaWord, isNewsOutlet, lexicon } from "./lexicon";
import { joinTokens, type Token } from "./nlp";
import { isCompanyTrade, isTitleWord, RELATIONS } from "./roles";

/** Words tagged as prepositions that can open a clause whose subject is the name after them. */
const CLAUSE_OPENERS = new Set(["as", "while", "since", "because", "after", "before", "until", "when", "once", "whereas"]);

/** Verbs of a disaster striking a place ("struck", "hit", "battered"). */
const IMPACT_VERBS = new Set(["struck", "strikes", "hit", "hits", "rocked", "rocks", "battered", "batters", "lashed", "lashes", "pounded", "pounds", "ravaged", "ravages", "swept", "sweeps", "shook", "shakes", "flooded", "floods", "devastated", "devastates"]);

/** Words before "in" that say where someone or something belongs, not where anything happens. */
const SEAT_WORDS = new Set(["headquartered", "based", "registered", "incorporated", "born", "raised", "hospital", "hospitals"]);

/**
 * "which is headquartered in Chicago", "born in Lakeport", "flown to a hospital in Middlesbrough":
 * where someone or something belongs or is taken, not where anything happens. (Where a person lives,
 * "a man from Ilkeston", is `isResidence`, which the caller also reads as a place preposition.)
 */
export function isSeat(tokens: Token[], first: number): boolean {
  if (tokens[first - 1]?.lower !== "in") return false;
  const verb = tokens[first - 2]?.lower ?? "";
  // "grew up in Kumasi", "who lives in Leeds": where someone comes from or lives; "a senior police
  // officer in Kanpur", "the BBC's correspondent in Lagos": where someone works.
  return SEAT_WORDS.has(verb) || LIVES.has(verb) || (verb === "up" && /^(?:grew|growing|grown)$/.test(tokens[first - 3]?.lower ?? "")) || (tokens[first - 2]?.text === verb && isTitleWord(verb));
}

const LIVES = new Set(["lives", "lived"]);

/** "58" or "31-year-old": an age. */
const AGE = /^\d{1,3}(?:-year-old)?$/;

/**
 * "a 31-year-old man from Ilkeston", "Gregory Hale, 58, of Glendale": where a person lives, a place
 * named to describe them, not where anything happens.
 */
export function isResidence(tokens: Token[], first: number): boolean {
  // ("Ana Ruiz, 37, of nearby Lakeport": a home's place may be said to be near.)
  if (tokens[first - 1]?.lower === "nearby") first--;
  const before = tokens[first - 1]?.lower;
  const word = tokens[first - 2];
  if (!word) return false;
  // ("a man, 45, from Lakeport", "the 24-year-old from Lakeport", "Ana Ruiz, from Lakeport, said")
  if (before === "from") return AGE.test(word.lower) || lexicon.humanNouns.has(word.lower) || (word.lower === "old" && tokens[first - 3]?.text === "-") || (word.text === "," && tokens[first - 3]?.pos === "PROPN");
  return before === "of" && word.text === "," && AGE.test(tokens[first - 3]?.lower ?? "");
}

/** "Our reporter in Lakeport, Ellie Varga, says": "our" and a media word shortly before, with no verb between. */
export function isStaff(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(1, first - 7); k--) {
    if (isMediaWord(tokens[k].lower) && tokens[k - 1].lower === "our") return true;
    if (tokens[k].pos === "VERB") return false;
  }
  return false;
}

/** Whether token k is a piece of a hyphenated word ("rain-lashed", "sold-out"), a modifier however tagged. */
function inHyphenatedWord(tokens: Token[], k: number): boolean {
  const glued = (j: number) => tokens[j]?.text === "-" && !tokens[j].spaced && tokens[j + 1] && !tokens[j + 1].spaced;
  return glued(k) || glued(k + 1) || glued(k - 1);
}

/** The token before the determiners, adjectives and compass words ending at token k ("the rain-lashed", "northern"). */
function beforeModifiers(tokens: Token[], k: number): number {
  while (k >= 0 && (tokens[k].pos === "DET" || tokens[k].pos === "ADJ" || lexicon.regionWords.has(tokens[k].lower) || inHyphenatedWord(tokens, k))) k--;
  return k;
}

/** Whether the phrase ending at token k ("the northern") follows "from" or "to": a journey's end, not its place. */
function journeyEnd(tokens: Token[], k: number): boolean {
  k = beforeModifiers(tokens, k);
  return k >= 0 && (tokens[k].lower === "from" || tokens[k].lower === "to");
}

/** Words whose "at" names a target, not a place: "angry at", "hit out at", "a swipe at". */
const AIMED_AT = new Set(["protest", "protests", "angry", "furious", "anger", "fury", "outrage", "outraged", "upset", "annoyed", "frustrated", "frustration", "disappointed", "disappointment", "out", "swipe", "aimed", "directed", "targeted", "looked", "laughed", "shouted", "pointed", "jab", "dig", "jabs", "digs", "glared", "smiled", "marvelled", "surprised", "shocked"]);

const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "across", "into", "around", "through", "throughout", "within", "towards", "toward"]);

const SKIP_TO_VERB = new Set(["has", "have", "had", "also", "later", "repeatedly", "not", "yet", "already", "now", "then", "still", "previously", "earlier", "again", "never", "always", "today", "himself", "herself", "itself", "themselves", "reportedly", "allegedly", "officially", "publicly", "formally", "once", "just", "quickly", "swiftly", "immediately", "strongly", "firmly", "initially", "finally", "ultimately", "recently", "separately"]);

/** "Black voters", "Furious shoppers": a people noun the name qualifies, but not one who speaks for it ("Brandco spokesman"). */
export function describesPeople(next: string): boolean {
  return lexicon.humanNouns.has(next) && !lexicon.affiliationNouns.has(next) && !lexicon.entourageNouns.has(next);
}

/** A country, or a capital standing for it. */
function isState(name: string): boolean {
  return !!gazetteer.country(name) || !!gazetteer.capitalOf(name);
}

/** Words that open a description of a name between commas ("Washington, an ally of Ankara, …"). */
const DESCRIPTION_OPENERS = new Set(["a", "an", "the", "its", "one"]);

export function isAgent(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before && before.lower === "by") return true;
  // "as Ottawa kept up the pressure": after a conjunction a name still opens a clause; after "of", "in" it does not.
  if (before && (before.lower === "of" || (before.pos === "ADP" && !CLAUSE_OPENERS.has(before.lower)))) return false;
  // "Beijing, whose exports have doubled, condemned …": the verb after a relative clause.
  if (tokens[last + 1]?.text === "," && /^(who|whose|which)$/i.test(tokens[last + 2]?.text ?? "")) {
    const close = tokens.findIndex((t, k) => k > last + 2 && (t.text === "," || t.text === '"' || t.text === ";"));
    if (close > 0 && close - last <= 20 && tokens[close].text === ",") last = close;
  }
  // "Beijing, however, said …": an adverb set off by commas; "Washington, an ally of Ankara, declined …": a state described.
  if (tokens[last + 1]?.text === ",") {
    const close = tokens.findIndex((t, k) => k > last + 1 && (t.text === "," || t.text === '"' || t.text === ";"));
    const aside = close > 0 ? tokens.slice(last + 2, close) : [];
    const adverbial = aside.length > 0 && aside.length <= 3 && aside.every((t) => t.pos === "ADV" || t.pos === "ADP" || t.pos === "DET" || t.pos === "PRON");
    // (Only a country or its capital: a building described, "Trump Tower, a 58-story skyscraper, serves as …", does not act.)
    const described = aside.length > 1 && close - last <= 20 && DESCRIPTION_OPENERS.has(aside[0].lower) && isState(joinTokens(tokens.slice(first, last + 1)));
    if (tokens[close]?.text === "," && (adverbial || described)) last = close;
  }
  // "Paris and Washington urged calm": the first of two names joined as the subject acts too.
  if (tokens[last + 1]?.lower === "and" && opensUpper(tokens[last + 2]?.text ?? "") && tokens[last + 2].pos === "PROPN") {
    last += 2;
    while (tokens[last + 1]?.pos === "PROPN" && opensUpper(tokens[last + 1].text)) last++;
  }
  // "The U.S. Embassy in Tbilisi urged": where the body sits, between it and its verb.
  if (/^(in|at)$/.test(tokens[last + 1]?.lower ?? "") && opensUpper(tokens[last + 2]?.text ?? "") && tokens[last + 2].pos === "PROPN") {
    last += 2;
    while (tokens[last + 1]?.pos === "PROPN" && opensUpper(tokens[last + 1].text)) last++;
  }
  // 'Moscow "has always supported" …': a quotation may open at the verb.
  if (/^["“]$/.test(tokens[last + 1]?.text ?? "") && tokens[last + 1].spaced) last++;
  // "Russia on Wednesday vetoed …", "The council on March 5 voted …": a date between the subject and its verb.
  const dated = tokens[last + 1]?.lower === "on" ? dateAfter(tokens, last + 2) : 0;
  if (dated) last += 1 + dated;
  for (let k = last + 1; k < tokens.length && k <= last + 4; k++) {
    const t = tokens[k];
    if (SKIP_TO_VERB.has(t.lower) || t.pos === "ADV") continue;
    if (t.text === "," || t.pos === "PUNCT") return false;
    return t.pos === "VERB" || t.pos === "AUX";
  }
  return false;
}

const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const MONTH_NAME = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;

/** How many tokens a day written from k takes ("Wednesday", "March 5", "5 March"); 0 if none. */
function dateAfter(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t) return 0;
  if (WEEKDAY.test(t.lower)) return 1;
  if (MONTH_NAME.test(t.lower) && /^\d{1,2}$/.test(tokens[k + 1]?.text ?? "")) return 2;
  if (/^\d{1,2}$/.test(t.text) && MONTH_NAME.test(tokens[k + 1]?.lower ?? "")) return 2;
  return 0;
}

/** "German [foreign ministry] said": up to two lower-case modifiers, a state body, then its verb. */
export function stateVoiceAfter(tokens: Token[], last: number): string | undefined {
  for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text !== t.lower) return undefined;
    if (lexicon.stateVoices.has(t.lower)) return isAgent(tokens, last + 1, k) ? joinTokens(tokens.slice(last + 1, k + 1)) : undefined;
    if (t.pos !== "ADJ" && t.pos !== "NOUN") return undefined;
  }
  return undefined;
}

/** "the Ortiz campaign said", "Ortiz's lawyers argued": the group, when it is the one acting. */
export function entourageAfter(tokens: Token[], last: number): string | undefined {
  let k = last + 1;
  if (tokens[k]?.text === "'s" || tokens[k]?.text === "'") k++;
  const t = tokens[k];
  return t && t.text === t.lower && lexicon.entourageNouns.has(t.lower) && isAgent(tokens, last + 1, k) ? t.lower : undefined;
}

const PLACE_NOUNS = new Set(["city", "town", "village", "capital", "province", "region", "state", "county", "district", "suburb", "suburbs", "area", "island", "port", "hub", "track", "circuit", "venue", "streets", "edge", "outskirts", "centre", "center", "heart", "coast", "shore", "shores", "waters"]);

/** People named by where they live ("residents of Horsham were told to leave"): the place is the story's. */
const RESIDENT_NOUNS = new Set(["residents", "inhabitants", "townspeople", "townsfolk", "villagers", "locals"]);

/** Nouns written right before a place's name, comma or not ("the capital Astor", "the port city, Marvel"). */
const CAPITAL_NOUNS = new Set(["capital", "city", "town", "village"]);

export function isToldTo(tokens: Token[], first: number): boolean {
  // "told the House", "told the court": a chamber or a court is told things, and is no outlet.
  if (HEARERS.has(tokens[first]?.lower ?? "")) return false;
  let k = first - 1;
  // "the newspaper Le Matin reported", "the broadcaster KRT said": named with its kind, an outlet.
  if (/^(newspaper|broadcaster|magazine|website|channel|tabloid|daily|weekly|journal)$/.test(tokens[k]?.lower ?? "") && tokens[k].text === tokens[k].lower && tokens[k - 1]?.lower === "the") return true;
  // "told Spanish newspaper Marca", "told the state broadcaster ERT": the outlet's kind before its name.
  k = beforeOutletKind(tokens, k).at;
  if (tokens[k]?.lower === "the") k--;
  const w = tokens[k]?.lower;
  // "a memo seen by TechWire", "first reported by TechWire": reporters see documents and break stories.
  return spokenToAt(tokens, k) || w === "citing" || (w === "to" && tokens[k - 1]?.lower === "according") || (w === "with" && tokens[k - 1]?.lower === "interview") || (w === "by" && /^(seen|obtained|reported)$/.test(tokens[k - 1]?.lower ?? ""));
}

/** Whether token k closes "told" or "contacted by", "approached by": how someone speaks to a reporter's outlet. */
export function spokenToAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  return w === "told" || (w === "by" && /^(?:contacted|approached)$/.test(tokens[k - 1]?.lower ?? ""));
}

/** Bodies that are told things in public: chambers, courts, meetings. */
const HEARERS = new Set(["house", "commons", "lords", "senate", "parliament", "assembly", "congress", "court", "tribunal", "jury", "committee", "inquiry", "council", "conference", "summit", "hearing", "rally"]);

/** Nouns that follow a medium's word to name one outlet of it ("radio station", "news site", "news agency"). */
const OUTLET_KIND_HEADS = new Set(["station", "site", "agency", "outlet", "portal", "service"]);
/** Media words that say what kind of outlet the name after them is (not "news" or "online" alone). */
const OUTLET_KINDS = new Set(["newspaper", "daily", "weekly", "tabloid", "magazine", "broadcaster", "channel", "website", "blog", "radio", "television", "tv"]);

/** Kinds of outlet, and an outlet's own voice, that name only outlets when written after a name ("Velnar newspaper", "the Velnar editorial board"). */
const PRINT_KINDS = new Set(["newspaper", "tabloid", "magazine", "broadcaster", "editorial"]);

/**
 * Steps back from token k over an outlet's kind written before its name ("Spanish newspaper",
 * "local radio station", "the technology news site"): the token before them, and whether they say
 * what kind of outlet it is.
 */
function beforeOutletKind(tokens: Token[], k: number): { at: number; kind: boolean } {
  // ("the state news agency INA", "the radio station KXLP": a media word and its head name the kind.)
  const headed = OUTLET_KIND_HEADS.has(tokens[k]?.lower ?? "") && isMediaWord(tokens[k - 1]?.lower ?? "");
  if (headed) k--;
  if (!tokens[k] || tokens[k].text !== tokens[k].lower || !isMediaWord(tokens[k].lower)) return { at: k, kind: false };
  const kind = headed || OUTLET_KINDS.has(tokens[k].lower);
  k--;
  for (let n = 0; n < 2 && tokens[k] && (tokens[k].pos === "ADJ" || tokens[k].pos === "NOUN" || tokens[k].pos === "PROPN") && !isToldWord(tokens[k].lower); n++) k--;
  return { at: k, kind };
}

/**
 * "Local newspaper Mokolo said", "the Korvian daily La Voz reported", "Mokolo newspaper reported": a
 * name introduced or followed by the kind of outlet it is is that outlet whatever its words look like.
 */
export function isNamedAsOutlet(tokens: Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  // (Not "the Lakeport Transit website": a body's own site is no outlet.)
  if (after && after.text === after.lower && PRINT_KINDS.has(after.lower)) return true;
  // "CNN affiliate KFOR reported": a network's affiliate station.
  if (/^affiliates?$/.test(tokens[first - 1]?.lower ?? "") && isNewsOutlet(tokens[first - 2]?.text ?? "")) return true;
  const { at, kind } = beforeOutletKind(tokens, first - 1);
  return kind && (at < 0 || tokens[at].lower === "the");
}

function isToldWord(lower: string): boolean {
  return lower === "told" || lower === "citing";
}

/**
 * Where a list of places that ends before token k+1 opens ("India, Nepal and" → before "India"):
 * the token before the list's first place, or k itself when no place is listed before.
 */
function listStart(tokens: Token[], k: number): number {
  for (let items = 0; items < 6; items++) {
    const sep = tokens[k];
    if (!sep || (sep.text !== "," && sep.lower !== "and" && sep.lower !== "or")) break;
    let j = k - 1;
    if (sep.text !== "," && tokens[j]?.text === ",") j--;
    const end = j;
    while (j >= 0 && opensUpper(tokens[j].text) && tokens[j].pos === "PROPN") j--;
    if (j === end || !gazetteer.isPlace(joinTokens(tokens.slice(j + 1, end + 1)))) break;
    k = j;
  }
  return k;
}

/** Whether a state's or province's name of two or three words opens at token `first` ("New South Wales"). */
function opensRegion(tokens: Token[], first: number): boolean {
  return [2, 3].some((n) => first + n <= tokens.length && !!gazetteer.entry(joinTokens(tokens.slice(first, first + n)))?.region);
}

/** Words of a distance before "of" or "from": "50 miles south of", "a few kilometres from". */
const DISTANCE_WORDS = new Set(["miles", "mile", "km", "kilometres", "kilometers", "kilometre", "kilometer", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"]);

/** Words of a vehicle's route before its "from … to …": "a flight from X to Y", "the train bound for Z". */
const ROUTE_WORDS = new Set(["flight", "flights", "flying", "route", "service", "train", "bus", "coach", "plane", "jet", "ferry", "voyage", "journey", "bound", "heading", "en"]);

/** "the flight from Lakeport to Harwich", "a ferry bound for Eastport": where a route starts or ends, not where its story happens. */
function isRouteEnd(tokens: Token[], first: number): boolean {
  const link = tokens[first - 1]?.lower;
  if (link !== "from" && link !== "to" && !(link === "for" && tokens[first - 2]?.lower === "bound")) return false;
  for (let k = first - 2; k >= Math.max(0, first - 8); k--) {
    if (ROUTE_WORDS.has(tokens[k].lower)) return true;
    if (tokens[k].pos === "VERB" && tokens[k].lower !== "flying" && tokens[k].lower !== "heading") return false;
  }
  return false;
}

/** What a share price does, reported with the market's city after it ("fell 3.1pc in Frankfurt"). */
const MARKET_MOVES = new Set(["fell", "rose", "jumped", "dropped", "slid", "gained", "climbed", "closed", "tumbled", "surged", "plunged", "sank", "slumped", "soared", "dipped", "edged", "ended", "traded", "lost", "added", "up", "down", "higher", "lower"]);
/** What may stand between the move and "in": the size of the move and when ("3.1pc", "5 per cent", "in early trading"). */
const MOVE_SIZE = /^(?:\d[\d.,]*(?:pc|%)?|%|pc|per|cent|percent|points?|early|late|morning|afternoon|trading|as|much|nearly|almost|more|than|about)$/;

/** "Shares in Brandco fell 3.1pc in Frankfurt": the market's city, no place of the story. */
function isMarketCity(tokens: Token[], first: number): boolean {
  if (tokens[first - 1]?.lower !== "in") return false;
  let k = first - 2;
  while (k >= 0 && MOVE_SIZE.test(tokens[k].lower)) k--;
  if (k < 0 || !MARKET_MOVES.has(tokens[k].lower)) return false;
  return tokens.slice(0, k).some((t) => t.lower === "shares" || t.lower === "stock" || t.lower === "stocks");
}

/** "a Shenzhen-based maker", "the Lakeport-headquartered bank": where a body has its home. */
const HOME_SUFFIXES = new Set(["based", "headquartered"]);

/**
 * "Orizon Mobile, the Shenzhen-based handset maker, …": the home of a body described in apposition,
 * another party to the story. ("The Atlanta-based company said …" goes back to the story's own
 * company, whose home may well be where its news happened.)
 */
function isHomeInApposition(tokens: Token[], first: number, last: number): boolean {
  return tokens[last + 1]?.text === "-" && !tokens[last + 1].spaced && HOME_SUFFIXES.has(tokens[last + 2]?.lower ?? "") && !tokens[last + 2].spaced && tokens[first - 1]?.pos === "DET" && tokens[first - 2]?.text === ",";
}

/**
 * Whether the place only locates something else: a distance from it ("50 miles south of Lakeport"),
 * the end of a route ("the flight from Lakeport to Harwich"), the market a share price moved in, or
 * the home of a body described in apposition (", a Shenzhen-based maker,").
 */
export function isReference(tokens: Token[], first: number, last: number): boolean {
  if (isRouteEnd(tokens, first) || isMarketCity(tokens, first)) return true;
  if (isHomeInApposition(tokens, first, last)) return true;
  let at = first;
  // "about 60 km from the city of Kanpur": past the place noun that introduces the name.
  if (tokens[at - 1]?.lower === "of" && PLACE_NOUNS.has(tokens[at - 2]?.lower ?? "")) {
    at -= 2;
    while (at > 0 && (tokens[at - 1].pos === "DET" || tokens[at - 1].pos === "ADJ")) at--;
  }
  const link = tokens[at - 1]?.lower;
  if (link !== "of" && link !== "from") return false;
  for (let k = at - 2; k >= Math.max(0, at - 4); k--) if (DISTANCE_WORDS.has(tokens[k].lower)) return true;
  return false;
}

export function isLocative(tokens: Token[], first: number): boolean {
  let k = first - 1;
  // "the northern city of Sidi-bel-Abbes": a place noun + "of" locates as a preposition does.
  // ("travelling from the northern city of Rangpur to Dhaka": where a journey starts or ends is not where it happened.)
  if (tokens[k]?.lower === "of" && (PLACE_NOUNS.has(tokens[k - 1]?.lower ?? "") || RESIDENT_NOUNS.has(tokens[k - 1]?.lower ?? ""))) return !journeyEnd(tokens, k - 2);
  // "in the Velmoran capital Astana", "near the provincial capital, Portoviejo": the place noun before
  // the name, with its modifiers, locates as the name does.
  if (tokens[k]?.text === "," && CAPITAL_NOUNS.has(tokens[k - 1]?.lower ?? "")) k--;
  if (CAPITAL_NOUNS.has(tokens[k]?.text ?? "")) {
    k--;
    if (tokens[k] && opensUpper(tokens[k].text) && tokens[k].pos === "PROPN" && tokens[k - 1]?.lower === "the") k--;
  }
  // "across India, Nepal and Bangladesh": a later place in a list of places is placed as the first is.
  if (gazetteer.isPlace(tokens[first].text)) k = listStart(tokens, k);
  k = beforeModifiers(tokens, k);
  // "Analysts at Brandco said": where someone works, not where something happens.
  if (tokens[k]?.lower === "at" && lexicon.affiliationNouns.has(tokens[k - 1]?.lower ?? "")) return false;
  // "Fans angry at Brandco", "hit out at Lakeport": whom a feeling or a blow is aimed at.
  if (tokens[k]?.lower === "at" && AIMED_AT.has(tokens[k - 1]?.lower ?? "")) return false;
  // "Shares in Brandco rose", "a 5% stake in Brandco": what is held, not where.
  if (tokens[k]?.lower === "in" && lexicon.holdingNouns.has(tokens[k - 1]?.lower ?? "")) return false;
  // "An earthquake struck northern Italy", "Floods hit Texas": what strikes a known place happens there.
  if (IMPACT_VERBS.has(tokens[k]?.lower ?? "") && (gazetteer.isPlace(tokens[first].text) || opensRegion(tokens, first))) return true;
  return k >= 0 && PLACE_PREPOSITIONS.has(tokens[k].lower);
}

/**
 * Whether the phrase from toks[k] on, closed by a comma or the sentence's end, describes a person:
 * an age ("45,") or a determiner, at most two modifiers and a person noun or title in lower case
 * ("a villager", "the local imam"); or a relative clause on "who" (bodies take "which").
 */
export function describesPerson(toks: Token[], k: number): boolean {
  const closes = (t: Token | undefined) => !t || t.text === "," || /^[.!?]$/.test(t.text);
  if (toks[k]?.lower === "who" && toks[k + 1] && /^(?:VERB|AUX|ADV)$/.test(toks[k + 1].pos)) return true;
  if (toks[k]?.pos === "NUM" && /^\d{1,3}$/.test(toks[k].text)) return closes(toks[k + 1]);
  if (!/^(a|an|the)$/.test(toks[k]?.lower ?? "")) return false;
  // ("a 61-year-old retired teacher": the age is one modifier.)
  const age = toks[k + 1]?.pos === "NUM" && toks[k + 2]?.text === "-" && toks[k + 3]?.lower === "year" && toks[k + 5]?.lower === "old" ? 5 : 0;
  for (let j = k + 1 + age; j <= k + 3 + age && toks[j]; j++) {
    const t = toks[j];
    if (t.text !== t.lower) return false;
    if (RELATIONS.has(t.lower)) return false;
    // ("the opposition leader who tabled the motion")
    if ((lexicon.humanNouns.has(t.lower) || isTitleWord(t.lower)) && !t.lower.endsWith("s")) return closes(toks[j + 1]) || /^(?:of|in|from|who)$/.test(toks[j + 1]?.lower ?? "");
    if (t.pos !== "ADJ" && t.pos !== "NOUN") return false;
  }
  return false;
}

/** Nouns for bodies that are never a person ("a trucking company", "a rights group"), besides a company's trades. */
const BODY_NOUNS = new Set(["company", "corporation", "business", "group", "organisation", "organization", "charity", "nonprofit", "association", "club", "agency"]);

/**
 * Whether the phrase from toks[k] on describes a company or a body: "a|an|the", at most three
 * modifiers in lower case and a body's noun that heads the phrase ("a trucking company based in …",
 * not "a company spokesman").
 */
export function describesGroup(toks: Token[], k: number): boolean {
  if (!/^(a|an|the)$/.test(toks[k]?.lower ?? "")) return false;
  for (let j = k + 1; j <= k + 4 && toks[j]; j++) {
    const t = toks[j];
    if (t.text !== t.lower) return false;
    if (BODY_NOUNS.has(t.lower) || isCompanyTrade(t.lower)) return toks[j + 1]?.pos !== "NOUN";
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.text !== "-") return false;
  }
  return false;
}

/** Nouns for a settlement, as a text introduces one ("the village of X", "X, a town of 4,000 people"). */
const SETTLEMENT_NOUNS = new Set(["town", "village", "city", "hamlet", "suburb", "borough", "community", "settlement", "township", "municipality"]);

/** Whether the name at last qualifies a settlement the text goes on to name ("the Kent village of Hollingbury Green"): that one is where. */
export function qualifiesSettlement(toks: Token[], last: number): boolean {
  return SETTLEMENT_NOUNS.has(toks[last + 1]?.lower ?? "") && toks[last + 2]?.lower === "of";
}

/** Works named for the place they stand in ("its Eastfield plant"). */
const SITE_NOUNS = new Set(["plant", "plants", "factory", "factories", "works", "mill", "refinery", "smelter", "mine", "depot", "warehouse", "site", "facility", "campus", "base", "shipyard", "yard"]);

/** What only a settlement has, after its name in the possessive ("Eastfield's mayor"). */
const SETTLEMENT_OWNINGS = new Set(["mayor", "mayoress", "townspeople", "townsfolk", "residents", "outskirts", "suburbs", "downtown", "streets", "inhabitants", "townships", "town", "village"]);

/**
 * Whether the text introduces the name at first..last as a settlement: "the Kent village of
 * Hollingbury Green", "Dunmore Flats, a town of 4,000 people".
 */
export function namedAsSettlement(toks: Token[], first: number, last: number): boolean {
  if (toks[first - 1]?.lower === "of" && SETTLEMENT_NOUNS.has(toks[first - 2]?.lower ?? "")) return true;
  // "from nearby Lakeport", "in nearby Eastfield": only a place is near.
  if (toks[first - 1]?.lower === "nearby" && /^(?:from|in|to|at)$/.test(toks[first - 2]?.lower ?? "")) return true;
  // "its Eastfield assembly plant", "the carmaker's Eastfield factory": a site named for where it stands.
  if (/^(?:its|their|our|his|her)$/.test(toks[first - 1]?.lower ?? "") || /^['’]s$/.test(toks[first - 1]?.text ?? "")) {
    for (let j = last + 1; j <= last + 3 && toks[j] && toks[j].text === toks[j].lower; j++) {
      if (SITE_NOUNS.has(toks[j].lower)) return true;
      if (toks[j].pos !== "NOUN" && toks[j].pos !== "ADJ") break;
    }
  }
  // "Eastfield's mayor", "Eastfield's residents": only a settlement has these.
  if (/^['’]s$/.test(toks[last + 1]?.text ?? "") && SETTLEMENT_OWNINGS.has(toks[last + 2]?.lower ?? "")) return true;
  if (toks[last + 1]?.text !== "," || !/^(a|an)$/.test(toks[last + 2]?.lower ?? "")) return false;
  for (let j = last + 3; j <= last + 5 && toks[j]; j++) {
    if (SETTLEMENT_NOUNS.has(toks[j].lower)) return true;
    if (toks[j].pos !== "ADJ" && toks[j].pos !== "NOUN") return false;
  }
  return false;
}

/**
 * The country code of a state, province or country named from toks[k] on and ending there
 * ("…, Wisconsin, said", "…, New South Wales."): one or two words, with no name word after them.
 */
export function regionAt(toks: Token[], k: number): string | undefined {
  for (const n of [1, 2]) {
    const words = toks.slice(k, k + n);
    if (words.length < n || !words.every((t) => opensUpper(t.text) && t.pos === "PROPN")) return undefined;
    const next = toks[k + n];
    if (next && (opensUpper(next.text) || !next.spaced && next.text !== "," && next.text !== ".")) continue;
    const place = gazetteer.entryAsWritten(joinTokens(words)) ?? (n === 1 ? abbreviatedRegion(toks, k) : undefined);
    const code = place?.region?.country ?? place?.country?.code;
    if (code) return code;
  }
  return undefined;
}

/** "Wendham, Alta., …": an abbreviated state or province whose full stop the tokenizer split off. */
export function abbreviatedRegion(toks: Token[], k: number): ReturnType<typeof gazetteer.entry> {
  const dot = toks[k + 1];
  if (dot?.text !== "." || dot.spaced || toks[k - 1]?.text !== ",") return undefined;
  const place = gazetteer.entryAsWritten(`${toks[k].text}.`);
  return place?.region ? place : undefined;
}
