/**
 * Light clause structure from POS tags: where a sentence's main verb is and which tokens are its
 * subject. Enough to tell the actor of a headline or lead ("Brandco sparks outrage") from the
 * people and places it merely mentions.
 */
import { lexicon } from "./lexicon";
import { isTitleWord } from "./roles";
import type { Token } from "./nlp";
import type { Sentence } from "./sentences";

const OPENERS = new Set(["VERB", "ADP", "SCONJ", "ADV"]);

/** The clause a headline reports, after a kicker such as "US election 2016:" or a leading quote. */
export function headlineClauseStart(s: Sentence): number {
  const colon = s.tokens.findIndex((t) => t.text === ":");
  if (colon > 0 && colon < s.tokens.length - 3) {
    // A kicker names a topic ("Mendez rally shooting:"): no finite verb, -ing forms aside. A result
    // is the news itself ("Lakeport Rovers 3-1 Westfield United: …").
    const before = s.tokens.slice(0, colon);
    const result = before.some((t) => /^\d{1,3}[-–]\d{1,3}$/.test(t.text));
    if (!result && !before.some((t) => t.pos === "VERB" && !t.lower.endsWith("ing"))) return colon + 1;
  }
  // "'WE WERE ROBBED' Harper blames …": skip a quoted fragment at the start.
  if (s.tokens[0] && /^["']$/.test(s.tokens[0].text)) {
    const close = s.tokens.findIndex((t, k) => k > 0 && t.text === s.tokens[0].text);
    // ('"We will fight": Union vows …': the punctuation after the quote goes with it.)
    let from = close + 1;
    while (from < s.tokens.length - 3 && /^[:|–—-]$/.test(s.tokens[from].text)) from++;
    if (close > 0 && from < s.tokens.length - 3) return from;
  }
  return 0;
}

/** Present-tense verbs that go on with "to" and a verb ("votes to close", "moves to ban"), which taggers read as plural nouns in headlines. */
const TAKES_INFINITIVE = new Set(["votes", "moves", "plans", "vows", "agrees", "refuses", "threatens", "pledges", "promises", "seeks", "decides", "wants", "aims", "hopes", "opts", "bids", "prepares", "declines", "fails", "pushes", "scrambles", "rushes", "races", "rallies", "returns", "struggles", "urges"]);

/**
 * Whether token k acts as a verb. Headlines drop articles, and the tagger then reads present-tense
 * verbs as plural nouns ("Harper blames …", "Front bomber rams …"): a plural-looking noun right
 * after a name (or a name + noun) in a headline is taken as its verb.
 */
export function isVerbLike(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!t) return false;
  if (t.pos === "VERB" && participleModifier(s.tokens, k)) return false;
  if (t.pos === "VERB" || t.pos === "AUX") return true;
  if (!s.isTitle || t.pos !== "NOUN") return false;
  const p1 = s.tokens[k - 1];
  // ("Grand Lakes school board votes to close …": a verb that takes an infinitive, before "to".)
  if (p1 && TAKES_INFINITIVE.has(t.lower) && s.tokens[k + 1]?.lower === "to") return true;
  const p2 = s.tokens[k - 2];
  if (!p1) return false;
  // After a list of names the verb has no -s: "Kowalczyk, Ericsson and Lund crash out"; nor
  // after what is held: "Brandco shares slump".
  if (!/[^s]s$/.test(t.lower)) {
    if (lexicon.holdingNouns.has(p1.lower) && p2?.pos === "PROPN") return true;
    const next = s.tokens[k + 1];
    // ("Castlebridge United sack Paolo Renzetti after defeat": between two names, with no verb after it;
    // not an office, "Brandco boss Ana Ruiz in talks".)
    // (Nor a trade before the name, when a verb read as a noun follows it: "German toymaker Spielwerk files for …".)
    if (p1.pos === "PROPN" && next?.pos === "PROPN" && !isTitleWord(t.lower) && !lexicon.humanNouns.has(t.lower) && !s.tokens.slice(k + 1).some((u) => u.pos === "VERB" || u.pos === "AUX") && !verbAfterName(s, k + 1)) return true;
    return p1.pos === "PROPN" && s.tokens.slice(0, k).some((x) => x.lower === "and") && !!next && /^(ADP|PART|DET|ADV)$/.test(next.pos);
  }
  // "Brandco shares …" names what is held; "Brandco sales figures disappoint": a present-tense
  // verb further on is the verb, and this a noun.
  if (lexicon.holdingNouns.has(t.lower) || presentVerbAhead(s, k + 1)) return false;
  if (p1.pos === "PROPN") return true;
  return p1.pos === "NOUN" && p2?.pos === "PROPN";
}

/** Whether the name opening at k is followed by a present-tense verb the tagger read as a plural noun ("Spielwerk Holzapfel files"). */
function verbAfterName(s: Sentence, k: number): boolean {
  let j = k;
  while (s.tokens[j]?.pos === "PROPN") j++;
  const after = s.tokens[j];
  return !!after && after.pos === "NOUN" && /[^s]s$/.test(after.lower);
}

/**
 * A verb tagged as such, not a participle ("leaked", "striking"), at k or after one more noun, that
 * agrees with the noun before it: "Brandco sales figures disappoint", "Brandco sales chief resigns";
 * not "Governor signs teacher pay bill", where "pay" after a singular noun is a noun too.
 */
function presentVerbAhead(s: Sentence, k: number): boolean {
  for (let j = k; j <= k + 1 && s.tokens[j]; j++) {
    const t = s.tokens[j];
    if (t.pos === "VERB") return !/(ed|ing)$/.test(t.lower) && (t.lower.endsWith("s") || /s$/.test(s.tokens[j - 1].lower));
    if (t.pos !== "NOUN") return false;
  }
  return false;
}

/**
 * "A Wisconsin frozen food company …", "the newly elected council …": a participle inside a phrase a
 * determiner opens, before its noun, describes the noun; a finite verb follows later.
 */
function participleModifier(tokens: Token[], k: number): boolean {
  if (!/(?:ed|en)$/.test(tokens[k].lower) || tokens[k + 1]?.pos !== "NOUN") return false;
  let j = k - 1;
  while (j >= 0 && /^(?:PROPN|ADJ|ADV|NUM)$/.test(tokens[j].pos)) j--;
  if (tokens[j]?.pos !== "DET" || (j === k - 1 && !/^(?:a|an|the)$/.test(tokens[j].lower))) return false;
  return tokens.slice(k + 2).some((u) => (u.pos === "VERB" || u.pos === "AUX") && !u.lower.endsWith("ing"));
}

/** Token range [first, last] of the subject of the clause starting at `from`, or null. */
export function subjectRange(s: Sentence, from = 0): [number, number] | null {
  let start = from;
  const opener = s.tokens[start];
  // "Speaking after talks in Paris, Lovell said …": the subject follows the opening phrase.
  // ("At least 23 people have been killed …, officials said": a count opens the subject itself.)
  if (opener && OPENERS.has(opener.pos) && !opensCount(s.tokens, start)) {
    const comma = s.tokens.findIndex((t, k) => k > start && t.text === ",");
    if (comma > 0 && comma < s.tokens.length - 3) start = comma + 1;
  }
  for (let k = start; k < s.tokens.length; k++) {
    const t = s.tokens[k];
    if (isVerbLike(s, k)) {
      // "Kansas Gov. Ana Ruiz on Friday vetoed …": the date before the verb is no part of the subject.
      const end = beforeDateAdverbial(s.tokens, start, k - 1);
      return end >= start ? [start, end] : null;
    }
    if (t.text === "," && k > start + 8) return null;
  }
  return null;
}

/** Words of a date written between a subject and its verb ("on Friday", "late Thursday", "yesterday", "on Nov. 8"). */
const DATE_ADVERBIAL_WORDS = /^(?:on|late|early|last|this|yesterday|today|tonight|morning|afternoon|evening|night|week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|\d{1,2})\.?$/i;
/** Of those, the ones that name a day ("Friday", "yesterday", "Nov."). */
const DAY_OR_MONTH = /^(?:yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;

/** The subject's last token once a date adverbial closing it is left out; `end` itself without one. */
function beforeDateAdverbial(tokens: Token[], start: number, end: number): number {
  let k = end;
  while (k > start && DATE_ADVERBIAL_WORDS.test(tokens[k].text)) k--;
  // Only a date that names a day counts ("on Friday", "yesterday"), not "this week's" or a bare number.
  return k < end && tokens.slice(k + 1, end + 1).some((t) => DAY_OR_MONTH.test(t.text)) ? k : end;
}

/** "At least 23", "Up to 200", "More than 80", "About 50": words that open a count, then a number. */
function opensCount(tokens: Token[], k: number): boolean {
  const a = tokens[k]?.lower;
  const b = tokens[k + 1]?.lower;
  const two = (a === "at" && (b === "least" || b === "most")) || (a === "up" && b === "to") || ((a === "more" || a === "fewer" || a === "less") && b === "than");
  const one = a === "about" || a === "around" || a === "nearly" || a === "almost" || a === "over" || a === "some";
  const number = tokens[k + (two ? 2 : 1)];
  return (two || one) && !!number && (number.pos === "NUM" || /^\d/.test(number.text));
}

/** Index of the first verb after `from` (the main verb of a simple clause). */
export function mainVerb(s: Sentence, from = 0): number {
  return s.tokens.findIndex((t, k) => k >= from && t.pos === "VERB");
}
