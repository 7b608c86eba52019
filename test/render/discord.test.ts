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

describe("one brief, two platforms", () => {
  it("shows the same fields on Discord as on Telegram", async () => {
    const { briefLines } = await import("../../src/render/telegram");
    const b = mustBrief({ text: 'The city council approved the new tram line on Monday. Mayor Ana Ruiz said: "This is a great day for the city." The opposition leader Tom Weller criticised the cost, Reuters reported.', published: "2025-05-07", publisher: "Example News" });
    const unhtml = (s: string) => s.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    const unmd = (s: string) => s.replace(/\\([\\*_`~|[\]#>-])/g, "$1").replace(/@\u200b/g, "@");
    const telegram = briefLines(b).map(unhtml);
    const embed = briefEmbed(b);
    const field = (name: string) => unmd(embed.fields!.find((f) => f.name === name)!.value);
    expect(telegram).toContain(`What: ${unmd(embed.description!)}`);
    expect(telegram).toContain(`Who: ${field("Who")}`);
    expect(telegram).toContain(`When: ${field("When")}`);
    for (const s of field("Stance").split("\n")) expect(telegram).toContain(`• ${s}`);
    expect(telegram).toContain(embed.footer!.text.replace(" · low confidence", ""));
  });
});
