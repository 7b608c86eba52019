import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Brief } from "../../src/schema";
import { goldenCases } from "./golden";

const cases = await goldenCases();

describe("golden briefs (regenerate with `npm run golden`)", () => {
  it("has at least 12 varied sample articles", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    const kinds = new Set(cases.map((c) => c.article.split(".").pop()));
    expect([...kinds].sort()).toEqual(["html", "json", "md", "txt"]);
  });

  it.each(cases.map((c) => [c.article.split("/").pop()!, c] as const))("%s is byte-identical to its golden brief", (_name, c) => {
    expect(existsSync(c.golden), `missing ${c.golden}: run npm run golden`).toBe(true);
    expect(c.actual).toBe(readFileSync(c.golden, "utf8"));
  });

  it("every golden brief is schema-valid", () => {
    for (const c of cases) {
      const value = JSON.parse(c.actual);
      if (!value.rejection) expect(() => Brief.parse(value)).not.toThrow();
    }
  });
});
