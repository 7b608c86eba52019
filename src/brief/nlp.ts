/**
 * Parsing, once per article: wink-nlp's English model gives tokens, part-of-speech tags and sentence
 * boundaries in about a millisecond. Only the pipes we use run (sentence boundaries + POS), which
 * halves the cost of the default pipeline. Offsets are mapped back to the cleaned text here so that
 * every later stage can cite evidence as character spans.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Wink = ReturnType<typeof winkNLP>;

// wink's entity-model loader re-encodes its data as JSON on every call (the string grows each
// time), so a second instance cannot be built from the model as shipped; its first result serves all.
const entityModel = (model as unknown as { metaCER: () => unknown }).metaCER();
const reloadableModel = { ...model, metaCER: () => entityModel } as typeof model;

/**
 * wink's vocabulary grows by every new token it meets (~220 bytes each) and cannot forget: after this
 * many the engine is rebuilt from the model (~0.1 s), which bounds the memory of a long-running bot.
 * Tokenising never depends on learnt words (see consultModelVocabularyOnly), so briefs do not change.
 */
const MAX_LEARNT_WORDS = 100_000;
/** The lookups remembered in front of wink's vocabulary (about as many as the words it may learn). */
const MAX_REMEMBERED_ANSWERS = 200_000;

/** The part of wink's vocabulary cache this module relies on (wink-nlp 2.4, src/cache.js). */
interface WinkVocabulary {
  /** The word's id (or a contraction's expansions), or null when the word is not known. */
  lookup: (text: string) => number[] | null;
  /** How many words the model itself knows; ids from here up were learnt at run time. */
  intrinsicSize: () => number;
  /** Learns a word (its features are worked out with `lookup`). */
  add: (text: string, category: number) => unknown;
  /** How many words it knows now, learnt ones included. */
  currentSize: () => number;
}

const INTERNALS_CHANGED = "wink-nlp's internals have changed (its document data is not as expected): install the wink-nlp version in package-lock.json or update src/brief/nlp.ts";

/**
 * The part of wink's per-document data this module reads (wink-nlp 2.4, `readDoc` in src/wink-nlp.js).
 * Reading it directly, through wink's own `its` functions, skips the `out()` calls' arrays and checks.
 */
interface DocumentData {
  cache: WinkVocabulary;
  numOfTokens: number;
  /**
   * TOKEN_SIZE numbers per token: the word's id, then its preceding spaces (a contraction's
   * expansions carry more above MAX_SPACES_WORD), then POS and lemma, then flags.
   */
  tokens: number[];
  /** Each sentence as [first token, last token, …]. */
  sentences: number[][];
}

const TOKEN_SIZE = 4;
const MAX_SPACES_WORD = 0xffff;

/** wink's per-token readers, which take (token index, document data). */
type TokenReader<T> = (index: number, data: DocumentData) => T;
interface TokenReaders {
  value: TokenReader<string>;
  pos: TokenReader<string>;
  precedingSpaces: TokenReader<string>;
  stopWordFlag: TokenReader<boolean>;
}

/**
 * A document's data, undefined when it has no sentences. wink hands out no handle on it; the one
 * place it passes it to a caller's function is `out(f, as.text)`, once per token, so the first
 * sentence's tokens keep that short.
 */
function documentData(nlp: Wink, doc: ReturnType<Wink["readDoc"]>): DocumentData | undefined {
  const sentences = doc.sentences();
  if (sentences.length() === 0) return undefined;
  let data: DocumentData | undefined;
  const grab = (_index: number, rdd: DocumentData) => {
    data = rdd;
    return "";
  };
  (sentences.itemAt(0).tokens().out as (f: unknown, g: unknown) => unknown)(grab, (nlp.as as unknown as { text: unknown }).text);
  const found = data as DocumentData | undefined;
  if (!found || typeof found.numOfTokens !== "number" || !Array.isArray(found.sentences) || found.tokens?.length !== found.numOfTokens * TOKEN_SIZE) throw new Error(INTERNALS_CHANGED);
  return found;
}

/** Only ASCII letters ("Velmoran", not "Velmoran's" or "6.10am"). */
function plainLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return text.length > 0;
}

/**
 * wink's tokenizer asks its vocabulary whether a piece of text is a known word before splitting it,
 * and the vocabulary learns every new word it meets: once a text has ended a sentence with
 * "Velmoran's.", "Velmoran's" stays one token in every later text, where before it was two. A brief
 * must not depend on what the process read before it, so the tokenizer consults only the model's
 * own vocabulary, and of the words learnt at run time only those of plain letters (which it could
 * not split anyway). Learnt words keep their ids; they no longer change how later text is split.
 */
function consultModelVocabularyOnly(nlp: Wink): WinkVocabulary {
  const v = documentData(nlp, nlp.readDoc("a"))?.cache;
  if (!v || typeof v.lookup !== "function" || typeof v.intrinsicSize !== "function" || typeof v.add !== "function" || typeof v.currentSize !== "function") {
    throw new Error(INTERNALS_CHANGED);
  }
  const { lookup, add } = v;
  const modelWords = v.intrinsicSize();
  // Learning a word looks up its lower-case form, learnt a moment before: that lookup must see it.
  let learning = false;
  v.add = (text, category) => {
    learning = true;
    try {
      return add(text, category);
    } finally {
      learning = false;
    }
  };
  // wink finds a word by a property lookup on a huge object, which first interns the string: a
  // Map answers the words met before several times faster. Only answers that cannot change are kept.
  const answered = new Map<string, number[] | null>();
  v.lookup = (text) => {
    if (learning) return lookup(text);
    const known = answered.get(text);
    if (known !== undefined) return known;
    const hit = lookup(text);
    const plain = plainLetters(text);
    // A learnt word of plain letters is one token however it is reached, so it may be answered
    // from what was learnt (names recur; this keeps them cheap); anything else is split afresh.
    const answer = hit && hit.length === 1 && hit[0] >= modelWords && !plain ? null : hit;
    if (answered.size >= MAX_REMEMBERED_ANSWERS) answered.clear();
    if (answer || !plain) answered.set(text, answer);
    return answer;
  };
  return v;
}

interface Engine {
  nlp: Wink;
  vocabulary: WinkVocabulary;
  /**
   * Per word id (wink's ids hold until the engine is rebuilt): its lower-case form and stop-word
   * flag, worked out once. Reused strings also keep their hash, which every later Set and Map
   * lookup of the token's text would otherwise compute again.
   */
  lowerById: (string | undefined)[];
  stopById: (boolean | undefined)[];
}

/**
 * An array of `size` undefined slots, written in place: an array grown by writing at far indices
 * becomes a hash table in V8, several times slower to read.
 */
function slots<T>(size: number): (T | undefined)[] {
  return new Array<T | undefined>(size).fill(undefined);
}

/** Makes room for id `id` in an array made by `slots`, keeping it a plain array. */
function reach<T>(array: (T | undefined)[], id: number): void {
  while (array.length <= id) array.push(undefined);
}

function buildEngine(): Engine {
  const nlp = winkNLP(reloadableModel, ["sbd", "pos"]);
  const vocabulary = consultModelVocabularyOnly(nlp);
  const size = vocabulary.currentSize() + 1;
  return { nlp, vocabulary, lowerById: slots(size), stopById: slots(size) };
}

let engine = buildEngine();

/** Words wink has learnt since the engine was last built (bounded by MAX_LEARNT_WORDS). */
export function learntWords(): number {
  return engine.vocabulary.currentSize() - engine.vocabulary.intrinsicSize();
}

/** The engine, rebuilt first when its vocabulary has learnt MAX_LEARNT_WORDS words. */
function currentEngine(): Engine {
  if (learntWords() > MAX_LEARNT_WORDS) engine = buildEngine();
  return engine;
}

export interface Token {
  /** Index in the document's token list. */
  i: number;
  text: string;
  lower: string;
  pos: string;
  start: number;
  end: number;
  /** Whether whitespace separates this token from the previous one ("Sidi-bel-Abbes" is glued). */
  spaced: boolean;
  /** A function word ("the", "several", "however") by wink's English stop-word list. */
  stop: boolean;
}

export interface RawSentence {
  start: number;
  end: number;
  tokens: Token[];
}

function opensWithNonSpace(value: string): boolean {
  const c = value.charCodeAt(0);
  return (c > 32 && c < 127) || /^\S/.test(value);
}

/** Whether the text holds `count` plain spaces at `at`. */
function plainSpacesAt(text: string, at: number, count: number): boolean {
  for (let k = at; k < at + count; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

/** Whether the text holds exactly these spaces at `at` (wink may report spaces it normalised). */
function spacesAt(text: string, at: number, space: string): boolean {
  if (space === "") return true;
  if (space === " ") return text.charCodeAt(at) === 32;
  return text.startsWith(space, at) && /^\s*$/.test(space);
}

/** Letters of the Latin Extended blocks ("ş", "ł", "ř", "ễ"), which wink's tokenizer splits words at. */
const EXTENDED_LATIN = /[\u0100-\u024F\u1E00-\u1EFF]/g;
/** Letters with no decomposition into a base letter wink knows. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ı: "i", ł: "l", Ł: "L", đ: "d", Đ: "D", ħ: "h", Ħ: "H", œ: "o", Œ: "O", ŋ: "n", Ŋ: "N", ſ: "s", ƒ: "f", ŧ: "t", Ŧ: "T", ŀ: "l", Ŀ: "L" };

function baseLetter(c: string): string {
  const base = c.normalize("NFD").charCodeAt(0);
  return base < 0x100 ? String.fromCharCode(base) : UNDECOMPOSED[c] ?? c;
}

/**
 * wink reads only Latin-1 letters as word letters and cuts "Arıkan" into "Ar", "ı", "kan": it is
 * given each such letter as its base letter ("Arikan"), one UTF-16 unit for one, so its offsets hold
 * for the text as written, from which every token's text is then read.
 */
function forTokenizer(text: string): string {
  EXTENDED_LATIN.lastIndex = 0;
  return EXTENDED_LATIN.test(text) ? text.replace(EXTENDED_LATIN, baseLetter) : text;
}

/** Tokens with character offsets and wink's sentence spans, for text already cleaned. */
export function parse(written: string): RawSentence[] {
  const { nlp, lowerById, stopById } = currentEngine();
  const text = forTokenizer(written);
  const data = documentData(nlp, nlp.readDoc(text));
  if (!data) return [];
  const read = nlp.its as unknown as TokenReaders;
  const ids = data.tokens;
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < data.numOfTokens; i++) {
    const value = read.value(i, data);
    // wink keeps a count of plain spaces, or marks non-breaking ones it kept as written.
    const count = ids[i * TOKEN_SIZE + 1] & MAX_SPACES_WORD;
    const space = count === MAX_SPACES_WORD ? read.precedingSpaces(i, data) : undefined;
    const spaces = space?.length ?? count;
    let start = cursor + spaces;
    // Usually the token sits right after the spaces wink saw; otherwise search for it.
    if (!(text.startsWith(value, start) && opensWithNonSpace(value) && (space === undefined ? plainSpacesAt(text, cursor, count) : spacesAt(text, cursor, space)))) {
      start = text.indexOf(value, cursor);
      // wink can normalise a token's text; fall back to the cursor so offsets stay monotonic.
      if (start < 0 || start - cursor > 64) start = Math.min(cursor + spaces, text.length);
    }
    const end = Math.min(start + value.length, text.length);
    cursor = end;
    const id = ids[i * TOKEN_SIZE];
    const contraction = ids[i * TOKEN_SIZE + 1] > MAX_SPACES_WORD;
    if (id >= lowerById.length) {
      reach(lowerById, id);
      reach(stopById, id);
    }
    let own = value;
    let lower = contraction ? undefined : lowerById[id];
    if (text !== written) {
      own = written.slice(start, end);
      if (own !== value) lower = undefined;
    }
    if (lower === undefined) {
      lower = own.toLowerCase();
      if (!contraction && own === value) lowerById[id] = lower;
    }
    let stop = contraction ? undefined : stopById[id];
    if (stop === undefined) {
      stop = read.stopWordFlag(i, data);
      if (!contraction) stopById[id] = stop;
    }
    tokens.push({ i, text: own, lower, pos: read.pos(i, data), start, end, spaced: spaces > 0 || i === 0, stop });
  }
  return data.sentences.map(([a, b]) => {
    const toks = tokens.slice(a, b + 1).filter((t) => t.pos !== "SPACE");
    return { start: toks[0]?.start ?? 0, end: toks.at(-1)?.end ?? 0, tokens: toks };
  }).filter((s) => s.tokens.length > 0);
}

/** Whether a single word is on wink's English stop-word list. */
export function isStopWord(word: string): boolean {
  const { nlp } = currentEngine();
  const doc = nlp.readDoc(word.toLowerCase());
  const flags = doc.tokens().out(nlp.its.stopWordFlag) as unknown as boolean[];
  return flags.length === 1 && flags[0];
}

/** Tokens back to text, honouring whether they were glued ("Sidi-bel-Abbes") or spaced. */
export function joinTokens(tokens: Token[]): string {
  let s = "";
  tokens.forEach((t, i) => { s += (i > 0 && t.spaced ? " " : "") + t.text; });
  return s;
}
