/**
 * The brief of an article as it is stored: made from the stored fields (a title or date found by
 * cleaning included), so the cached brief is the one a later lookup (briefStored) would make.
 * Its own module so that only the threads that brief load the brief engine.
 */
import { storedToArticle } from "../chat/briefs";
import type { Cleaned } from "../brief/clean";
import { brief, briefCleaned } from "../brief/index";
import type { NewArticle, StoredBrief } from "../store/store";

/**
 * `cleaned`, when given, must be the record's text cleaned with its own title and publisher.
 * An article the engine fails on is stored without a brief, and the fault is reported on stderr:
 * the import goes on, and the fault is not lost in the store.
 */
export function briefRecord(record: NewArticle, cleaned?: Cleaned): StoredBrief | undefined {
  const article = storedToArticle(record);
  const result = cleaned ? briefCleaned(article, cleaned) : brief(article);
  if (!result.ok && result.rejection.code === "engine_error") process.stderr.write(`briefbot: no brief for article ${record.id}: ${result.rejection.message}\n`);
  return result.ok ? { engineVersion: result.brief.engineVersion, json: JSON.stringify(result.brief) } : undefined;
}
