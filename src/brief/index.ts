/**
 * brief(article) → Brief: the pure, deterministic core. No clock, randomness, network or locale:
 * the reference date for relative expressions is the article's own publication date.
 *
 * @example
 *   const result = brief({ id: "a1", text, published: "2026-01-07" });
 *   if (result.ok) console.log(result.brief.what.text);
 */
import { createHash } from "node:crypto";
import type { Article, Brief, BriefResult, Evidence } from "../schema";
import { type Cleaned, cleanArticle, MAX_CHARS } from "./clean";
import { priceCountry } from "./currency";
import { resolveEntities } from "./entities";
import { findMentions, wordStats } from "./mentions";
import { analyse, type Doc } from "./sentences";
import { findSource, sameOutlet } from "./source";
import { findStances } from "./stance";
import { gazetteer } from "./gazetteer";
import { lexicon } from "./lexicon";
import { ENGINE_VERSION } from "./version";
import { findWhat } from "./what";
import { findWhen, isoDay } from "./when";
import { findPlaces } from "./where";
import { rankActors } from "./who";

export { ENGINE_VERSION } from "./version";

export interface BriefOptions {
  engineVersion?: string;
}

/** Share of tokens that are English function words: prose in English sits well above this. */
const MIN_ENGLISH_RATIO = 0.18;

/** Share of lower-case words found in the English word list, above which a short text is English. */
const MIN_DICTIONARY_SHARE = 0.8;
/** Lower-case words a text needs before the word list alone may vouch for it. */
const MIN_DICTIONARY_WORDS = 8;

/**
 * Whether the text reads as English: enough function words, or, in a short text dense with names
 * and content words ("Korvia expelled 12 diplomats …"), nearly all its lower-case words English ones.
 */
function readsEnglish(doc: Doc): boolean {
  let words = 0;
  let stop = 0;
  for (const s of doc.sentences) for (const t of s.tokens) {
    // Names say nothing about the language around them ("Ana Ruiz said …" in a short, name-heavy text).
    if (t.pos === "PUNCT" || t.pos === "NUM" || t.pos === "SYM" || t.pos === "PROPN") continue;
    words++;
    if (t.stop) stop++;
  }
  if (!words) return false;
  if (stop / words >= MIN_ENGLISH_RATIO) return true;
  // Rarely needed, and a dictionary probe per word costs more than the count above.
  let lower = 0;
  let known = 0;
  for (const s of doc.sentences) for (const t of s.tokens) {
    if (t.pos === "PROPN" || !/^[a-z]{3,}$/.test(t.text)) continue;
    lower++;
    if (lexicon.isEnglishWord(t.text)) known++;
  }
  return lower >= MIN_DICTIONARY_WORDS && known / lower >= MIN_DICTIONARY_SHARE;
}

/** A national office written bare ("Foreign Minister", "Prime Minister", "President"), with no place or party before it. */
const NATIONAL_OFFICE = /^(?:(?:foreign|interior|home|defen[cs]e|finance|justice|health|trade|economy|deputy prime|prime)\s+)?(?:minister|secretary|president|chancellor)$/i;

/** Fewer words than this make a short text, briefed with low confidence. */
const SHORT_WORDS = 40;

/** The number of space-separated pieces, counted only as far as `limit`: long texts stop early. */
function wordCountUpTo(text: string, limit: number): number {
  const gaps = /\s+/g;
  let n = 1;
  while (n < limit && gaps.exec(text)) n++;
  return n;
}

export function brief(article: Article, options: BriefOptions = {}): BriefResult {
  return contained(() => {
    const cleaned = cleanArticle(article.text ?? "", { title: article.title, publisher: article.publisher });
    if ("code" in cleaned) return { ok: false, rejection: cleaned };
    return briefOf(article, cleaned, options);
  });
}

/**
 * A fault of the engine on one article becomes that article's rejection: an import of thousands of
 * articles or a digest of five must not fail for one text the rules mishandle. The message names the
 * fault (no stack: it would carry the machine's paths); tests treat any such rejection as a failure.
 */
function contained(run: () => BriefResult): BriefResult {
  try {
    return run();
  } catch (e) {
    const fault = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { ok: false, rejection: { code: "engine_error", message: `The brief engine failed on this article (${fault}); the article is kept, and this is a bug to report with it.` } };
  }
}

/**
 * The brief of an article already cleaned: `cleaned` must be what
 * `cleanArticle(article.text ?? "", { title: article.title, publisher: article.publisher })` returned.
 * Ingestion cleans every article for its fingerprints anyway and need not clean it twice.
 */
export function briefCleaned(article: Article, cleaned: Cleaned, options: BriefOptions = {}): BriefResult {
  return contained(() => briefOf(article, cleaned, options));
}

function briefOf(article: Article, cleaned: Cleaned, options: BriefOptions): BriefResult {
  const engineVersion = options.engineVersion ?? ENGINE_VERSION;
  const doc = analyse(cleaned.title, cleaned.body);
  if (!doc.sentences.length) return { ok: false, rejection: { code: "no_sentences", message: "The article has no sentences to brief (no words were found in it)." } };

  const published = isoDay(article.published) ?? cleaned.dateline ?? undefined;
  // The engine reads English: in other languages capitalised words are not evidence of names.
  const english = readsEnglish(doc);
  const stats = english ? wordStats(doc) : null;
  const entities = stats ? resolveEntities(findMentions(doc, stats), { titled: doc.hasTitle, lowerSeen: stats.lowerSeen, repeatedSubjects: stats.repeatedSubjects, priceCountry: priceCountry(doc.text) }) : [];
  // The publisher is the source of its own story, never an actor in it ("bbc" metadata, "BBC" in the text).
  // Without metadata the page may name its publisher: a sign-off, the site after the headline, a copyright line.
  const named = cleaned.signoff ?? cleaned.site ?? cleaned.copyright;
  const publisherName = article.publisher ?? named;
  if (publisherName) for (const e of entities) if (sameOutlet(e.name, publisherName)) e.outlet = true;
  // "ELMSFORD JUNCTION, Pa. (AP) —": the dateline's place, where the text names it, is a place of the story.
  // ("NEW YORK —" and "New York City" in the text are one city, as the gazetteer names it.)
  // ("RUIZ: …" opening a transcript is a speaker, not a dateline: that form is read only for known places.)
  const datelinePlace = cleaned.datelinePlace && (!cleaned.datelineByColon || gazetteer.isPlace(cleaned.datelinePlace)) ? cleaned.datelinePlace : null;
  const datelineCity = datelinePlace ? gazetteer.city(datelinePlace)?.name : undefined;
  const datelined = datelinePlace ? entities.find((e) => (e.name.toLowerCase() === datelinePlace.toLowerCase() || (e.type === "city" && e.name === datelineCity)) && !e.outlet) : undefined;
  if (datelined && datelined.type !== "country" && datelined.type !== "city") datelined.type = "place";
  // "PARMA, OH (WKRX) -", "SPRINGFIELD, Ill. (AP) -": the state the dateline names says which namesake.
  const areaCode = datelined && cleaned.datelineArea ? gazetteer.datelineArea(cleaned.datelineArea)?.code : undefined;
  if (datelined && areaCode && datelined.country !== areaCode && datelined.type !== "country") datelined.country = areaCode;
  // "TALLINN (AP) — … Foreign Minister Ana Ruiz said": a national office named without its country,
  // in a story filed from a capital, is that country's.
  const datelineCountry = datelinePlace ? gazetteer.capitalOf(datelinePlace) : undefined;
  if (datelineCountry) for (const e of entities) if (e.type === "person" && !e.country && e.role && NATIONAL_OFFICE.test(e.role)) e.country = datelineCountry.code;
  const what = findWhat(doc)!;
  const actors = rankActors(doc, entities, what);
  // A dateline the text never names again is a place only where its form vouches for it: an agency's
  // credit, an area after it, or the gazetteer ("EXCLUSIVE - …" opens the same way).
  // ("WENDLOW — … the Wendlow Board of Education voted": a local body named for it vouches too.)
  const namesBodyFor = (place: string) => entities.some((e) => e.type === "org" && e.name.startsWith(`${place} `));
  const dateline = datelinePlace && (datelined || cleaned.wire || cleaned.datelineArea || gazetteer.isPlace(datelinePlace) || namesBodyFor(datelinePlace))
    ? { place: datelinePlace, area: cleaned.datelineArea ?? undefined, entity: datelined }
    : undefined;
  const places = findPlaces(doc, entities, what, dateline);
  const when = findWhen(doc, what, published);
  const stances = findStances(doc, entities, what);
  const source = findSource(doc, entities, { publisher: article.publisher, signoff: named, wire: cleaned.wire });

  const notes: string[] = [];
  let low = false;
  if (cleaned.truncatedFrom) {
    notes.push(`truncated: the text has ${cleaned.truncatedFrom.toLocaleString("en-US")} characters; the brief reads the first ${MAX_CHARS.toLocaleString("en-US")}`);
    low = true;
  }
  if (!english) {
    notes.push("language: the text does not look like English prose; who, where and stance are left out");
    low = true;
  }
  if (stats?.shouting) {
    notes.push("capitals: the text is set in capital letters, so capitals mark no names; people and organisations are those gazetteers or titles vouch for");
    low = true;
  }
  const words = wordCountUpTo(doc.text, SHORT_WORDS);
  if (words < SHORT_WORDS) {
    notes.push(`short: only ${words} words`);
    low = true;
  }
  if (!cleaned.title) notes.push("title: none in the article; the what line comes from the lead sentence");
  if (cleaned.removedLines) notes.push(`cleaned: removed ${cleaned.removedLines} line(s) of page furniture`);
  if (!published) notes.push("date: no publication date; relative dates left unresolved");

  const cited = new Set<number>();
  const ev = (sentence: number, start: number, end: number): Evidence => {
    cited.add(sentence);
    return { sentence, start, end };
  };

  const result: Brief = {
    id: createHash("sha256").update(`${article.id}\u0000${engineVersion}`).digest("hex"),
    engineVersion,
    articleId: article.id,
    title: cleaned.title,
    what: { text: what.text, evidence: ev(what.sentence.index, what.start, what.end) },
    who: actors.map((a) => ({ name: a.name, kind: a.kind, ...(a.role ? { role: a.role } : {}), mentions: a.mentions, evidence: ev(a.sentence, a.start, a.end) })),
    where: places.map((p) => ({ name: p.name, role: p.role, ...(p.country ? { country: p.country } : {}), ...(p.datelineOnly ? { basis: "dateline" as const } : { evidence: ev(p.sentence, p.start, p.end) }) })),
    when: when
      ? { ...(when.date ? { date: when.date } : {}), text: when.text, basis: when.basis, ...(when.sentence !== undefined ? { evidence: ev(when.sentence, when.start!, when.end!) } : {}) }
      : null,
    stance: stances.map((s) => ({
      actor: s.entity.name,
      position: s.position,
      ...(s.as ? { as: s.as } : {}),
      ...(s.quote ? { quote: s.quote } : {}),
      ...(s.verb ? { verb: s.verb } : {}),
      evidence: ev(s.sentence, s.start, s.end),
    })),
    source: { ...(source.publisher ? { publisher: source.publisher } : {}), citing: source.citing, ...(published ? { published } : {}), ...(article.url ? { url: article.url } : {}) },
    confidence: low ? "low" : "normal",
    notes,
    cited: [...cited].sort((a, b) => a - b).map((i) => ({ sentence: i, start: doc.sentences[i].start, text: doc.sentences[i].text })),
  };
  return { ok: true, brief: result };
}
