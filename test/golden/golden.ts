/**
 * Golden briefs: each sample article in briefs/articles has its Brief JSON in briefs/golden.
 * A byte change fails the golden test; `npm run golden` rewrites them, on purpose.
 */
import { basename, join } from "node:path";
import { brief } from "../../src/brief/index";
import { loadArticleFile } from "../../src/ingest/file";
import { GOLDEN_DIR, sampleArticlePaths } from "../../src/samples";

export interface GoldenCase {
  article: string;
  golden: string;
  actual: string;
}

/** The exact bytes a golden file holds: the brief (or the rejection) as 2-space JSON + newline. */
export async function goldenCases(): Promise<GoldenCase[]> {
  const cases: GoldenCase[] = [];
  for (const path of sampleArticlePaths()) {
    const loaded = await loadArticleFile(path);
    const result = loaded.ok ? brief(loaded.article) : { ok: false as const, rejection: { code: "load", message: loaded.error } };
    const value = result.ok ? result.brief : { rejection: result.rejection };
    cases.push({ article: path, golden: join(GOLDEN_DIR, `${basename(path).replace(/\.[^.]+$/, "")}.json`), actual: `${JSON.stringify(value, null, 2)}\n` });
  }
  return cases;
}
