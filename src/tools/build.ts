/**
 * npm run build: bundles the CLI, and the ingest worker it may start, into dist/ as plain JavaScript
 * (dependencies stay in node_modules). The bot and the CLI then run without a TypeScript loader, whose
 * thread costs ~45 MB of RSS in every process. `npm ci`, `npm start`, `npm test` and
 * `npm run briefbot` build first (~0.3 s). A file whose content is unchanged is left alone and a changed
 * one is replaced in one rename, so a running bot never reads half a file when it starts a worker.
 *
 *   tsx src/tools/build.ts [EXTRA_ENTRY.ts ...]   extra entries (a benchmark) land in dist/ beside the CLI
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";
import { buildSync } from "esbuild";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DIST = join(ROOT, "dist");
/** The entry points of the product; ingest.ts finds the worker beside the bundle that starts it. */
const ENTRIES = ["src/cli.ts", "src/ingest/prepare-worker.ts"];

/** Builds dist/<name>.mjs for each entry; returns the files it wrote (none when nothing changed). */
export function build(extraEntries: string[] = []): string[] {
  const result = buildSync({
    absWorkingDir: ROOT,
    entryPoints: [...ENTRIES, ...extraEntries],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outdir: DIST,
    entryNames: "[name]",
    outExtension: { ".js": ".mjs" },
    logLevel: "warning",
    write: false,
  });
  mkdirSync(DIST, { recursive: true });
  const written: string[] = [];
  for (const file of result.outputFiles) {
    if (existsSync(file.path) && readFileSync(file.path).equals(file.contents)) continue;
    const temporary = join(dirname(file.path), `.${process.pid}-${threadId}.tmp`);
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
    written.push(file.path);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) build(process.argv.slice(2));
