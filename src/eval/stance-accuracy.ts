/**
 * Stance accuracy against hand labels (test/fixtures/stance-labels.json, labelled by the rules in
 * ../shared/eval/STANCE.md): for every labelled actor, does the brief give that actor the same
 * position? An actor matches by full name, by surname ("Harper" ~ "Jo Harper"), or as the same
 * country by another of its names ("Britain" ~ "United Kingdom").
 */
import { z } from "zod";
import { gazetteer } from "../brief/gazetteer";
import type { Brief } from "../schema";

export const StanceLabels = z.object({
  source: z.string(),
  articles: z.array(
    z.object({
      id: z.string(),
      main_event: z.string(),
      stances: z.array(z.object({ actor: z.string(), position: z.enum(["supports", "opposes", "neutral", "no_comment"]), evidence: z.string(), note: z.string().optional() })),
    }),
  ),
});
export type StanceLabels = z.infer<typeof StanceLabels>;

const norm = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9 ]+/g, " ").trim().split(/\s+/);

export function sameActor(label: string, ours: string): boolean {
  const a = norm(label);
  const b = norm(ours);
  if (a.join(" ") === b.join(" ")) return true;
  const country = gazetteer.country(label)?.code;
  if (country && country === gazetteer.country(ours)?.code) return true;
  return a.at(-1) === b.at(-1) && (a.length === 1 || b.length === 1 || a[0] === b[0]);
}

export interface StanceScore {
  labels: number;
  /** Labelled actors the brief found at all. */
  found: number;
  /** Labelled actors the brief found with the labelled position: the headline number. */
  correct: number;
  accuracy: number;
  /** Of the actors the brief gave a stance, how many a labeller also listed. */
  precision: number;
  misses: { id: string; actor: string; expected: string; got: string | null }[];
}

export function scoreStances(labels: StanceLabels, briefs: Map<string, Brief>): StanceScore {
  let total = 0;
  let found = 0;
  let correct = 0;
  let ours = 0;
  let oursLabelled = 0;
  const misses: StanceScore["misses"] = [];
  for (const article of labels.articles) {
    const brief = briefs.get(article.id);
    const stances = brief?.stance ?? [];
    // The first stance an actor has is its primary position; a second one is a "no comment" aside.
    const primary = new Map<string, string>();
    for (const s of stances) if (!primary.has(s.actor)) primary.set(s.actor, s.position);
    ours += primary.size;
    oursLabelled += [...primary.keys()].filter((actor) => article.stances.some((l) => sameActor(l.actor, actor))).length;
    for (const label of article.stances) {
      total++;
      const hit = [...primary.entries()].find(([actor]) => sameActor(label.actor, actor));
      if (hit) found++;
      if (hit && hit[1] === label.position) correct++;
      else misses.push({ id: article.id, actor: label.actor, expected: label.position, got: hit?.[1] ?? null });
    }
  }
  return { labels: total, found, correct, accuracy: total ? correct / total : 0, precision: ours ? oursLabelled / ours : 0, misses };
}
