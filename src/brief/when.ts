/**
 * When: the event's date. Date expressions in the headline, the event sentence and the lead are
 * resolved against the publication date with chrono-node; a bare weekday in a past-tense report is
 * the most recent such day ("Tuesday's talks", published Wednesday 7 January → 6 January).
 * Without any, the publication date stands in and says so.
 */
import * as chrono from "chrono-node/en";
import { lexicon } from "./lexicon";
import type { Token } from "./nlp";
import type { Doc, Sentence } from "./sentences";
import { leadSentences, type What } from "./what";

export interface WhenResult {
  date?: string;
  text: string;
  /** "approximate": a week or a month, not a day ("last week", "earlier this month"); the date is one in it. */
  basis: "explicit" | "relative" | "approximate" | "published";
  sentence?: number;
  start?: number;
  end?: number;
}

// Cheap pre-check before chrono: weekday names, month names with a day number ("July 5", "5th of
// July"; a bare month never dates a day), both capitalised so "may" and "march" as words do not
// count, relative day words (also opening a sentence), clock times and ISO dates, and the weeks and
// months before the report ("last week", "earlier this month", "two days ago").
const DATE_CUE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Oo]vernight|[Ll]ast night|[Tt]his (?:morning|afternoon|evening))\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\.? \d|\d(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b\d{1,2}(?::\d\d|\.\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{4}-\d{2}-\d{2}\b|\b(?:[Ll]ast|[Tt]his|[Pp]ast|[Ee]arlier this|[Ll]ate last|[Ee]arly last) (?:week|weekend|month)\b|\b(?:days?|weeks?|months?) ago\b|\bweekend\b/;
const DATE_CUES = new RegExp(DATE_CUE.source, "g");
/** Characters around the date words that chrono may need ("early on the morning of …", "2016"). */
const CONTEXT = 40;

/**
 * chrono reads only the stretch of a sentence around its date words, widened to whole words:
 * the rest cannot change what it finds, and chrono's cost grows with the text it is given.
 */
function dateStretch(text: string): { from: number; text: string } {
  let first = -1;
  let last = -1;
  for (const m of text.matchAll(DATE_CUES)) {
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  if (first < 0) return { from: 0, text };
  let from = Math.max(0, first - CONTEXT);
  let to = Math.min(text.length, last + CONTEXT);
  while (from > 0 && /\S/.test(text[from - 1])) from--;
  while (to < text.length && /\S/.test(text[to])) to++;
  return { from, text: text.slice(from, to) };
}

/** A date expression chrono found, at its index in the whole sentence. */
interface Found {
  index: number;
  text: string;
  start: chrono.ParsedResult["start"];
}

/** A weekday's short form in lower case, which is a word in prose: "sat side by side", "a newly wed couple". */
const LOWER_CASE_WEEKDAY = /^(?:on )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/;

function parseDates(text: string, ref: chrono.ParsingReference, options?: chrono.ParsingOption): Found[] {
  const stretch = dateStretch(text);
  // (chrono may take the comma after a day into its text, "Monday,": the date ends before it.)
  // ("in the Dáil": chrono's word boundaries know only ASCII letters, and read "the D" as a date.)
  const cutWord = (r: chrono.ParsedResult) => /\p{L}/u.test(stretch.text[r.index + r.text.length] ?? "") || /\p{L}/u.test(stretch.text[r.index - 1] ?? "");
  return chrono.parse(stretch.text, ref, options).filter((r) => !LOWER_CASE_WEEKDAY.test(r.text) && !cutWord(r)).map((r) => ({ index: r.index + stretch.from, text: r.text.replace(/[,;]+$/, ""), start: r.start }));
}

// "plans to" and "due to" as verbs ("the council plans to vote", "is due to land"), not as a noun or
// a cause ("Plans to build homes were shelved", "postponed due to rain").
const FUTURE = /\b(will|shall|would|could|may|might|expected to|to be held|is to|are to|(?:is|are) due to|scheduled|set to|next)\b|(?<!(?:^|\b(?:the|of|for|against|about|over|new|their|his|her|its|our|and|,))\s*)\bplans to\b/i;

/**
 * Whether the date is ahead of the report: a future cue in the words before it ("will vote on
 * Saturday"), or after it when it opens the sentence ("On Saturday, the council will vote"), or a
 * deadline ("by Friday"). What follows a date in the middle of a sentence is another clause
 * ("marched on Saturday to protest against plans to raise …").
 */
function isAhead(s: Sentence, r: Found): boolean {
  const text = s.text;
  const before = text.slice(0, r.index);
  if (/\bby\s*$/i.test(before)) return true;
  // "…, their union announced on Friday": a report is never ahead of itself.
  if (reportedJustBefore(before)) return false;
  // "will be able to work there under an agreement signed in Hanoi on Tuesday": a participle of the
  // past just before the date dates a done act, whatever the clause around it says of the future.
  if (doneJustBefore(s, r.index)) return false;
  // "The government on Thursday unveiled plans to raise …": the clause's own verb, in the past, ends
  // the search for a future cue; later ones belong to its object ("a resolution that would have …").
  if (before.split(/\s+/).length <= 3) return FUTURE.test(before) || FUTURE.test(text.slice(r.index, pastVerbAfter(s, r.index + r.text.length)));
  // "postponed until next month after a heated meeting on Tuesday": what follows "after" is past,
  // whatever the words before it say of the future.
  const clause = before.slice(lastIndexOf(before, PAST_OPENERS));
  return FUTURE.test(clause);
}

/** Common irregular past forms of English verbs (the regular ones end in "-ed"). */
const IRREGULAR_PAST = new Set(["said", "told", "met", "won", "lost", "took", "made", "held", "gave", "went", "came", "sent", "began", "left", "struck", "led", "paid", "brought", "bought", "sold", "spoke", "wrote", "rose", "fell", "shot", "stood", "thought", "found", "became", "chose", "drew", "flew", "knew", "threw", "broke", "caught", "sought", "fled", "spent", "built", "withdrew", "upheld", "was", "were", "had", "did"]);

/** A verb's past form: an irregular one, or a regular one in "-ed". */
function isPastForm(t: Token): boolean {
  return IRREGULAR_PAST.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith("ed"));
}

/**
 * Where in the sentence the first verb in the past tense after `from`, and the word after it, end
 * (the sentence's end if none): "is expected to" and "was scheduled" keep their future cue.
 */
function pastVerbAfter(s: Sentence, from: number): number {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start - s.start < from || (t.pos !== "VERB" && t.pos !== "AUX")) continue;
    if (isPastForm(t)) return (tokens[i + 1] ?? t).end - s.start;
  }
  return s.text.length;
}

/** Tokens a done act's verb may stand before its date: "signed in Hanoi on Tuesday". */
const DONE_REACH = 4;
/** Words that make a past participle a future or a wish: "will be signed", "to be approved", "has to be". */
const NOT_DONE = new Set(["be", "being", "to", "will", "would", "shall"]);

/** Whether the last verb within DONE_REACH tokens before `at` is in the past and nothing makes it a future. */
function doneJustBefore(s: Sentence, at: number): boolean {
  const tokens = s.tokens;
  let k = tokens.findIndex((t) => t.start - s.start >= at);
  if (k < 0) k = tokens.length;
  for (let i = k - 1; i >= Math.max(0, k - DONE_REACH - 1); i--) {
    const t = tokens[i];
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    return isPastForm(t) && t.pos === "VERB" && !NOT_DONE.has(tokens[i - 1]?.lower ?? "") && !FUTURE.test(s.text.slice(t.end - s.start, at));
  }
  return false;
}

/** Words that open a clause about something that has happened. */
const PAST_OPENERS = /\b(?:after|following|since|because)\b/gi;

function lastIndexOf(text: string, pattern: RegExp): number {
  let at = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) at = m.index;
  return at;
}

const RECENT_DAYS = 7;
const pad = (n: number) => String(n).padStart(2, "0");

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Within a week of publication, before or after: the window in which news reports events and previews what is scheduled ("will vote on Thursday"). */
function isRecent(date: string, published: string): boolean {
  return date >= addDays(published, -RECENT_DAYS) && date <= addDays(published, RECENT_DAYS);
}

/** YYYY-MM-DD from an ISO timestamp or "2016-11-09 00:00:00"; undefined when unparseable. */
export function isoDay(value: string | undefined | null): string | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

const RELATIVE_DAY = /\b(today|tonight|yesterday|this (morning|afternoon|evening))\b/i;

/** A day-precise expression: a date, a weekday, a clock time, or today/tonight/yesterday/this morning. */
function dayPrecise(r: Found): boolean {
  if (r.start.isCertain("day") && !/\b(week|month|year)\b/i.test(r.text)) return true;
  if (r.start.isCertain("weekday") || r.start.isCertain("hour")) return true;
  return RELATIVE_DAY.test(r.text);
}

/** "on Saturday" dates a clause; "Tuesday's election" names a thing: adverbials win within a sentence. */
function adverbial(s: Sentence, r: Found): number {
  const after = s.text.slice(r.index + r.text.length, r.index + r.text.length + 2);
  const before = s.text.slice(Math.max(0, r.index - 6), r.index).toLowerCase();
  // Inside ", who …," or ", which …," a date belongs to the aside, not the event.
  const segment = s.text.slice(0, r.index).split(",").at(-1) ?? "";
  const aside = /^\s*(who|which|whose|where)\b/i.test(segment) ? 1 : 0;
  return (/^(on|at|by|late|early)\b/i.test(r.text) || /\b(on|at|by)\s*$/.test(before) ? 1 : 0) - (after.startsWith("'s") ? 1 : 0) - aside;
}

/** The sentence's date expressions, best first. */
function resolve(s: Sentence, published: string | undefined, reportIsEvent: boolean): WhenResult[] {
  if (!DATE_CUE.test(s.text)) return [];
  if (!published) {
    // Without a reference date only fully written dates ("November 8, 2016") can be resolved.
    const abs = parseDates(s.text, { instant: new Date("2000-01-01T12:00:00Z"), timezone: 0 }).find((r) => /\d{4}/.test(r.text) && r.start.isCertain("day"));
    return abs ? [toResult(abs, s, undefined, "explicit")] : [];
  }
  const ref = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  const candidates: { r: Found; date: string; basis: WhenResult["basis"] }[] = [];
  const approximate: WhenResult[] = [];
  for (const r of parseDates(s.text, ref, { forwardDate: false })) {
    // "touched the wall in 2 minutes 5.31 seconds": a duration, not a time from now.
    if (DURATION.test(r.text) || modifiesNoun(s, r)) continue;
    if (!dayPrecise(r)) {
      const date = dayOf(r);
      if (PAST_PERIOD.test(r.text) && date <= published) approximate.push(toResult(r, s, date, "approximate"));
      continue;
    }
    let date = dayOf(r);
    // chrono calls "yesterday" and "last night" certain to the day; only a date written out is explicit.
    const writtenOut = /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/.test(r.text);
    const basis: WhenResult["basis"] = writtenOut && r.start.isCertain("year") && r.start.isCertain("month") ? "explicit" : "relative";
    // Past-tense reports mean the last such weekday; chrono picks the one in the current week.
    const future = isAhead(s, r);
    if (basis === "relative" && date > published && !future && r.start.isCertain("weekday")) date = addDays(date, -7);
    // "is expected to announce the cuts on Monday", written on a Thursday: next Monday.
    if (basis === "relative" && date < published && future && r.start.isCertain("weekday") && !r.start.isCertain("day") && !/\blast\b/i.test(r.text)) date = addDays(date, 7);
    if (basis === "relative" && date > published && !future) continue;
    candidates.push({ r, date, basis });
  }
  // Within a sentence: recent dates first (news reports what just happened), then adverbials.
  const recent = (c: (typeof candidates)[number]) => (isRecent(c.date, published) ? 1 : 0);
  // "Officials said on Wednesday that the council had voted on Monday": the report's date comes last,
  // unless the event is the statement.
  const results = candidates.map((c) => toResult(c.r, s, c.date, c.basis));
  // "at 19:40 local time (18:40 GMT) on Tuesday": a clock time alone names no day; the day beside it does.
  const clockOnly = (r: Found) => !r.start.isCertain("day") && !r.start.isCertain("weekday") && !RELATIVE_DAY.test(r.text);
  const ranked = candidates.map((c, i) => ({ i, rank: recent(c) * 10 + adverbial(s, c.r) - (!reportIsEvent && datesReport(s, results[i]) ? 5 : 0) - (clockOnly(c.r) ? 3 : 0) })).sort((a, b) => b.rank - a.rank || a.i - b.i);
  // "Flood water swept through the town overnight": chrono knows no "overnight"; in a report it is
  // the night that ends on its publication day.
  const overnight = candidates.length ? null : OVERNIGHT.exec(s.text);
  const night: WhenResult[] = overnight ? [{ date: published, text: overnight[0], basis: "relative", sentence: s.index, start: s.start + overnight.index, end: s.start + overnight.index + overnight[0].length }] : [];
  return [...ranked.map(({ i }) => results[i]), ...night, ...approximate];
}

const OVERNIGHT = /\b[Oo]vernight\b/;

/** A day's close or opening on a market, after the day's name. */
const MARKET_REFERENCE = /^['’]s\s+(?:clos(?:e|ing)|open(?:ing)?)\b/;

/** A day with its part ("Saturday night"), as chrono reads it. */
const PART_OF_DAY_ENDING = /\s(?:night|morning|afternoon|evening)$/i;

/**
 * "RTÉ's flagship Saturday night entertainment show", "the Monday meeting": a day written before a
 * noun it describes, with no preposition before it, says what kind of thing, not when it happened.
 */
function modifiesNoun(s: Sentence, r: Found): boolean {
  if (!/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(r.text)) return false;
  const end = s.start + r.index + r.text.length;
  // ("a 31% premium to Friday's closing price", "Tuesday's close": a market's reference point.)
  if (MARKET_REFERENCE.test(s.text.slice(end - s.start))) return true;
  const next = s.tokens.find((t) => t.start >= end);
  if (!next || next.pos !== "NOUN" || next.text !== next.lower || next.start - end > 1) return false;
  const previous = s.tokens.findLast((t) => t.end <= s.start + r.index);
  // ("walks out of Saturday night show": a day and its part before a noun name a slot, even after a
  // preposition; "On Saturday night police arrested …" dates the clause.)
  if (PART_OF_DAY_ENDING.test(r.text)) return !/^(?:on|at|by|late|early|since|until|from|last|this|next)$/.test(previous?.lower ?? "");
  return !previous || (previous.pos !== "ADP" && !/^(?:last|this|next|late|early)$/.test(previous.lower));
}

/** "in 2 minutes", "within 30 seconds", "in three hours": a span of time, which chrono reads as a moment ahead. */
const DURATION = /^(?:in|within|after)?\s*(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b/i;

/** "6am", "10.30 p.m.", "19:40 GMT": a time of day that names no day. */
const CLOCK_ONLY = /^\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.?|p\.m\.?|h)?(?:\s+(?:local time|[A-Z]{2,4}))?$/i;

/** A week or a month up to the report: "last week", "this month", "three weeks ago". */
const PAST_PERIOD = /\b(?:last|this|past) (?:week|month)\b|\b(?:weeks?|months?) ago\b/i;

/** The day chrono found, as YYYY-MM-DD. */
function dayOf(r: Found): string {
  return `${r.start.get("year")}-${pad(r.start.get("month") ?? 1)}-${pad(r.start.get("day") ?? 1)}`;
}

function toResult(r: Found, s: Sentence, date: string | undefined, basis: WhenResult["basis"]): WhenResult {
  let text = r.text;
  // "18:40 GMT) on Tuesday": the clock time in brackets before the day is another expression.
  const closed = text.lastIndexOf(")");
  if (closed >= 0 && !text.includes("(") && /\p{L}/u.test(text.slice(closed + 1))) text = text.slice(closed + 1).trimStart();
  // "voted 31 to 19 on Wednesday": chrono reads the score's "19" as an hour; the date is the day's.
  text = text.replace(/^\d{1,2}\s+(?=on\s)/, "").replace(/^(on|at|in|by|since|from)\s+/i, "");
  const start = s.start + r.index + r.text.length - text.length;
  text = text.replace(/[\s,;:.]+$/, "");
  date ??= dayOf(r);
  return { date, text, basis, sentence: s.index, start, end: start + text.length };
}

/** "…, his family said on Friday": a date right after a reporting verb dates the report, not the event. */
const REPORTED_ON = /\b(?:said|says|announced|confirmed|reported|added|stated|told [\w ]{1,20}?|said in a statement)\s*$/i;

function datesReport(s: Sentence, found: WhenResult): boolean {
  if (!reportedJustBefore(s.text.slice(0, (found.start ?? s.start) - s.start))) return false;
  // "Brandco said on Tuesday it had agreed to buy …": the statement that follows the day is the news
  // of that day, unless it dates its own event ("police said on Friday the man died on Thursday").
  const after = s.text.slice((found.end ?? s.start) - s.start);
  return !(STATEMENT_FOLLOWS.test(after) && !DATE_CUE.test(after));
}

/** A reported clause opening after the report's day: "(that) it had agreed …", "the bank would …". */
const STATEMENT_FOLLOWS = /^\s*(?:that\s+)?(?:it|he|she|they|we|the\s+\p{L}+)\s+(?:had|has|have|would|will|was|were|is|are|plans|planned|agreed|intends|expects|\p{Ll}+ed)\b/u;

/** Whether the date sits in an "after …" phrase of its clause ("after Saturday's 3-0 defeat", "following a crash on Monday"). */
function datesCause(s: Sentence, found: WhenResult): boolean {
  const before = s.text.slice(0, (found.start ?? s.start) - s.start);
  return /\b(?:after|following)\b[^,;:"“”]{0,80}$/i.test(before);
}

/**
 * Whether the date is what may happen, in its clause ("could make his debut against Preston on
 * Saturday", "might face charges as early as Monday"): a prospect, not the event reported.
 */
function datesProspect(s: Sentence, found: WhenResult): boolean {
  const before = s.text.slice(0, (found.start ?? s.start) - s.start);
  return /\b(?:could|may|might|hopes? to|is (?:likely|hoping) to)\b[^,;:"“”.]{0,60}$/i.test(before);
}

/** Whether the words before a date end on a reporting verb, the date's own "on" aside. */
function reportedJustBefore(before: string): boolean {
  return REPORTED_ON.test(before.replace(/\s*\bon\s*$/i, ""));
}

/**
 * "performed the operation earlier this month … The operation took place Aug. 3": a day within the
 * week or month the event's sentence gives dates it more closely.
 */
function narrowed(approximate: WhenResult | null, day: WhenResult | null): WhenResult | null {
  if (!approximate?.date || !day?.date || day.date < approximate.date) return approximate;
  const within = /\bmonth\b/i.test(approximate.text) ? day.date.slice(0, 7) === approximate.date.slice(0, 7) : /\bweek\b/i.test(approximate.text) && day.date <= addDays(approximate.date, 6);
  return within ? day : approximate;
}

/** Sentences past the opening ones in which a day may still date an opening sentence's clock time. */
const CLOCK_LOOKAHEAD = 2;

export function findWhen(doc: Doc, what: What | null, published: string | undefined): WhenResult | null {
  const order: Sentence[] = [];
  const push = (s: Sentence | undefined) => { if (s && !s.cruft && !order.includes(s)) order.push(s); };
  push(what?.sentence);
  push(doc.sentences.find((s) => s.isTitle));
  for (const s of leadSentences(doc, 3)) push(s);
  const opening = order.length;
  // Then the rest in reading order: the first dated sentence usually dates the event.
  for (const s of doc.sentences) push(s);
  // News reports what just happened: the first date within a week of publication wins; an older
  // one ("Oct. 28", background) only when nothing recent is dated. A date that only dates the
  // report ("his family said on Friday") gives way to an event's date in the opening sentences
  // ("died at home on Thursday").
  let fallback: WhenResult | null = null;
  let reported: WhenResult | null = null;
  // "last week" in the event's sentence, when no day is given: better than the publication date.
  let approximate: WhenResult | null = null;
  // Unless the event is a statement ("FBI announces …"): then the report's date is the event's.
  // (A one-word reporting verb: "votes" alone is no statement, "votes against" only takes a side.)
  const eventIsStatement = !!what && what.text.toLowerCase().split(/[^a-z]+/).some((w) => lexicon.reportingVerbs.has(w));
  // "sacked the manager after Saturday's defeat": the day of what led to the event, which another
  // opening sentence may date ("He was dismissed on Sunday morning").
  let cause: WhenResult | null = null;
  // "At 6am the alarm went off …": a clock time alone (or "overnight"), in an opening sentence, gives way to a day
  // another opening sentence names ("… the plant shut on Wednesday").
  let clock: WhenResult | null = null;
  // "could make his debut on Saturday": a prospect's day, when nothing that happened is dated.
  let prospect: WhenResult | null = null;
  const lead = leadSentences(doc, 1)[0];
  for (const [i, s] of order.entries()) {
    // (A clock time waits a little longer: a standfirst may give the hour and the lead the day.)
    if (((reported || cause) && i >= opening) || (clock && i >= opening + CLOCK_LOOKAHEAD)) return cause ?? narrowed(approximate, fallback) ?? reported ?? clock;
    const results = resolve(s, published, eventIsStatement);
    let found = results[0];
    if (!found) continue;
    const eventSentence = s === what?.sentence || s.isTitle || s === lead;
    // ("…fell 6 percent last month, the service said on Tuesday": the period beside the report's day.)
    if (eventSentence && found.basis !== "approximate") approximate ??= results.find((r) => r.basis === "approximate") ?? null;
    if (!cause && found.basis !== "approximate" && datesCause(s, found)) { cause = found; continue; }
    if (found.basis !== "approximate" && datesProspect(s, found)) { prospect ??= found; continue; }
    if (found.basis === "approximate") {
      // Only the event's own sentence: elsewhere "last week" dates the background ("in retaliation for strikes last week").
      if (eventSentence) approximate ??= found;
      continue;
    }
    // ("votes to shut the A&E overnight … voted yesterday": "overnight" may say how, not when.)
    if (CLOCK_ONLY.test(found.text) || OVERNIGHT.test(found.text)) {
      clock ??= found;
      // ("will close between 8pm and 8am from July, the group announced yesterday": a day later in the sentence dates it.)
      const day = results.find((r) => r.basis !== "approximate" && !CLOCK_ONLY.test(r.text) && !OVERNIGHT.test(r.text));
      if (!day) continue;
      found = day;
    }
    if (!published || !found.date || isRecent(found.date, published)) {
      if (!reported && !eventIsStatement && datesReport(s, found)) { reported = found; continue; }
      // A day ahead ("until the weekend") is a forecast's, not the event the clock time dated.
      if (clock && published && found.date && found.date > published) return clock;
      return found;
    }
    fallback ??= found;
  }
  if (cause) return cause;
  // "Home sales fell 6 percent last month, the service said on Tuesday": the period the lead reports
  // on dates the event better than the day it was reported.
  if (approximate) return narrowed(approximate, fallback);
  if (reported) return reported;
  if (clock) return clock;
  if (prospect) return prospect;
  if (fallback) return fallback;
  return published ? { date: published, text: `published ${published}`, basis: "published" } : null;
}
