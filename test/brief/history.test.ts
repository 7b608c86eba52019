// A brief depends on its article and the engine version only, never on what the same process
// briefed before it (wink's tokenizer would otherwise learn "Velmoran's" as one word from one
// article and stop splitting it in the next).
import { describe, expect, it } from "vitest";
import { brief } from "../../src/brief/index";
import { learntWords, parse } from "../../src/brief/nlp";

const words = (text: string) => parse(text).flatMap((s) => s.tokens.map((t) => t.text));

describe("history independence", () => {
  it("splits a possessive the same way before and after another text ended a sentence with it", () => {
    const text = "The bypass was Quorvane's idea, aides said.";
    const before = words(text);
    expect(before).toContain("'s");
    words("Nobody doubts the plan was Quorvane's.");
    expect(words(text)).toEqual(before);
  });

  it("gives the same brief before and after other articles", () => {
    const article = { id: "h1", title: "Council backs Dravinsk's harbour plan", text: "The council backed Dravinsk's harbour plan on Tuesday. Dravinsk's mayor Ana Ruiz said the vote was a victory for the port.", published: "2026-03-04" };
    const first = JSON.stringify(brief(article));
    brief({ id: "h2", text: "Everyone in the region knows the harbour is Dravinsk's. The port belongs to Dravinsk's people, Ruiz's office said." });
    expect(JSON.stringify(brief(article))).toBe(first);
  });

  it("forgets learnt words past a bound, and briefs stay the same", () => {
    const article = { id: "h3", title: "Port of Velmoran reopens", text: "The port of Velmoran reopened on Monday after a two-week strike, harbour master Ana Ruiz said.", published: "2026-03-04" };
    const first = JSON.stringify(brief(article));
    let peak = 0;
    // 3,000 texts of 50 never-seen tokens: far more than the engine keeps before rebuilding.
    for (let i = 0; i < 3000; i++) {
      parse(Array.from({ length: 50 }, (_, k) => `Qx${(i * 50 + k).toString(36)}v`).join(" met "));
      peak = Math.max(peak, learntWords());
    }
    expect(peak).toBeLessThan(110_000);
    expect(learntWords()).toBeLessThan(peak);
    expect(JSON.stringify(brief(article))).toBe(first);
  });
});

