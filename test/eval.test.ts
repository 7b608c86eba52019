// The 5W floors of issue 2 on the dev articles, as a regression guard: a change that loses them fails.
// (The same is measured on held-out articles elsewhere; these numbers are not tuned targets.)
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreDev } from "../bench/eval-5w";
import { EVAL_DIR } from "../bench/eval-dir";

describe.skipIf(!existsSync(join(EVAL_DIR, "score.mjs")))("5W evaluation on the dev articles", () => {
  it("meets the floors: mean P@1 ≥ 0.80, who ≥ 0.85, what ≥ 0.80, when ≥ 0.80, where ≥ 0.75", () => {
    const ours = JSON.parse(scoreDev("json"))["ours@all"];
    expect(ours.missing).toBe(0);
    expect(ours.who.p_at_1).toBeGreaterThanOrEqual(0.85);
    expect(ours.what.p_at_1).toBeGreaterThanOrEqual(0.8);
    expect(ours.when.p_at_1).toBeGreaterThanOrEqual(0.8);
    expect(ours.where.p_at_1).toBeGreaterThanOrEqual(0.75);
    expect(ours.mean_p_at_1).toBeGreaterThanOrEqual(0.8);
  });
});
