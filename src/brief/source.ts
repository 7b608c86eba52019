/**
 * Source: who published the story and whom it cites. Outlets are never actors of the story:
 * "Daily.Example reports, citing Wire Agency" → publisher Daily.Example, citing Wire Agency.
 */
import type { Entity } from "./entities";
import type { Mention } from "./mentions";
import { isListedOutlet, isMediaWord, lexicon, listedOutletSpelling, outletDisplayName } from "./lexicon";
import { spokenToAt } from "./mention-context";
import type { Doc } from "./sentences";

export interface SourceInfo {
  publisher?: string;
  citing: string[];
}

const REPORTS = /(?:^|[,;]\s*)([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})\s+(?:reports|reported)\b(?:,?\s+citing\s+(?:the\s+)?([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}))?/;

/** Words that carry an outlet's name on past its media word ("News Service", "Media Group"). */
const carriesOutletName = (word: string) => (lexicon.orgSuffixes.has(word) && word !== "city") || word === "service" || word === "services" || word === "network";

/**
 * An outlet's name ends on its media word: what follows is a caption running on ("Lakeport Post
 * City Hall" is the Lakeport Post). A name that opens with its only media word ("Daily Example")
 * is left whole, and so is one that goes on with a corporate word ("Lakeport News Service").
 */
function outletName(name: string): string {
  const words = name.split(" ");
  for (let k = words.length - 2; k >= 1; k--) {
    // "Journal of Preventive Cardiology": a lower-case word after the media word carries the name on.
    // "Lakeport Daily Herald": a second media word carries it on as well.
    if (isMediaWord(words[k]) && !isMediaWord(words[k + 1]) && !carriesOutletName(words[k + 1].toLowerCase()) && !/^\p{Ll}/u.test(words[k + 1])) return words.slice(0, k + 1).join(" ");
  }
  return name;
}

/** Words for a medium in general, not the name of one. */
const GENERIC_MEDIA = new Set(["tv", "television", "press", "news", "radio", "media", "newspaper", "newspapers", "online"]);

/**
 * A name reduced to its letters and digits, without "The" or a generic last word: "bbc" metadata
 * and "BBC" in the text are one outlet, and so are "The Times of Lakeport" and "Times of Lakeport News".
 */
function outletKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, "").replace(/(?<=\S)\s+(?:news|online)$/, "").replace(/[^a-z0-9]/g, "");
}

/** How a site's address or the paper itself may shorten a name: "New York Times" → "nyt", "nytimes"; "The Times of Lakeport" → "tol". */
function abbreviations(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return [];
  const initials = words.map((w) => w[0].toLowerCase()).join("");
  const shortened = [initials, initials.slice(0, -1) + outletKey(words.at(-1)!)];
  return words[0].toLowerCase() === "the" && words.length > 2 ? [...shortened, initials.slice(1)] : shortened;
}

/** Whether two names are one outlet: "bbc" and "BBC", "nytimes" and "New York Times", "wsj" and "Wall Street Journal". */
export function sameOutlet(a: string, b: string): boolean {
  const ka = outletKey(a);
  const kb = outletKey(b);
  if (!ka || !kb) return false;
  // An abbreviation starts with the name's first letter: most pairs are told apart before splitting.
  const shortens = (name: string, key: string, short: string, shortKey: string) => !/\s/.test(short.trim()) && key[0] === shortKey[0] && abbreviations(name).includes(shortKey);
  return ka === kb || coreKey(ka) === coreKey(kb) || shortens(a, ka, b, kb) || shortens(b, kb, a, ka);
}

/**
 * A key without what a site's address adds to the name: "theguardian" and "Guardian", "dailymail"
 * and "MailOnline", "skynews" and "Sky News" are one outlet.
 */
function coreKey(key: string): string {
  return key.replace(/^the(?=\w{3})/, "").replace(/^(?:daily|sunday)(?=\w{3})/, "").replace(/(?<=\w{3})(?:news|online)$/, "");
}

/** The longest of the outlet's names in the text that spells out the whole site name ("Daily Mail" of "dailymail", not "Mail"). */
function wholeName(names: string[], site: string): string | undefined {
  const key = outletKey(site);
  const whole = names.filter((n) => outletKey(n) === key || abbreviations(n).includes(key));
  return whole.reduce<string | undefined>((best, n) => (!best || n.length > best.length ? n : best), undefined);
}

/** A publisher given as a site's short name, in lower case and without spaces ("bbc", "theguardian", "ldherald"). */
const SITE_NAME = /^[a-z0-9.-]+$/;

/**
 * @param hints.signoff the publisher as the page names it (a sign-off line, the site after the headline)
 * @param hints.wire the agency of a wire dateline: the publisher when none is known, else cited
 */

export function findSource(doc: Doc, entities: Entity[], hints: { publisher?: string; signoff?: string | null; wire?: string | null }): SourceInfo {
  let publisher = hints.publisher?.trim() || undefined;
  const citing: string[] = [];
  for (const s of doc.sentences) {
    const m = REPORTS.exec(s.text);
    if (!m) continue;
    // "Trend reports, citing IRNA, that …": an aggregator's way of naming itself in its own copy.
    if (!publisher && ((hints.signoff && m[1] === hints.signoff) || (!hints.signoff && m[2] && /\breports\b/.test(m[0])))) publisher = m[1];
    const cited = m[2]?.replace(/[.,;:]+$/, "");
    if (cited && !citing.includes(cited)) citing.push(cited);
  }
  publisher ??= hints.signoff ?? hints.wire ?? undefined;
  if (hints.wire && !(publisher && sameOutlet(hints.wire, publisher)) && !citing.includes(hints.wire)) citing.unshift(hints.wire);
  // The publisher as the text names it ("the Lakeport Daily Herald" of "ldherald"), and its short name ("the Herald").
  const given = publisher;
  const ownNames = given ? entities.filter((e) => e.outlet).map((e) => outletName(e.name)).filter((n) => sameOutlet(n, given)) : [];
  // ("BBC Radio 4" in a BBC story: the publisher's own station is no source it cites.)
  const isOwn = (name: string) => (!!given && (sameOutlet(name, given) || name.toLowerCase().startsWith(`${given.toLowerCase()} `))) || ownNames.some((n) => n === name || n.endsWith(` ${name}`));
  const citedName = (e: Entity) => outletDisplayName(outletName(e.name));
  for (const e of entities) {
    if (!e.outlet) continue;
    const name = outletName(e.name);
    // "TV", "Press", "News": a medium's generic word alone names no outlet ("The Telegraph" does).
    if (name.split(/\s+/).every((w) => GENERIC_MEDIA.has(w.toLowerCase())) && !isListedOutlet(name)) continue;
    const shown = citedName(e);
    if (isOwn(name) || isOwn(shown) || citing.includes(shown)) continue;
    citing.push(shown);
  }
  // "… told the Lakeport Herald", "declined to comment when approached by the Herald": with no other
  // word of its publisher, the one outlet the story's people talk to is its own.
  if (!publisher && citing.length === 1) {
    const own = entities.filter((e) => e.outlet && citedName(e) === citing[0]);
    if (own.length && own.every((e) => e.mentions.every((m) => contactedByReporter(doc, m)))) return { publisher: citing[0], citing: [] };
  }
  // "bbc", "ldherald": a site's short name is shown as the list of outlets spells it ("BBC"), else as
  // the text writes the outlet's whole name ("Lakeport Daily Herald", not its short form "the Herald").
  if (given && SITE_NAME.test(given)) publisher = listedOutletSpelling(given) ?? wholeName(ownNames, given) ?? given;
  // "NBC" and "NBC News", "AP" and "Associated Press" in one article are one outlet: the fuller name stands.
  return { publisher, citing: citing.filter((c) => !citing.some((o) => o.length > c.length && (o.startsWith(`${c} `) || sameOutlet(o, c)))) };
}

/** Whether the outlet is named as the one someone spoke to ("told the Herald", "contacted by the Herald"). */
function contactedByReporter(doc: Doc, m: Mention): boolean {
  const toks = doc.sentences[m.sentence].tokens;
  return spokenToAt(toks, toks[m.first - 1]?.lower === "the" ? m.first - 2 : m.first - 1);
}
