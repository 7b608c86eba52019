/**
 * npm run build: bundles the CLI, and the ingest worker it may start, into dist/ as plain JavaScript
 * (dependencies stay in node_modules). The bot and the CLI then run without a TypeScript loader, whose
 * thread costs ~45 MB of RSS in every process. `npm ci`, `npm start`, `npm test` and
 * `npm run briefbot` build first (~0.3 s). A file whose content is unchanged is left alone and a changed
 * one is replaced in one rename, so a running bot never reads half a file when it starts a worker.
 * Chunks of earlier builds are kept (a running bot may still load one on demand); `rm -rf dist` clears them.
 *
 *   tsx src/tools/build.ts [EXTRA_ENTRY.ts ...]   extra entries (a benchmark) land in dist/ beside the CLI
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";
import { buildSync } from "esbuild";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = join(ROOT, "dist");
/** The entry points of the product; ingest.ts finds the worker beside the bundle that starts it. */
const ENTRIES = ["src/cli.ts", "src/ingest/brief-worker.ts"];
/**
 * Data files the core reads at run time, relative to the module that reads them (src/brief/): the
 * bundle finds them at the same path relative to itself, dist/data/.
 */
const RUNTIME_DATA = ["src/brief/data/english-words.u32"];

/** Builds dist/<name>.mjs for each entry, writing only the files whose content changed. */
export function build(extraEntries: string[] = []): void {
  const result = buildSync({
    absWorkingDir: ROOT,
    entryPoints: [...ENTRIES, ...extraEntries],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // esbuild's tables do not credit Node with /\p{L}/u and would rewrite each such literal as a
    // `new RegExp(…)` built on every evaluation (14 in the core, some once per token); Node 10+ has them.
    supported: { "regexp-unicode-property-escapes": true },
    packages: "external",
    outdir: DIST,
    entryNames: "[name]",
    // Code a command loads on demand (the Telegram and Discord adapters, Readability, the scheduler)
    // goes into chunks loaded only then: `briefbot brief FILE` starts in 0.8 s and 160 MB instead of
    // 1.4 s and 200 MB. Chunks sit beside the entries, so paths relative to a module (the ingest
    // worker, ../briefs) mean the same from either.
    splitting: true,
    chunkNames: "[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    logLevel: "warning",
    write: false,
  });
  const files = [...result.outputFiles, ...RUNTIME_DATA.map((path) => ({ path: join(DIST, "data", basename(path)), contents: readFileSync(join(ROOT, path)) }))];
  for (const file of files) {
    if (existsSync(file.path) && readFileSync(file.path).equals(file.contents)) continue;
    mkdirSync(dirname(file.path), { recursive: true });
    const temporary = join(dirname(file.path), `.${process.pid}-${threadId}.tmp`);
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) build(process.argv.slice(2));
