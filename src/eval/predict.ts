/**
 * Predictions for a 5W articles file (one JSON per line, ../shared/eval format): each article is
 * briefed and its brief written out in the scorer's shape. Bad lines are reported, not fatal.
 */
import { readFileSync } from "node:fs";
import { brief } from "../brief/index";
import { EvalArticle, evalArticleToArticle, toFiveW, type FiveW } from "./five-w";

export interface Predictions {
  lines: FiveW[];
  problems: string[];
}

export function predictFile(path: string): Predictions {
  const lines: FiveW[] = [];
  const problems: string[] = [];
  readFileSync(path, "utf8").split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: ReturnType<typeof EvalArticle.safeParse>;
    try {
      parsed = EvalArticle.safeParse(JSON.parse(line));
    } catch (e) {
      problems.push(`${path}:${i + 1}: invalid JSON (${(e as Error).message})`);
      return;
    }
    if (!parsed.success) {
      problems.push(`${path}:${i + 1}: not an article (${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")})`);
      return;
    }
    const result = brief(evalArticleToArticle(parsed.data));
    if (!result.ok) problems.push(`${path}:${i + 1}: ${result.rejection.message}`);
    lines.push(toFiveW(parsed.data.id, result.ok ? result.brief : null));
  });
  return { lines, problems };
}
