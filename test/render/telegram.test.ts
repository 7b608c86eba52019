import { describe, expect, it } from "vitest";
import { pack, replyToTelegram, TELEGRAM_LIMIT } from "../../src/render/telegram";
import { mustBrief } from "../helpers/brief";

/** Tags in a message are balanced and only Telegram's: each line opens and closes its own. */
function wellFormed(html: string): boolean {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)(b|i|a)(?:\s[^>]*)?>/g)) {
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]);
  }
  const stripped = html.replace(/<\/?(b|i|a)(\s[^>]*)?>/g, "");
  return stack.length === 0 && !/[<>]/.test(stripped);
}

describe("Telegram HTML", () => {
  it("escapes markup and ampersands from the article, and keeps a 10,000-character paragraph within limits", () => {
    const huge = `"${"The committee will review every contract line by line. ".repeat(190)}"`;
    const text = `The council <b>approved</b> the budget & tax plan for <Riverside> on Monday, the mayor said.\n\nMayor Ana Ruiz said: ${huge}`;
    expect(huge.length).toBeGreaterThan(10_000);
    const brief = mustBrief({ text, published: "2025-05-07", url: "https://example.org/a?x=1&y=2" });
    const messages = replyToTelegram({ kind: "briefs", briefs: [brief], why: true });
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(TELEGRAM_LIMIT);
      expect(wellFormed(m)).toBe(true);
      expect(m).not.toMatch(/<b>approved|<Riverside>/);
    }
    const all = messages.join("\n");
    expect(all).toContain("&lt;b&gt;approved&lt;/b&gt;");
    expect(all).toContain("&lt;Riverside&gt;");
    expect(all).toContain("budget &amp; tax");
    expect(all).toContain('<a href="https://example.org/a?x=1&amp;y=2">');
  });

  it("never shows a script: text that is an HTML page is read as HTML", () => {
    const brief = mustBrief({ text: "<p>The council approved the budget on Monday.</p><script>alert('x')</script><p>The vote was close.</p>", published: "2025-05-07" });
    const all = replyToTelegram({ kind: "briefs", briefs: [brief], why: true }).join("\n");
    expect(all).not.toMatch(/alert|script/);
    expect(all).toContain("The council approved the budget on Monday");
  });

  it("splits many briefs between briefs, never inside one that fits", () => {
    const b = mustBrief({ text: "The harbour bridge in Westhaven was closed on Thursday after storm waves cracked two piers, the council said.", published: "2025-03-14" });
    const messages = replyToTelegram({ kind: "briefs", briefs: Array.from({ length: 40 }, () => b) });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(TELEGRAM_LIMIT);
      expect(m.startsWith("<b>What:</b>")).toBe(true);
      expect(wellFormed(m)).toBe(true);
    }
  });

  it("cuts a single over-long line rather than exceeding the limit", () => {
    expect(pack([["x".repeat(5000)]])[0].length).toBe(TELEGRAM_LIMIT);
  });
});
