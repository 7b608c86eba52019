/**
 * What a statement's words lean to: word valence (AFINN-165, negation-aware, weighted after a
 * contrast), multi-word cues, and the side of a demand or a commitment by what it is for.
 */
import { escapeRegExp, lexicon } from "./lexicon";
import type { Token } from "./nlp";
import type { Sentence } from "./sentences";

/**
 * How much clear valence takes a side. The speaker's own words (a quote, a post, an answer) take one
 * with a single plain word ("a sensible step"); a reporter's paraphrase needs more, as its words often
 * describe what others did ("said members had rejected a deal").
 */
const OWN_WORDS_THRESHOLD = 1;
const PARAPHRASE_THRESHOLD = 2;
const VALENCE_POS = new Set(["ADJ", "VERB", "NOUN", "ADV", "INTJ", "PROPN"]);

/** Positive and negative word valence of what was said, kept apart so mixed statements stay neutral. */
export interface Valence {
  positive: number;
  negative: number;
}

/** The words every demand or commitment holds: most text has none, and is not searched further. */
const DEMAND_WORDS = ["call", "vow", "pledg", "promis", "urg"];
/** A demand or a commitment and what it is for: "called for an inquiry", "vowed to repeal it". */
/** "urged the company to reconsider", "urges ministers to drop the plan": what someone is urged to do. */
const URGING = /\burg(?:e|es|ed|ing) (?:[\w'-]+ ){1,4}?to ((?:[\w-]+ ){0,1}[\w-]+)/g;
const DEMAND = /\b(?:call(?:s|ed|ing)? for|(?:vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)) to) ((?:(?!to )[\w-]+ ){0,2}(?!to\b)[\w-]+)(?: to be ((?:[\w-]+ ){0,3}[\w-]+))?/g;

/**
 * Whether a word of a demand asks to undo or stop the event: "a recount", "the plan to be scrapped",
 * "be called in for scrutiny", "we'll be appealing" (a participle is read by its verb).
 */
function asksAgainst(word: string): boolean {
  if (lexicon.demandsAgainst.has(word)) return true;
  const stem = /^(\w+?)(?:ed|ing)$/.exec(word)?.[1];
  if (!stem) return false;
  // "scrapped" → "scrap", "reviewed" → "review", "reversed" → "reverse".
  return lexicon.demandsAgainst.has(stem) || lexicon.demandsAgainst.has(`${stem}e`) || (/(\w)\1$/.test(stem) && lexicon.demandsAgainst.has(stem.slice(0, -1)));
}

/**
 * The side of each demand or commitment in lower-case text, in order: "called for unity" supports,
 * "called for international inspections", "calls for his resignation" and "vowed to repeal it" go
 * against the event.
 */
function demandSides(lower: string): { at: number; side: "supports" | "opposes"; commitment: boolean }[] {
  if (!DEMAND_WORDS.some((w) => lower.includes(w))) return [];
  const sides = [...lower.matchAll(DEMAND)].map((m) => ({ at: m.index, side: `${m[1]} ${m[2] ?? ""}`.split(" ").some(asksAgainst) ? ("opposes" as const) : ("supports" as const), commitment: !m[0].startsWith("call") }));
  // "urged the company to reconsider": an urging takes a side only against the event; "urged
  // residents to stay indoors" takes none.
  // (Urging the public — "consumers to stop using them" — goes with a recall, not against it.)
  for (const m of lower.matchAll(URGING)) {
    const urged = m[0].slice(m[0].indexOf(" ") + 1, m[0].lastIndexOf(" to ")).split(" ");
    if (urged.some((w) => lexicon.humanNouns.has(w) || w === "public")) continue;
    if (m[1].split(" ").some(asksAgainst)) sides.push({ at: m.index, side: "opposes", commitment: false });
  }
  return sides.sort((a, b) => a.at - b.at);
}

/** The side of a demand or commitment made with the reporting verb at token t, if it is one. */
export function demandAt(s: Sentence, t: Token): "supports" | "opposes" | undefined {
  const first = demandSides(s.text.slice(t.start - s.start).toLowerCase())[0];
  return first?.at === 0 ? first.side : undefined;
}

/** What the speaker says they will do, right after the reporting verb or opening a sentence of the quote ("We'll be appealing"). */
const OWN_COMMITMENT = /(?:^|[.!?]\s+)\s*(?:that\s+)?(?:it|they|we|he|she|i)\s*(?:would|will|'ll)\s+(?:be\s+)?(\w+)/;

/** The hyphenated word opening at token k ("short-sighted"), in lower case, if one does. */
function hyphenatedAt(tokens: Token[], k: number): string | undefined {
  const dash = tokens[k + 1];
  const rest = tokens[k + 2];
  if (!dash || !rest || dash.text !== "-" || dash.spaced || rest.spaced || !/^\p{L}+$/u.test(tokens[k].text) || !/^\p{L}+$/u.test(rest.text)) return undefined;
  return `${tokens[k].lower}-${rest.lower}`;
}

const DIMINISHERS = new Set(["less", "slightly", "barely", "somewhat", "little"]);
const CONTRASTS = new Set(["but", "however", "yet", "although", "though"]);

/** What a verdict on the decision itself counts ("the right decision", "the wrong call"), against 3 for a cue. */
const VERDICT_WEIGHT = 8;

/** No words name the event: every valence word counts. */
const NO_TOPIC: ReadonlySet<string> = new Set();

/** The cue phrases that open on a negator ("not defeated", "not giving up", "not be intimidated"). */
const NEGATED_CUES = [...lexicon.supportCues, ...lexicon.opposeCues].filter((cue) => cue.includes(" ") && lexicon.negators.has(cue.split(" ")[0]));

/** Whether words from a negator on ("not be intimidated") open such a cue. */
function opensNegatedCue(words: string): boolean {
  return NEGATED_CUES.some((cue) => cue === words || cue.startsWith(`${words} `));
}

/** Any cue or verdict at all: most statements hold none, and one scan then spares a search per cue. */
const ANY_CUE = new RegExp([...lexicon.supportCues, ...lexicon.opposeCues, ...lexicon.verdicts.map(([cue]) => cue)].map(escapeRegExp).join("|"));

/**
 * Word valence (AFINN-165) with negation ("not good" counts as bad) and diminishers ("less awkward"
 * counts as nothing), plus multi-word cues. `topic` holds the words that name the event (its
 * headline's and its what's): such a noun in a statement names the subject ("patients with this
 * disease"), it does not judge it.
 */
export function valence(tokens: Token[], text: string, topic: ReadonlySet<string> = NO_TOPIC): Valence {
  const out: Valence = { positive: 0, negative: 0 };
  const addScore = (v: number) => (v > 0 ? (out.positive += v) : (out.negative += v));
  // "Fair enough …, but it looks stupid": what follows a contrast is what the speaker means.
  const pivot = tokens.findIndex((t, k) => k > 0 && CONTRASTS.has(t.lower));
  // "short-sighted", "ill-conceived": a hyphenated word is scored whole, its parts not at all.
  let skipTo = -1;
  tokens.forEach((t, k) => {
    if (k <= skipTo) return;
    const weight = pivot < 0 ? 1 : k > pivot ? 2 : 0.5;
    const compound = hyphenatedAt(tokens, k);
    if (compound) {
      skipTo = k + 2;
      const v = lexicon.valence.get(compound);
      if (v) addScore(v * weight);
      return;
    }
    // Only content words carry valence: "looks like" is not liking, "well," is not good.
    if (!VALENCE_POS.has(t.pos)) return;
    const v = lexicon.valence.get(t.lower);
    if (!v) return;
    if (t.pos === "NOUN" && topic.has(t.lower)) return;
    // "the bone alone", "in June alone": "alone" after what it limits means "only", not lonely.
    // ("should be left alone", "leave us alone": undisturbed, not lonely.)
    if (t.lower === "alone" && k > 0 && (/^(?:NOUN|PROPN|NUM|PRON)$/.test(tokens[k - 1].pos) || /^(?:left|leave|leaves|leaving|let)$/.test(tokens[k - 1].lower))) return;
    const before = tokens.slice(Math.max(0, k - 3), k);
    if (before.some((p) => DIMINISHERS.has(p.lower))) return;
    // ("not good", "never really liked"; "cannot see the pain" negates the seeing, not the pain.)
    const negator = before.findLastIndex((p) => lexicon.negators.has(p.lower));
    const negated = negator >= 0 && !before.slice(negator + 1).some((p) => p.pos === "VERB");
    // ("not defeated", "not giving up": a cue phrase scores the negated word; it is not also read as praise.)
    if (negated && opensNegatedCue([...before.slice(negator), t].map((p) => p.lower).join(" "))) return;
    addScore((negated ? -v : v) * weight);
  });
  const lower = text.toLowerCase();
  if (ANY_CUE.test(lower)) {
    for (const cue of lexicon.supportCues) if (lower.includes(cue)) addScore(3);
    for (const cue of lexicon.opposeCues) if (lower.includes(cue)) addScore(-3);
    // A verdict on the decision outweighs what is said of the situation around it ("The roof is failing
    // and the boilers are dangerous. This is the right decision.").
    for (const [cue, side] of lexicon.verdicts) if (lower.includes(cue)) addScore(side === "supports" ? VERDICT_WEIGHT : -VERDICT_WEIGHT);
  }
  // A demand in what was said is the speaker's; a commitment there is often someone else's ("because
  // the president had vowed to …"): only the reporting verb's own counts (demandAt).
  for (const { side, commitment } of demandSides(lower)) if (!commitment) addScore(side === "opposes" ? -3 : 3);
  // "said it would fight any job cuts", "'We will block it'": the speaker's own commitment opens the text.
  const own = OWN_COMMITMENT.exec(lower);
  if (own && asksAgainst(own[1])) addScore(-3);
  return out;
}

export const sumValence = (xs: Valence[]): Valence => xs.reduce((a, v) => ({ positive: a.positive + v.positive, negative: a.negative + v.negative }), { positive: 0, negative: 0 });

/** A side only when one clearly outweighs the other. */
export function leaning(v: Valence, ownWords: boolean): "supports" | "opposes" | "neutral" {
  const threshold = ownWords ? OWN_WORDS_THRESHOLD : PARAPHRASE_THRESHOLD;
  const pos = v.positive;
  const neg = -v.negative;
  if (neg >= threshold && neg >= 1.3 * pos) return "opposes";
  if (pos >= threshold && pos >= 1.3 * neg) return "supports";
  return "neutral";
}
