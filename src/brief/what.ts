/**
 * The main event as one short sentence. A headline that states an event is the best summary an
 * editor wrote; without one, the lead sentence with its attribution trimmed ("…, X announced").
 */
import { headlineClauseStart, isVerbLike } from "./clause";
import { lexicon } from "./lexicon";
import type { Token } from "./nlp";
import type { Doc, Sentence } from "./sentences";

export const WHAT_MAX = 200;

export interface What {
  text: string;
  sentence: Sentence;
  start: number;
  end: number;
  /** Token position where the reported clause starts (after a kicker or a leading quote). */
  clauseStart: number;
}

export function leadSentences(doc: Doc, count = 3): Sentence[] {
  return doc.sentences.filter((s) => !s.isTitle && !s.cruft && s.tokens.length >= 6).slice(0, count);
}

/** "What happened at …", "Why the bridge fell", "Everything you need to know": an explainer, not the event. */
const EXPLAINER = /^(?:what|why|how|who|where|when|which|everything you need to know)\b/i;
/** "Inside Kiera Dunmore's castle wedding": a feature's headline. */
const FEATURE = /^inside\b/i;

function headlineStatesEvent(s: Sentence, from: number): boolean {
  const toks = s.tokens.slice(from);
  const words = toks.filter((t) => /\p{L}/u.test(t.text));
  const opening = toks[0] ? s.text.slice(toks[0].start - s.start) : s.text;
  if (words.length < 4 || s.text.trim().endsWith("?") || EXPLAINER.test(opening) || FEATURE.test(s.text.trim())) return false;
  // 'Dales Water chief: "A ban is the last thing we wanted"': after a speaker's colon, only a quote;
  // so with its marks left off ("Dorsey: We had no choice but to close Kent plant").
  if (from > 0 && ((/^["']/.test(opening) && /["']$/.test(s.text.trim())) || /^(?:we|i|our|my|us)\b/i.test(opening))) return false;
  // "'We will fight on', says union leader": what is left after the quote only attributes it.
  if (toks[0]?.text === "," || lexicon.reportingWords.has(words[0]?.lower ?? "")) return false;
  return toks.some((t) => t.pos === "VERB" || t.pos === "AUX") || words.length >= 6;
}

export function findWhat(doc: Doc): What | null {
  const title = doc.sentences.find((s) => s.isTitle);
  if (title) {
    const from = headlineClauseStart(title);
    if (headlineStatesEvent(title, from)) return fromSpan(doc, title, from, mainClauseEnd(title, from));
  }
  // (The tagger may read a lead's only verb as an adjective: "married her partner"; the lead still beats a rejected headline.)
  const lead = leadSentences(doc, 3).find((s) => s.tokens.some((t) => t.pos === "VERB")) ?? leadSentences(doc, 1)[0];
  if (lead) return trimAttribution(doc, lead);
  const any = doc.sentences.find((s) => !s.cruft) ?? doc.sentences[0];
  return any ? fromSpan(doc, any, 0, any.tokens.length - 1) : null;
}

/** Words that open the circumstances of a headline's event rather than the event itself. */
/** Counting words before a participle that makes a toll ("dozens hurt"). */
const QUANTITIES = new Set(["dozens", "hundreds", "thousands", "scores", "millions", "many", "several", "more", "others"]);
const CIRCUMSTANCE = new Set(["after", "as", "amid", "while", "despite", "following", "before", "ahead"]);
const MIN_MAIN_CLAUSE_WORDS = 4;

/**
 * A headline's main clause: "Lady Lark stages protest outside Mendez Tower" without "after Donald
 * Mendez beats …", and without a trailing quote (": 'I will never forget this day'").
 */
function mainClauseEnd(s: Sentence, from: number): number {
  const toks = s.tokens;
  let last = toks.length - 1;
  const colon = toks.findIndex((t, k) => k > from + MIN_MAIN_CLAUSE_WORDS && t.text === ":");
  if (colon > 0) last = colon - 1;
  // "2 dead, dozens hurt as …", "hundreds arrested as …": a participle after a count states a toll,
  // which is no event without the clause that follows.
  const toll = (k: number) => /^(NUM)$/.test(toks[k - 1]?.pos ?? "") || QUANTITIES.has(toks[k - 1]?.lower ?? "");
  const hasVerb = (end: number) => toks.slice(from, end + 1).some((t, k) => (t.pos === "VERB" || t.pos === "AUX" || isVerbLike(s, from + k)) && !(t.pos === "VERB" && toll(from + k)));
  // "Man freed after 22 years as appeals court overturns conviction": a main clause about someone
  // unnamed ("Man", "Woman") leaves the news to the clause after it.
  const unnamed = lexicon.humanNouns.has(toks[from]?.lower ?? "") && !toks.slice(from, last + 1).some((t, i) => i > 0 && /^\p{Lu}/u.test(t.text) && !lexicon.isEnglishWord(t.lower));
  for (let k = from + MIN_MAIN_CLAUSE_WORDS; k <= last; k++) {
    if (CIRCUMSTANCE.has(toks[k].lower) && hasVerb(k - 1) && !unnamed) return k - 1;
    // A second predicate ("… slams FBI and claims …") is more than the event.
    if (toks[k].lower === "and" && k + 1 <= last && isVerbLike(s, k + 1) && hasVerb(k - 1)) return k - 1;
  }
  return last;
}

/** "…, Interior Minister Dame Ada Lovell announced." and "According to police, …" are not the event. */
function trimAttribution(doc: Doc, s: Sentence): What {
  const toks = s.tokens;
  let first = 0;
  let last = toks.length - 1;
  while (last > 0 && /^[.!"']$/.test(toks[last].text)) last--;
  const lastComma = toks.map((t) => t.text).lastIndexOf(",", last);
  // A lead cut off at a comma ("… about costs and jobs,") has no attribution after it.
  if (lastComma > 4 && lastComma < last && last - lastComma <= 12) {
    const tail = toks.slice(lastComma + 1, last + 1);
    const saysAtEnd = lexicon.reportingVerbs.has(tail.at(-1)!.lower) || lexicon.reportingVerbs.has(tail[tail.length - 2]?.lower ?? "");
    const according = tail[0]?.lower === "according" || tail.some((t) => t.lower === "citing");
    if (saysAtEnd || according) last = lastComma - 1;
  }
  // "…, Finance Minister Ana Ruiz said on Wednesday, in a move aimed at …": an attribution between
  // commas ends the event; what follows it is background.
  for (let c = 5; c < last; c++) {
    if (toks[c].text !== "," || !isAttribution(toks, c + 1, last)) continue;
    last = c - 1;
    break;
  }
  if (toks[0]?.lower === "according" && toks[1]?.lower === "to") {
    const comma = toks.findIndex((t) => t.text === ",");
    if (comma > 0 && comma < last - 4) first = comma + 1;
  }
  return fromSpan(doc, s, first, last);
}

/** Whether tokens from `from` up to the next comma (or `last`) are "Name said [on Wednesday]": a speaker, a reporting verb, at most a short phrase of when or how. */
function isAttribution(toks: Token[], from: number, last: number): boolean {
  let end = from;
  while (end <= last && toks[end].text !== ",") end++;
  const verb = toks.findIndex((t, k) => k >= from && k < end && t.pos === "VERB");
  if (verb <= from || !lexicon.reportingVerbs.has(toks[verb].lower) || end - verb > 5) return false;
  const speakerWords = toks.slice(from, verb);
  const after = toks.slice(verb + 1, end);
  return speakerWords.some((t) => t.pos === "PROPN") && speakerWords.length <= 8 && !after.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.lower === "that");
}

function fromSpan(doc: Doc, s: Sentence, first: number, last: number): What {
  const start = s.tokens[first].start;
  let end = s.tokens[last].end;
  let text = doc.text.slice(start, end).replace(/\s+/g, " ").replace(/[\s,;:]+$/, "");
  if (text.length > WHAT_MAX) {
    // Cut at the last clause boundary that fits, else at a word boundary, and say so with "…".
    const window = text.slice(0, WHAT_MAX - 1);
    const boundary = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "), window.lastIndexOf(" - "), window.lastIndexOf(" — "));
    const cut = boundary > WHAT_MAX * 0.5 ? boundary : window.lastIndexOf(" ");
    text = `${text.slice(0, cut > 0 ? cut : WHAT_MAX - 1).replace(/[\s,;:-]+$/, "")}…`;
    end = start + Math.min(end - start, cut > 0 ? cut : WHAT_MAX - 1);
  }
  text = text[0] ? text[0].toUpperCase() + text.slice(1) : text;
  return { text, sentence: s, start, end, clauseStart: first };
}
