/**
 * Quotations: the spans of a document in quotation marks (double, or single in the British style),
 * what a statement quotes, and posts embedded in the text with their author.
 */
import { lexicon } from "./lexicon";
import type { Token } from "./nlp";
import type { Doc, Sentence } from "./sentences";
import type { Placed } from "./speaker";

export interface Quote { text: string; start: number; end: number; tokens: Token[] }

/**
 * Quotation spans of the whole document, paired within each paragraph so that a quote split across
 * sentences ('"It looks wrong, and it could have …," Ana Ruiz wrote.') stays one quote. An opening mark
 * with no closing one runs to the end of its paragraph (the convention for quotes that continue).
 */
export function quoteSpans(doc: Doc): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const text = doc.text;
  let paragraphStart = 0;
  while (paragraphStart < text.length) {
    let paragraphEnd = text.indexOf("\n\n", paragraphStart);
    if (paragraphEnd < 0) paragraphEnd = text.length;
    const double = text.indexOf('"', paragraphStart);
    if (double < 0 || double >= paragraphEnd) singleQuoteSpans(text, paragraphStart, paragraphEnd, spans);
    let open = -1;
    for (let i = double; i >= 0 && i < paragraphEnd; i = text.indexOf('"', i + 1)) {
      if (open < 0) open = i;
      else {
        if (i - open > 3) spans.push({ start: open + 1, end: i });
        open = -1;
      }
    }
    if (open >= 0 && paragraphEnd - open > 3) spans.push({ start: open + 1, end: paragraphEnd });
    paragraphStart = paragraphEnd + 2;
  }
  return spans;
}

const LETTER = /\p{L}/u;

/**
 * Quotations in single marks, in a paragraph without double ones (the British style: "Ruiz said:
 * 'This was senseless.'", "the town was 'devastated'"). A mark between two letters is an apostrophe
 * ("don't"), and so is one after a plural that goes on in lower case ("the players' union"); a
 * mark never closed opens no quotation.
 */
function singleQuoteSpans(text: string, from: number, to: number, spans: { start: number; end: number }[]): void {
  let open = -1;
  for (let i = text.indexOf("'", from); i >= 0 && i < to; i = text.indexOf("'", i + 1)) {
    const before = text[i - 1] ?? " ";
    const after = text[i + 1] ?? " ";
    if (open < 0) {
      if ((i === from || /[\s(:—–-]/.test(before)) && LETTER.test(after)) open = i;
      continue;
    }
    if (/\s/.test(before) || LETTER.test(after)) continue;
    if (before === "s" && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) && !/^\s+(?:he|she|they|it|we|said|says|added|told)\b/.test(text.slice(i + 1, i + 12))) continue;
    if (i - open > 3) spans.push({ start: open + 1, end: i });
    open = -1;
  }
}

export function toQuote(doc: Doc, span: { start: number; end: number }): Quote {
  const raw = doc.text.slice(span.start, span.end).replace(/[\s,;:]+$/, "");
  let text = raw.trim();
  if (text.length > 280) text = `${text.slice(0, 277).replace(/\s+\S*$/, "")}…`;
  const end = span.start + raw.length;
  const tokens = doc.sentences.filter((x) => x.end > span.start && x.start < end).flatMap((x) => x.tokens.filter((t) => t.start >= span.start && t.end <= end));
  return { text, start: span.start, end, tokens };
}

/** The most quotations a "said:" introduces, in the paragraphs after it. */
const INTRODUCED_QUOTES = 3;
/** The most quotations that go on a statement's paragraph after its attribution. */
const CONTINUED_QUOTES = 2;

/**
 * The quotations after `from`, in order, while each one's gap from the last (the text between them)
 * lets it continue the statement.
 */
function quotesAfter(doc: Doc, spans: { start: number; end: number }[], from: number, limit: number, continues: (gap: string, q: { start: number; end: number }) => boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let cursor = from;
  for (const q of spans) {
    if (q.start < cursor) continue;
    if (out.length >= limit || !continues(doc.text.slice(cursor, q.start), q)) break;
    out.push(q);
    cursor = q.end;
  }
  return out;
}

/**
 * What a statement quotes: the quotations touching its sentence, and the ones that continue it.
 */
export function quotesFor(doc: Doc, spans: { start: number; end: number }[], s: Sentence, quoteOf: (span: { start: number; end: number }) => Quote): Quote[] {
  const own = spans.filter((q) => q.end > s.start && q.start < s.end);
  const introduces = /:\s*"?\s*$/.test(s.text) || /:\s*"/.test(s.text);
  // After "said:", the quotes that open the paragraphs after it (up to three); otherwise, as in
  // '"…," Ruiz said. "This is a solution in search of a problem."', a quotation that goes on the
  // paragraph with no words of the reporter's after it (up to two) is still the speaker's.
  const following = introduces
    ? quotesAfter(doc, spans, own.at(-1)?.end ?? s.end, INTRODUCED_QUOTES, (gap) => /^\s*$/.test(gap.slice(0, -1).replace(/["\s]/g, "")))
    : quotesAfter(doc, spans, Math.max(s.end, own.at(-1)?.end ?? s.end), CONTINUED_QUOTES, (gap, q) => /^["']?[^\S\n]*["']?$/.test(gap) && /^["']?[^\S\n]*(?:\n|$)/.test(doc.text.slice(q.end, q.end + 200)));
  // Mispaired marks in scraped text enclose stray punctuation (".#"): words make a quotation.
  return [...own, ...following].map(quoteOf).filter((q) => /\p{L}/u.test(q.text));
}

/**
 * An embedded social-media post as scraped: "What a change. -- Ana Ruiz
 * (@anaruiz) November 8, 2025". The name before the handle said the text before the dash.
 */
export function embeddedPost(doc: Doc, s: Sentence, here: Placed[]): (Placed & Quote) | null {
  if (!s.text.includes("-") && !s.text.includes("\u2014")) return null;
  const dash = s.tokens.findIndex((t, k) => t.text === "--" || t.text === "—" || (t.text === "-" && s.tokens[k + 1]?.text === "-"));
  if (dash < 0) return null;
  // "-- Ana Ruiz MP (@anaruiz)": a title may stand between the name and the handle, and so may
  // the placeholders a scraper left for emoji ("Ana [?][?] (@anaruiz)").
  const handleAfter = (k: number) => {
    const limit = k + 8;
    while (s.tokens[k] && k < limit && (lexicon.titles.has(s.tokens[k].lower) || /^[^\p{L}\p{N}(]+$/u.test(s.tokens[k].text))) k++;
    return s.tokens[k]?.text === "(" && !!s.tokens[k + 1]?.text.startsWith("@");
  };
  const author = here.find((h) => h.mention.first > dash && h.mention.first - dash <= 3 && handleAfter(h.mention.last + 1));
  if (!author) return null;
  // The post is the text before the dash, or the sentence before when the dash opens this one.
  const source = dash >= 3 ? s : doc.sentences[s.index - 1];
  if (!source) return null;
  const tokens = source === s ? s.tokens.slice(0, dash) : source.tokens;
  const start = tokens[0].start;
  const end = tokens.at(-1)!.end;
  return { ...author, text: doc.text.slice(start, end).trim(), start, end, tokens };
}

/** The sentence with its quotations blanked out: the reporter's words around them. */
export function unquoted(s: Sentence, spans: { start: number; end: number }[]): string {
  let out = s.text;
  for (const q of spans) {
    const from = Math.max(q.start, s.start) - s.start;
    const to = Math.min(q.end, s.end) - s.start;
    if (from < to) out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
  }
  return out;
}
