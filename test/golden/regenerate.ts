// npm run golden: rewrite briefs/golden from the current engine. Review the diff before committing.
import { mkdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { GOLDEN_DIR } from "../../src/samples";
import { goldenCases } from "./golden";

mkdirSync(GOLDEN_DIR, { recursive: true });
let changed = 0;
for (const c of await goldenCases()) {
  const before = existsSync(c.golden) ? readFileSync(c.golden, "utf8") : null;
  if (before === c.actual) continue;
  writeFileSync(c.golden, c.actual);
  changed++;
  console.log(`${before === null ? "new    " : "changed"} ${c.golden}`);
}
console.log(`${changed} golden brief(s) written`);
