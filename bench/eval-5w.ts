/**
 * npm run eval: brief the 5W dev articles, score them with ../shared/eval/score.mjs, and print the
 * table beside Giveme5W1H's stored answers. EVAL_DIR overrides where the eval folder is.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { predictFile } from "../src/eval/predict";
import { EVAL_DIR } from "./eval-dir";

export function scoreDev(format: "table" | "json"): string {
  const articles = join(EVAL_DIR, "5w-dev/articles.jsonl");
  if (!existsSync(articles)) throw new Error(`no eval articles at ${articles}: set EVAL_DIR to the folder holding 5w-dev/ and score.mjs`);
  const { lines, problems } = predictFile(articles);
  for (const p of problems) process.stderr.write(`${p}\n`);
  const out = join(mkdtempSync(join(tmpdir(), "briefbot-eval-")), "predictions.jsonl");
  writeFileSync(out, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  const args = [join(EVAL_DIR, "score.mjs"), articles, out, join(EVAL_DIR, "5w-dev/anchor.jsonl"), ...(format === "json" ? ["--json"] : [])];
  return execFileSync(process.execPath, args, { encoding: "utf8" });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(scoreDev("table"));
}
