/**
 * Article fingerprints for deduplication. An exact one (sha256 of the normalised text: the same story
 * with different whitespace or quotes is the same) and a near one: MinHash over 5-word shingles,
 * banded for locality-sensitive lookup, so a syndicated copy with a changed sentence or two is found
 * among thousands of articles without comparing against each.
 */
import { createHash } from "node:crypto";
import { normaliseText } from "../brief/normalise";

export const SHINGLE_WORDS = 5;
export const HASHES = 64;
export const BANDS = 32;
const ROWS = HASHES / BANDS;
/** Estimated Jaccard similarity of shingle sets at or above which two articles are one story. */
export const NEAR_DUPLICATE = 0.5;

export function normalisedWords(text: string): string[] {
  return normaliseText(text).toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, " ").split(/\s+/).filter(Boolean);
}

function hashOfWords(words: readonly string[]): string {
  return createHash("sha256").update(words.join(" ")).digest("hex");
}

export function contentHash(text: string): string {
  return hashOfWords(normalisedWords(text));
}

/**
 * FNV-1a of words[from..to).join(" ") as int32, computed without building the string: fast,
 * deterministic, good enough spread for shingle hashing.
 */
function shingleHash(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ 32, 0x01000193);
    const word = words[w];
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  }
  return h;
}

// h_k(x) = (a_k * x + b_k) mod 2^32, with fixed odd multipliers: independent enough for MinHash.
// The per-k constants are reduced mod 2^32 once here. The loop works on int32 values with the sign
// bit flipped (unsigned order is then signed order): uint32 values above 2^31 would be heap
// doubles to V8, several times slower, and the results are the same 32-bit numbers.
const XOR = Int32Array.from({ length: HASHES }, (_, k) => (k * 0x9e3779b9) | 0);
const MUL = Int32Array.from({ length: HASHES }, (_, k) => ((2 * k + 1) * 0x85ebca6b) | 1);
const ADD = Int32Array.from({ length: HASHES }, (_, k) => (k * 0xc2b2ae35) | 0);
const SIGN = -0x80000000;

/** 64 minimum hashes over the words' shingles, as 8-hex-digit groups. */
export function minhashOfWords(words: readonly string[]): string {
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const shingles = new Int32Array(count);
  for (let i = 0; i < count; i++) shingles[i] = shingleHash(words, i, Math.min(words.length, i + SHINGLE_WORDS));
  let out = "";
  // One hash function at a time over all shingles: its constants and running minimum stay in registers.
  for (let k = 0; k < HASHES; k++) {
    const xor = XOR[k];
    const mul = MUL[k];
    const add = ADD[k];
    let min = 0x7fffffff;
    for (let i = 0; i < count; i++) {
      const h = ((Math.imul(shingles[i] ^ xor, mul) + add) | 0) ^ SIGN;
      if (h < min) min = h;
    }
    out += ((min ^ SIGN) >>> 0).toString(16).padStart(8, "0");
  }
  return out;
}

/** 64 minimum hashes over the text's word shingles, as 8-hex-digit groups. */
export function minhash(text: string): string {
  return minhashOfWords(normalisedWords(text));
}

/** Both fingerprints from one normalisation of the text (the costly part of each). */
export function fingerprints(text: string): { contentHash: string; minhash: string } {
  const words = normalisedWords(text);
  return { contentHash: hashOfWords(words), minhash: minhashOfWords(words) };
}

export function signatureParts(signature: string): string[] {
  return signature.match(/.{8}/g) ?? [];
}

/** The band keys of a signature: two articles sharing any band are near-duplicate candidates. */
export function bands(signature: string): { band: number; hash: string }[] {
  const parts = signatureParts(signature);
  // The band number leads the key, so equal rows in different bands never match.
  return Array.from({ length: BANDS }, (_, b) => ({ band: b, hash: `${b.toString(16).padStart(2, "0")}${parts.slice(b * ROWS, (b + 1) * ROWS).join("")}` }));
}

/** Estimated Jaccard similarity: the share of equal minimum hashes (8 hex digits each, compared in place). */
export function similarity(a: string, b: string): number {
  const parts = Math.floor(a.length / 8);
  let same = 0;
  for (let i = 0; i < parts; i++) {
    let j = i * 8;
    const end = j + 8;
    while (j < end && a.charCodeAt(j) === b.charCodeAt(j)) j++;
    if (j === end) same++;
  }
  return parts ? same / parts : 0;
}
