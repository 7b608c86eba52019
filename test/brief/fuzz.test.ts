// Property tests: whatever text arrives, brief() returns a schema-valid Brief or a typed rejection,
// never throws, stays deterministic, and takes time bounded by the input's size.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brief } from "../../src/brief/index";
import { readFileSync } from "node:fs";
import { Brief, Rejection } from "../../src/schema";
import { sampleArticlePaths } from "../../src/samples";

const fragments = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("<script>alert(1)</script>", "<p>", "</div>", "&amp;", "&#0;", "<b>bold</b>", "\u0000", "\u202E", "\u200B", "@everyone", "<@&123>", "[link](javascript:x)"),
  fc.constantFrom("The minister said on Tuesday that the plan was a disaster.", "The council approved a harbour plan on Monday after a long debate about costs and jobs,", '"We will wait," said Chief Executive', '{"title": "Harbour plan", "text": "The council approved it,",\n"published": "2026-01-05"}', "Police confirmed two people were injured in Paris.", "\"We will never accept this,\" Russia warned."),
  fc.constantFrom("مرحبا بالعالم", "שלום עולם", "你好，世界。", "Привет, мир!", "🙂🙃🙂"),
  fc.string({ unit: "grapheme-ascii", minLength: 500, maxLength: 3000 }),
);
const article = fc.array(fragments, { maxLength: 12 }).map((parts) => parts.join(" "));

/** Text in any script, with bidi controls, NULs and markup woven into the words themselves. */
const SCRIPTS = ["Police said", "полиция заявила", "الشرطة قالت", "המשטרה אמרה", "警方表示", "पुलिस ने कहा", "ตำรวจกล่าว", "Ωριστικά"];
const CONTROLS = ["\u202E", "\u202D", "\u2066", "\u2069", "\u200F", "\u200E", "\u0000", "\u200B", "\uFEFF", "\uFFFD", "\uD800"];
const MARKUP = ["<div>", "</p>", "<a href='javascript:alert(1)'>", "<img src=x onerror=alert(1)>", "<!--", "-->", "<![CDATA[", "&lt;", "&#x202E;", "<tg-spoiler>", "||", "**", "<@&1>", "@here"];
const woven = fc
  .array(fc.oneof(fc.constantFrom(...SCRIPTS), fc.constantFrom(...CONTROLS), fc.constantFrom(...MARKUP), fc.string({ unit: "grapheme", maxLength: 30 })), { maxLength: 40 })
  .map((parts) => parts.join(""));


/** A typed rejection of the input, not an engine fault that brief() contained. */
function expectRejection(rejection: unknown): void {
  expect(() => Rejection.parse(rejection)).not.toThrow();
  expect((rejection as Rejection).code, (rejection as Rejection).message).not.toBe("engine_error");
}

describe("brief() on arbitrary text", () => {
  it("returns a valid brief or a typed rejection, deterministically", () => {
    fc.assert(
      fc.property(article, fc.option(fc.constantFrom("2025-05-07", "2016-11-09")), (text, published) => {
        const input = { id: "fuzz", text, ...(published ? { published } : {}) };
        const a = brief(input);
        if (a.ok) expect(() => Brief.parse(a.brief)).not.toThrow();
        else expectRejection(a.rejection);
        expect(JSON.stringify(brief(input))).toBe(JSON.stringify(a));
      }),
      { numRuns: 150, seed: 20261125, endOnFailure: true },
    );
  });

  it("briefs real articles cut off anywhere, or with a stray comma or quote spliced in, without throwing", () => {
    // Scraped text is often cut mid-sentence; each cut leaves a different last sentence to read.
    const texts = sampleArticlePaths().map((p) => readFileSync(p, "utf8"));
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("", ",", '"', ",\""), (text, at, splice) => {
        const cut = Math.floor(at * text.length);
        for (const piece of [text.slice(0, cut) + splice, splice + text.slice(cut)]) {
          const a = brief({ id: "cut", text: piece, published: "2026-01-07" });
          if (a.ok) expect(() => Brief.parse(a.brief)).not.toThrow();
          else expectRejection(a.rejection);
        }
      }),
      { numRuns: 120, seed: 20261207, endOnFailure: true },
    );
  });

  it("handles scripts, bidi controls, NULs and markup woven into words the same way", () => {
    fc.assert(
      fc.property(woven, (text) => {
        const a = brief({ id: "woven", text, published: "2026-05-04" });
        if (a.ok) expect(() => Brief.parse(a.brief)).not.toThrow();
        else expectRejection(a.rejection);
        expect(JSON.stringify(brief({ id: "woven", text, published: "2026-05-04" }))).toBe(JSON.stringify(a));
      }),
      { numRuns: 150, seed: 20261126, endOnFailure: true },
    );
  });

  it("spends bounded time per kilobyte on long lines of markup, mixed scripts and controls", () => {
    const kinds = {
      markup: "<div><span class='x'>word</span> <b>bold</b> <a href='#'>link</a></div>",
      scripts: "Police said полиция заявила الشرطة قالت 警方表示 ",
      controls: "a\u202Eb\u0000c\u200Bd\u2066e ",
    };
    for (const [kind, unit] of Object.entries(kinds)) {
      const text = unit.repeat(Math.ceil(50_000 / unit.length));
      const t0 = performance.now();
      brief({ id: kind, text });
      const msPerKb = (performance.now() - t0) / (text.length / 1000);
      expect(msPerKb, kind).toBeLessThan(50);
    }
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
