/**
 * When: the event's date. Date expressions in the headline, the event sentence and the lead are
 * resolved against the publication date with chrono-node; a bare weekday in a past-tense report is
 * the most recent such day ("Tuesday's talks", published Wednesday 7 January → 6 January).
 * Without any, the publication date stands in and says so.
 */
import * as chrono from "chrono-node";
import type { Doc, Sentence } from "./sentences";
import { leadSentences, type What } from "./what";

export interface WhenResult {
  date?: string;
  text: string;
  basis: "explicit" | "relative" | "published";
  sentence?: number;
  start?: number;
  end?: number;
}

const DATE_CUE = /\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(yesterday|today|tonight|overnight|last (week|month|year|night)|this (morning|afternoon|evening|week|month|year)|earlier this|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\b\d{1,2}(:\d\d|\.\d\d)?\s?(am|pm|a\.m\.|p\.m\.)|\b\d{4}-\d{2}-\d{2}\b/i;
const FUTURE = /\b(will|shall|would|to be held|is to|are to|due to|scheduled|plans to|set to|next)\b/i;

const pad = (n: number) => String(n).padStart(2, "0");

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** YYYY-MM-DD from an ISO timestamp or "2016-11-09 00:00:00"; undefined when unparseable. */
export function isoDay(value: string | undefined | null): string | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function resolve(s: Sentence, doc: Doc, published: string | undefined): WhenResult | null {
  if (!DATE_CUE.test(s.text)) return null;
  const ref = published ? { instant: new Date(`${published}T12:00:00Z`), timezone: 0 } : undefined;
  if (!ref) {
    // Without a reference date only absolute dates can be resolved.
    const abs = chrono.parse(s.text, { instant: new Date("2000-01-01T12:00:00Z"), timezone: 0 }).find((r) => r.start.isCertain("year") && r.start.isCertain("day"));
    return abs ? toResult(abs, s, undefined, "explicit") : null;
  }
  const results = chrono.parse(s.text, ref, { forwardDate: false });
  for (const r of results) {
    if (!r.start.isCertain("day") && !r.start.isCertain("weekday") && !/\b(today|tonight|this|yesterday)\b/i.test(r.text) && !/\d/.test(r.text)) continue;
    let date = `${r.start.get("year")}-${pad(r.start.get("month") ?? 1)}-${pad(r.start.get("day") ?? 1)}`;
    const basis: WhenResult["basis"] = r.start.isCertain("year") && r.start.isCertain("month") ? "explicit" : "relative";
    // Past-tense reports mean the last such weekday; chrono picks the one in the current week.
    if (basis === "relative" && date > published! && !FUTURE.test(s.text)) date = addDays(date, r.start.isCertain("weekday") ? -7 : 0);
    if (basis === "relative" && date > published! && !FUTURE.test(s.text)) continue;
    return toResult(r, s, date, basis);
  }
  void doc;
  return null;
}

function toResult(r: chrono.ParsedResult, s: Sentence, date: string | undefined, basis: WhenResult["basis"]): WhenResult {
  const text = r.text.replace(/^(on|at|in|by|since|from)\s+/i, "");
  const offset = r.text.length - text.length;
  date ??= `${r.start.get("year")}-${pad(r.start.get("month") ?? 1)}-${pad(r.start.get("day") ?? 1)}`;
  return { date, text, basis, sentence: s.index, start: s.start + r.index + offset, end: s.start + r.index + r.text.length };
}

export function findWhen(doc: Doc, what: What | null, published: string | undefined): WhenResult | null {
  const order: Sentence[] = [];
  const push = (s: Sentence | undefined) => { if (s && !s.cruft && !order.includes(s)) order.push(s); };
  push(what?.sentence);
  push(doc.sentences.find((s) => s.isTitle));
  for (const s of leadSentences(doc, 3)) push(s);
  // Then the rest in reading order: the first dated sentence usually dates the event.
  for (const s of doc.sentences) push(s);
  for (const s of order) {
    const found = resolve(s, doc, published);
    if (found) return found;
  }
  return published ? { date: published, text: `published ${published}`, basis: "published" } : null;
}
