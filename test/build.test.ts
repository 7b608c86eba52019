import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliArgs, ROOT } from "./helpers/cli";

/**
 * What a bundle in dist/ loads when it starts: its own code and the chunks and packages it imports
 * statically (chunks imported with import() load on demand and are left out). esbuild marks each
 * source module it bundles with a "// src/…" comment.
 */
function loadedAtStart(entry: string): { modules: Set<string>; packages: Set<string>; onDemand: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const onDemand = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(ROOT, "dist", file), "utf8");
    for (const [, path] of code.matchAll(/^\/\/ ((?:src|adapters)\/\S+)$/gm)) modules.add(path);
    for (const [, target] of code.matchAll(/^(?:import|export|\})[^;\n]*?\bfrom\s+"([^"]+)";?$|^import\s+"([^"]+)";?$/gm)) {
      if (target === undefined) continue;
      if (target.startsWith("./")) visit(target.slice(2));
      else packages.add(target);
    }
    for (const [, target] of code.matchAll(/\bimport\("\.\/([^"]+)"\)/g)) onDemand.add(target);
  };
  visit(entry);
  return { modules, packages, onDemand };
}

/** The bundle an entry loads on demand for this source module. */
function onDemandBundleOf(entry: string, module: string): string {
  const found = [...loadedAtStart(entry).onDemand].filter((file) => loadedAtStart(file).modules.has(module));
  expect(found).toHaveLength(1);
  return found[0];
}

describe("the built CLI", () => {
  cliArgs(); // builds dist/ from the current sources

  it("loads the brief engine and its data only for commands that brief", () => {
    // A writing thread of a parallel import, `--help` and `list` stay small (~80 MB, not ~170).
    const cli = loadedAtStart("cli.mjs");
    expect(cli.modules).toContain("src/store/put-articles.ts");
    expect([...cli.modules].filter((m) => m.startsWith("src/brief/") && m !== "src/brief/normalise.ts" && m !== "src/brief/version.ts")).toEqual([]);
    expect([...cli.packages].filter((p) => /wink|franc|chrono|compromise/.test(p))).toEqual([]);
    // The thread that writes an import readies articles (cleaning, language, fingerprints) without
    // the gazetteer and wink: only its workers brief.
    const ready = loadedAtStart(onDemandBundleOf("cli.mjs", "src/ingest/prepare.ts"));
    expect(ready.modules).toContain("src/brief/clean.ts");
    expect(ready.modules).not.toContain("src/brief/gazetteer.ts");
    expect([...ready.packages].filter((p) => /wink|chrono/.test(p))).toEqual([]);
    // The worker that briefs does load them: the checks above can see them.
    const worker = loadedAtStart("brief-worker.mjs");
    expect(worker.modules).toContain("src/brief/gazetteer.ts");
    expect(worker.modules).toContain("src/brief/stance.ts");
    expect(worker.packages).toContain("wink-nlp");
  });
});
