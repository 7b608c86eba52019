// Property tests: whatever text arrives, brief() returns a schema-valid Brief or a typed rejection,
// never throws, stays deterministic, and takes time bounded by the input's size.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brief } from "../../src/brief/index";
import { Brief, Rejection } from "../../src/schema";

const fragments = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("<script>alert(1)</script>", "<p>", "</div>", "&amp;", "&#0;", "<b>bold</b>", "\u0000", "\u202E", "\u200B", "@everyone", "<@&123>", "[link](javascript:x)"),
  fc.constantFrom("The minister said on Tuesday that the plan was a disaster.", "Police confirmed two people were injured in Paris.", "\"We will never accept this,\" Russia warned."),
  fc.constantFrom("مرحبا بالعالم", "שלום עולם", "你好，世界。", "Привет, мир!", "🙂🙃🙂"),
  fc.string({ unit: "grapheme-ascii", minLength: 500, maxLength: 3000 }),
);
const article = fc.array(fragments, { maxLength: 12 }).map((parts) => parts.join(" "));

describe("brief() on arbitrary text", () => {
  it("returns a valid brief or a typed rejection, deterministically", () => {
    fc.assert(
      fc.property(article, fc.option(fc.constantFrom("2025-05-07", "2016-11-09")), (text, published) => {
        const input = { id: "fuzz", text, ...(published ? { published } : {}) };
        const a = brief(input);
        if (a.ok) expect(() => Brief.parse(a.brief)).not.toThrow();
        else expect(() => Rejection.parse(a.rejection)).not.toThrow();
        expect(JSON.stringify(brief(input))).toBe(JSON.stringify(a));
      }),
      { numRuns: 150, seed: 20261125, endOnFailure: true },
    );
  });

  it("spends bounded time per kilobyte on long single lines", () => {
    // Sampled, not shrunk: a timing failure is reported as is rather than minimised for hours.
    for (const text of fc.sample(fc.string({ unit: "grapheme-ascii", minLength: 20_000, maxLength: 20_000 }), { numRuns: 3, seed: 7 })) {
      const t0 = performance.now();
      brief({ id: "long", text });
      const msPerKb = (performance.now() - t0) / 20;
      // About 8 ms per KB of random symbols here (real prose is about 1); 50 leaves room for a loaded machine.
      expect(msPerKb).toBeLessThan(50);
    }
  });
});
