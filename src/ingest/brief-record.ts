/**
 * The brief of an article as it is stored: made from the stored fields (a title or date found by
 * cleaning included), so the cached brief is the one a later lookup (briefStored) would make.
 * Its own module so that only the threads that brief load the brief engine.
 */
import { storedToArticle } from "../chat/briefs";
import type { Cleaned } from "../brief/clean";
import { brief, briefCleaned } from "../brief/index";
import type { NewArticle, StoredBrief } from "../store/store";

/** `cleaned`, when given, must be the record's text cleaned with its own title and publisher. */
export function briefRecord(record: NewArticle, cleaned?: Cleaned): StoredBrief | undefined {
  const article = storedToArticle(record);
  const result = cleaned ? briefCleaned(article, cleaned) : brief(article);
  return result.ok ? { engineVersion: result.brief.engineVersion, json: JSON.stringify(result.brief) } : undefined;
}
