/**
 * The brief of an article as it is stored: made from the stored fields (a title or date found by
 * cleaning included), so the cached brief is the one a later lookup (briefStored) would make.
 * Its own module so that only the threads that brief load the brief engine.
 */
import { storedToArticle } from "../chat/briefs";
import { brief } from "../brief/index";
import type { NewArticle, StoredBrief } from "../store/store";

export function briefRecord(record: NewArticle): StoredBrief | undefined {
  const result = brief(storedToArticle(record));
  return result.ok ? { engineVersion: result.brief.engineVersion, json: JSON.stringify(result.brief) } : undefined;
}
