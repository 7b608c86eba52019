/**
 * FNV-1a (32-bit) of a word: how src/brief/data/english-words.u32 stores the English word list, so
 * the list loads as 1 MB of numbers instead of being read and split into 274,000 strings at start-up
 * (~140 ms and ~30 MB of peak memory in every process and worker that briefs).
 */
export function wordHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The sorted hashes of `words`, as the data file holds them (little-endian 32-bit). */
export function sortedWordHashes(words: Iterable<string>): Uint32Array {
  return Uint32Array.from(words, wordHash).sort();
}
