/**
 * The 5W view of a brief, in the format ../shared/eval/score.mjs reads: who names, the what
 * sentence, where places, the when phrase with its ISO date. Straight from the brief, no re-extraction.
 */
import { z } from "zod";
import type { Article, Brief } from "../schema";

/** One line of ../shared/eval/5w-dev/articles.jsonl (gold annotations are ignored). */
export const EvalArticle = z.object({
  id: z.string(),
  text: z.string(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  publisher: z.string().nullish(),
  date_publish: z.string().nullish(),
});

export function evalArticleToArticle(a: z.infer<typeof EvalArticle>): Article {
  return {
    id: a.id,
    text: a.text,
    ...(a.title ? { title: a.title } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(a.publisher ? { publisher: a.publisher } : {}),
    ...(a.date_publish && /^\d{4}-\d\d-\d\d/.test(a.date_publish) ? { published: a.date_publish.slice(0, 10) } : {}),
  };
}

export interface FiveW {
  id: string;
  who: string[];
  what: string[];
  where: string[];
  when: string[];
  when_dates: string[];
}

export function toFiveW(id: string, brief: Brief | null): FiveW {
  if (!brief) return { id, who: [], what: [], where: [], when: [], when_dates: [] };
  return {
    id,
    who: brief.who.map((w) => w.name),
    what: [brief.what.text],
    where: brief.where.map((w) => w.name),
    when: brief.when ? [brief.when.text] : [],
    when_dates: brief.when?.date ? [brief.when.date] : [],
  };
}
