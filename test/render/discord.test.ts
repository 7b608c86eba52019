import { describe, expect, it } from "vitest";
import { briefEmbed, LIMITS, replyToDiscord } from "../../src/render/discord";
import { mustBrief } from "../helpers/brief";

const size = (e: ReturnType<typeof briefEmbed>) => (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((a, f) => a + f.name.length + f.value.length, 0);

describe("Discord embeds", () => {
  it("make @everyone, role mentions and markdown in article text inert", () => {
    const b = mustBrief({ text: 'The club said @everyone should see <@&123456> and **bold** claims, the [link](https://evil.example) too, on Monday. "Ping @here now," said Jo Bloggs.', published: "2025-05-07" });
    const embed = briefEmbed(b, { why: true });
    const all = JSON.stringify(embed);
    expect(all).not.toMatch(/@everyone|@here|<@&123456>/);
    expect(embed.description).toContain("\\*\\*bold\\*\\*");
    expect(embed.description).toContain("\\[link\\]");
  });

  it("stay within Discord's limits for a huge article and split many briefs across messages", () => {
    const huge = `"${"Every clause of the contract will be reviewed in detail by the committee. ".repeat(200)}"`;
    const b = mustBrief({ text: `The council approved the contract on Monday, the mayor said.\n\nMayor Ana Ruiz said: ${huge}`, published: "2025-05-07" });
    const embed = briefEmbed(b, { why: true });
    expect(size(embed)).toBeLessThanOrEqual(LIMITS.total);
    for (const f of embed.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    const messages = replyToDiscord({ kind: "briefs", briefs: Array.from({ length: 12 }, () => b) });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
      expect(m.embeds.reduce((a, e) => a + size(e), 0)).toBeLessThanOrEqual(LIMITS.total);
    }
  });
});
