/**
 * Article fingerprints for deduplication. An exact one (sha256 of the normalised text: the same story
 * with different whitespace or quotes is the same) and a near one: MinHash over 5-word shingles,
 * banded for locality-sensitive lookup, so a syndicated copy with a changed sentence or two is found
 * among thousands of articles without comparing against each.
 */
import { createHash } from "node:crypto";
import { normaliseText } from "../brief/clean";

export const SHINGLE_WORDS = 5;
export const HASHES = 64;
export const BANDS = 32;
const ROWS = HASHES / BANDS;
/** Estimated Jaccard similarity of shingle sets at or above which two articles are one story. */
export const NEAR_DUPLICATE = 0.5;

export function normalisedWords(text: string): string[] {
  return normaliseText(text).toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, " ").split(/\s+/).filter(Boolean);
}

export function contentHash(text: string): string {
  return createHash("sha256").update(normalisedWords(text).join(" ")).digest("hex");
}

// FNV-1a with a seed: fast, deterministic, good enough spread for shingle hashing.
function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 64 minimum hashes over the text's word shingles, as 8-hex-digit groups. */
export function minhash(text: string): string {
  const words = normalisedWords(text);
  const mins = new Array<number>(HASHES).fill(0xffffffff);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < count; i++) {
    const base = fnv1a(words.slice(i, i + SHINGLE_WORDS).join(" "), 0);
    for (let k = 0; k < HASHES; k++) {
      // h_k(x) = (a_k * x + b_k) mod 2^32, with fixed odd multipliers: independent enough for MinHash.
      const h = (Math.imul(base ^ (k * 0x9e3779b9), (2 * k + 1) * 0x85ebca6b | 1) + k * 0xc2b2ae35) >>> 0;
      if (h < mins[k]) mins[k] = h;
    }
  }
  return mins.map((m) => m.toString(16).padStart(8, "0")).join("");
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

/** Estimated Jaccard similarity: the share of equal minimum hashes. */
export function similarity(a: string, b: string): number {
  const pa = signatureParts(a);
  const pb = signatureParts(b);
  let same = 0;
  for (let i = 0; i < pa.length; i++) if (pa[i] === pb[i]) same++;
  return pa.length ? same / pa.length : 0;
}
