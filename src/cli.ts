/**
 * The briefbot command line: `npm run -s briefbot -- <command>`.
 *   brief FILE [--json] [--date YYYY-MM-DD] [--why]   brief one article file
 *   eval-5w ARTICLES.jsonl [--out FILE]               5W predictions in the scorer's format
 *   start                                             briefs of the bundled sample articles
 */
import { writeFileSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { brief, ENGINE_VERSION } from "./brief/index";
import { predictFile } from "./eval/predict";
import { loadArticleFile } from "./ingest/file";
import { renderText } from "./render/text";
import { sampleArticlePaths } from "./samples";

function isoDateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError(`"${value}" is not a date; use YYYY-MM-DD, e.g. --date 2026-01-07`);
  }
  return value;
}

function fail(message: string, code = 2): never {
  process.stderr.write(`briefbot: ${message}\n`);
  process.exit(code);
}

const program = new Command()
  .name("briefbot")
  .description("Short, deterministic news briefs")
  .version(ENGINE_VERSION, "-v, --version", "print the brief engine version");

program
  .command("brief")
  .description("brief one article file (.txt, .md, .html, .json)")
  .argument("<file>", "the article file")
  .option("--json", "print the Brief as JSON instead of text")
  .option("--date <YYYY-MM-DD>", "publication date (the reference for 'Tuesday', 'yesterday')", isoDateOption)
  .option("--why", "also print the evidence sentences")
  .action(async (file: string, opts: { json?: boolean; date?: string; why?: boolean }) => {
    const loaded = await loadArticleFile(file, { date: opts.date });
    if (!loaded.ok) fail(loaded.error);
    const result = brief(loaded.article);
    if (!result.ok) {
      if (opts.json) process.stdout.write(`${JSON.stringify({ error: result.rejection }, null, 2)}\n`);
      fail(`${file}: ${result.rejection.message}`);
    }
    process.stdout.write(opts.json ? `${JSON.stringify(result.brief, null, 2)}\n` : `${renderText(result.brief, { why: opts.why })}\n`);
  });

program
  .command("eval-5w")
  .description("write one 5W prediction line per article of an eval .jsonl file")
  .argument("<articles>", "articles in the ../shared/eval/5w-dev/articles.jsonl format")
  .option("--out <file>", "write predictions here instead of stdout")
  .action((articles: string, opts: { out?: string }) => {
    let result: ReturnType<typeof predictFile>;
    try {
      result = predictFile(articles);
    } catch (e) {
      fail(`${articles}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
    }
    for (const p of result.problems) process.stderr.write(`briefbot: ${p}\n`);
    const out = result.lines.map((l) => JSON.stringify(l)).join("\n") + "\n";
    if (opts.out) writeFileSync(opts.out, out);
    else process.stdout.write(out);
  });

program
  .command("start")
  .description("brief the bundled sample articles (the console chat comes in a later release)")
  .action(async () => {
    for (const path of sampleArticlePaths()) {
      const loaded = await loadArticleFile(path);
      if (!loaded.ok) {
        process.stderr.write(`briefbot: ${loaded.error}\n`);
        continue;
      }
      const result = brief(loaded.article);
      process.stdout.write(`── ${path}\n${result.ok ? renderText(result.brief) : result.rejection.message}\n\n`);
    }
  });

program.parseAsync(process.argv).catch((e: Error) => fail(e.message, 1));
