/** The sample articles bundled in briefs/articles: the console's seed data and the golden set. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const BRIEFS_DIR = fileURLToPath(new URL("../briefs", import.meta.url));
export const SAMPLE_DIR = join(BRIEFS_DIR, "articles");
export const GOLDEN_DIR = join(BRIEFS_DIR, "golden");

export function sampleArticlePaths(): string[] {
  return readdirSync(SAMPLE_DIR)
    .filter((f) => /\.(txt|md|html|json)$/.test(f))
    .sort()
    .map((f) => join(SAMPLE_DIR, f));
}
