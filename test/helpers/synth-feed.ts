/**
 * A large RSS 2.0 feed synthesised from the bundled sample articles: each item mixes sentences of
 * several samples (a seeded shuffle) and carries its own index, so the items are distinct stories
 * rather than copies, and every run serves byte-identical XML.
 */
import { franc } from "franc-min";
import { loadArticleFile } from "../../src/ingest/file";
import { sampleArticlePaths } from "../../src/samples";
import { rss } from "./http";

export interface SynthItem {
  title: string;
  link: string;
  text: string;
  date: string;
  /** One token found in this item only: proves the item is reachable through the search index. */
  marker: string;
}

/** mulberry32: small, seeded, and the same on every platform. */
function seeded(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function sampleSentences(): Promise<string[]> {
  const out = new Set<string>();
  for (const path of sampleArticlePaths()) {
    const loaded = await loadArticleFile(path);
    // English only: a non-English sentence in an English story would be the one odd thing about it.
    if (!loaded.ok || franc(loaded.article.text.slice(0, 2000)) !== "eng") continue;
    for (const s of loaded.article.text.split(/(?<=[.!?])\s+/)) {
      const sentence = s.replace(/\s+/g, " ").trim();
      const words = sentence.split(" ").length;
      // Capped length: one shared sentence must stay a small part of any two items.
      if (words >= 8 && words <= 40 && /^[A-Z"'“]/.test(sentence)) out.add(sentence);
    }
  }
  return [...out];
}

/** A prime: items are lines over Z_P (see below), so at most P² of them. */
const P = 37;
const PER_ITEM = 5;

export async function synthItems(count: number, base = "http://127.0.0.1/wire"): Promise<SynthItem[]> {
  if (count > P * P) throw new Error(`at most ${P * P} distinct items`);
  const pool = await sampleSentences();
  if (pool.length < P * PER_ITEM) throw new Error(`only ${pool.length} sample sentences; need ${P * PER_ITEM}`);
  // A seeded shuffle, so each item mixes sentences of different samples.
  const random = seeded(20260107);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return Array.from({ length: count }, (_, i) => {
    // Item (a, b) takes, in column j, sentence (a·j + b) mod P: two distinct lines over Z_P share at
    // most one point, so no two items share more than one sentence and none is a near-duplicate.
    const a = Math.floor(i / P);
    const b = i % P;
    const sentences = Array.from({ length: PER_ITEM }, (_, j) => pool[j * P + ((a * j + b) % P)]);
    const n = String(i).padStart(4, "0");
    const marker = `bulletin${n}`;
    return {
      title: `Wire ${n}: ${sentences[0].split(" ").slice(0, 7).join(" ")}`,
      link: `${base}/${n}`,
      text: `Regional wire ${marker} reports. ${sentences.join(" ")}`,
      date: `2026-02-${String(1 + (i % 28)).padStart(2, "0")}`,
      marker,
    };
  });
}

export function synthFeed(items: SynthItem[]): string {
  return rss("Synthetic Wire", items);
}
