/**
 * The analysed document: title and body parsed once, split into sentences with character offsets.
 * wink-nlp's boundaries are repaired where scraped text fools them ("6.10am", "Daily.Example"), and
 * sentences that are page furniture inside a paragraph (gallery counters, photo credits) are flagged
 * so extractors skip them while offsets stay intact.
 */
import { parse, type RawSentence, type Token } from "./nlp";

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  isTitle: boolean;
  /** Photo captions, gallery counters, credits: kept for offsets, ignored by extractors. */
  cruft: boolean;
}

export interface Doc {
  /** Title + body as analysed; every offset points into this string. */
  text: string;
  sentences: Sentence[];
  hasTitle: boolean;
}

/** A gallery's counter or button ("1/12", "Show all", "View gallery", "Photo gallery"); a gallery in prose ("the public gallery") is none. */
const GALLERY = /\b\d{1,2}\/\d{1,2}\b(?!\/)|\bshow all\b|\b(?:view|photo|image|picture|video) gallery\b|^\W*gallery\b\W*(?:$|\d|:)/i;
const CREDIT = /\b(?:[A-Z][a-z]+ ){1,3}?[A-Z][a-z]+ ?\/ ?(?:PA|AP|AFP|EPA|Reuters|Getty(?: Images)?|Rex(?: Features)?|Shutterstock|Alamy|Twitter|Instagram|Facebook)\b|\((?:Image|Photo|Picture|Credit)s?:[^)]*\)|^(?:(?:Image|Photo|Picture) )?(?:Image|Photo|Picture|Credit)s?:|Getty Images|\bREX\/|Twitter\/@|\((?:[A-Z][\w.&-]* ){1,3}Photo ?\/|\bPhoto by (?:[A-Z][\w.'’-]* ?){1,4}\/ ?[A-Z]/;

/** Whether the text holds a character or word that every credit CREDIT matches holds: most sentences hold none. */
function mayHoldCredit(text: string): boolean {
  return text.includes("/") || text.includes("(") || text.includes(":") || text.includes("Getty");
}

/** A newsletter sign-up box: its pitch, its form's messages. Common web-form wording, not one site's. */
const SIGNUP = /\bdelivered to your inbox\b|\bnot a robot\b|\binvalid email(?: address)?\b|\bselect a newsletter\b|\bthank you for subscribing\b|\bplease re-enter\b|\bview all [\w' ]{0,40}newsletters\b|\boccasional updates and special offers\b|\ban error has occurred\b|\bour privacy notice\b|\buse your email address\b|\bsign up for (?:our |the )?(?:[\w-]+ )?newsletters?\b|\bby clicking sign up\b/i;

/** Words every sign-up box holds somewhere, in lower case: a text without any of them has none. */
const SIGNUP_WORDS = ["email", "subscrib", "newsletter", "inbox"];

export function analyse(title: string | null, body: string): Doc {
  const text = title ? `${title}\n\n${body}` : body;
  const raw = splitAfterPlatform(parse(text));
  const merged: typeof raw = [];
  for (const s of raw) {
    const prev = merged.at(-1);
    if (prev && shouldMerge(text, prev.end, s.start, title ? title.length : -1)) {
      prev.end = s.end;
      prev.tokens = prev.tokens.concat(s.tokens);
    } else merged.push({ ...s });
  }
  const signupPossible = SIGNUP_WORDS.some((w) => text.includes(w));
  const sentences = merged.map((s, index): Sentence => {
    const sentenceText = text.slice(s.start, s.end);
    return {
      index,
      start: s.start,
      end: s.end,
      text: sentenceText,
      tokens: s.tokens,
      isTitle: !!title && s.start < title.length,
      cruft: GALLERY.test(sentenceText) || (mayHoldCredit(sentenceText) && CREDIT.test(sentenceText)) || (signupPossible && SIGNUP.test(sentenceText)),
    };
  });
  markRelatedStories(sentences);
  return { text, sentences, hasTitle: !!title };
}

/**
 * "… wrote on X. Senator Ana Ruiz said …": wink reads "X." as an initial and runs the sentences on;
 * after "on", with a capitalised word next, it is the platform and its full stop ends the sentence.
 */
function splitAfterPlatform(sentences: RawSentence[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (const s of sentences) {
    let from = 0;
    for (let k = 1; k + 1 < s.tokens.length; k++) {
      if (s.tokens[k].text !== "X." || s.tokens[k - 1].lower !== "on" || !/^\p{Lu}/u.test(s.tokens[k + 1].text)) continue;
      const tokens = s.tokens.slice(from, k + 1);
      out.push({ start: tokens[0].start, end: tokens.at(-1)!.end, tokens });
      from = k + 1;
    }
    if (from === 0) out.push(s);
    else {
      const tokens = s.tokens.slice(from);
      out.push({ start: tokens[0].start, end: tokens.at(-1)!.end, tokens });
    }
  }
  return out;
}

/** "Related stories", "Related articles": a block of links to other stories opens here. */
const RELATED = /^related (?:stories|articles|content|coverage)\b/i;
/** A word in capitals of two or more letters ("SHOCK", "IT'S"), as tabloid teasers open with. */
const SHOUTED = /^[A-Z][A-Z'’]+[!?]?$/;

/** Whether the sentence holds a teaser's kicker: two or more words in capitals in a row ("BRIDGE OF SIGHS"). */
function hasKicker(s: Sentence): boolean {
  let run = 0;
  for (const t of s.tokens) {
    if (SHOUTED.test(t.text)) {
      if (++run >= 2) return true;
    } else if (t.pos !== "PUNCT") run = 0;
  }
  return false;
}

/**
 * A page's "Related stories" box, scraped into the text: teaser after teaser ("KICKER Headline of
 * another story"), with no full stop between them. The box and the sentences after it that still
 * hold kickers are furniture; the first sentence without one is the article again.
 */
function markRelatedStories(sentences: Sentence[]): void {
  for (let i = 0; i < sentences.length; i++) {
    if (!RELATED.test(sentences[i].text)) continue;
    sentences[i].cruft = true;
    while (i + 1 < sentences.length && hasKicker(sentences[i + 1])) sentences[++i].cruft = true;
  }
}

/** wink splits "6.10am" and "Daily.Example" at the dot; a boundary with no space after it is not one. */
function shouldMerge(text: string, prevEnd: number, nextStart: number, titleEnd: number): boolean {
  if (prevEnd <= titleEnd) return false;
  if (nextStart === prevEnd && /[.!?]/.test(text[prevEnd - 1] ?? "")) return /[A-Za-z0-9]/.test(text[nextStart] ?? "");
  // '… chanting "Resign!" and "Thieves!", while …', '"Go!" he shouted': an exclamation inside a
  // sentence, which goes on in lower case.
  if (/[!?]["”’']?$/.test(text.slice(Math.max(0, prevEnd - 2), prevEnd)) && /^[a-z,;]/.test(text.slice(nextStart, nextStart + 1)) && nextStart - prevEnd <= 2) return true;
  // A sentence that is only a closing quote or bracket belongs to the one before.
  if (/^["')\]]+$/.test(text.slice(nextStart, nextStart + 2).trim()) && nextStart - prevEnd <= 1) return true;
  // "-- Ana Ruiz [?] (@anaruiz)": an emoji placeholder's "?" ends no sentence, and a post's handle
  // belongs to the name before it.
  return nextStart - prevEnd <= 2 && (/^\[\?+\]/.test(text.slice(nextStart, nextStart + 3)) || text.startsWith("(@", nextStart));
}
