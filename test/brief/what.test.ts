import { describe, expect, it } from "vitest";
import { mustBrief } from "../helpers/brief";

describe("what: the main event in one short sentence", () => {
  it("takes a headline that states the event, trimmed to its main clause", () => {
    const b = mustBrief({ text: "Lakeport council closes old bridge after engineers find cracks\n\nLakeport council closed the old bridge on Monday after engineers found cracks in two piers.", published: "2025-05-07" });
    expect(b.what.text).toBe("Lakeport council closes old bridge");
  });

  it("takes the lead sentence when the headline is a question or an explainer", () => {
    const lead = "A road bridge collapsed in Lakeport on Tuesday night, sending three cars into the river";
    for (const headline of ["What happened at the Lakeport bridge", "Why did the Lakeport bridge fall?", "Everything you need to know about the Lakeport bridge"]) {
      const b = mustBrief({ text: `${headline}\n\n${lead}. Here is the latest.\n\nTwo people were taken to hospital, the fire service said.`, published: "2025-05-10" });
      expect(b.what.text).toBe(lead);
    }
  });

  it("takes the lead sentence when the headline only attributes a quote ('We will fight on', says union leader)", () => {
    const lead = "The leader of Lakeport's biggest union has vowed to keep striking after members rejected a pay offer on Thursday";
    const b = mustBrief({ text: `'We will fight on', says union leader after pay deal rejected\n\n${lead}.\n\nThe city council said it was disappointed.`, published: "2025-05-10" });
    expect(b.what.text).toBe(lead);
  });

  it("ends a lead at an attribution between commas ('…, Finance Minister Claire Dubois said on Wednesday, in a move …')", () => {
    const b = mustBrief({ text: "Canada will impose new tariffs on imported steel from next month, Finance Minister Claire Dubois said on Wednesday, in a move aimed at protecting domestic producers. Importers warned costs would rise.", published: "2025-05-10" });
    expect(b.what.text).toBe("Canada will impose new tariffs on imported steel from next month");
    const kept = mustBrief({ text: "Lakeport council approved the new stadium on Monday, ending a dispute that had lasted ten years, and work will begin in June. Residents said they were pleased.", published: "2025-05-10" });
    expect(kept.what.text).toBe("Lakeport council approved the new stadium on Monday, ending a dispute that had lasted ten years, and work will begin in June");
  });

  it("keeps a result before a headline's colon as the event, not a kicker ('Lakeport Rovers 3-1 Westfield United: …')", () => {
    const b = mustBrief({ title: "Lakeport Rovers 3-1 Westfield United: Okafor double sends Rovers top", text: "Lakeport Rovers beat Westfield United 3-1 on Saturday to go top of the league. Striker Emeka Okafor scored twice.", published: "2025-05-07" });
    expect(b.what.text).toBe("Lakeport Rovers 3-1 Westfield United");
    // The designator alone is the one team named with it.
    expect(b.who.map((w) => w.name)).not.toContain("Rovers");
    expect(b.who.find((w) => w.name === "Lakeport Rovers")?.mentions).toBe(3);
  });

  it("takes the lead when the headline is a speaker's colon and a quote ('Brandco chief: \"A ban is the last thing we wanted\"')", () => {
    const b = mustBrief({ title: 'Brandco chief: "A hosepipe ban is the last thing we wanted"', text: "Brandco Water on Monday announced a hosepipe ban for 2.1 million customers after the driest winter on record.", published: "2025-05-07" });
    expect(b.what.text).toBe("Brandco Water on Monday announced a hosepipe ban for 2.1 million customers after the driest winter on record");
  });
  it("keeps the clause after 'as' or 'after' when the headline's own clause is only a toll ('2 dead, dozens hurt as …')", () => {
    const train = mustBrief({ title: "2 dead, dozens hurt as commuter train hits stalled freight in Velmora", text: "A commuter train slammed into a stalled freight train on Tuesday, killing two people.", published: "2025-05-07" });
    expect(train.what.text).toBe("2 dead, dozens hurt as commuter train hits stalled freight in Velmora");
    const resigns = mustBrief({ title: "Lakeport mayor Ana Ruiz resigns after corruption probe", text: "The mayor of Lakeport, Ana Ruiz, resigned on Tuesday.", published: "2025-05-07" });
    expect(resigns.what.text).toBe("Lakeport mayor Ana Ruiz resigns");
  });

  it("takes a feature's 'Inside …' headline for no statement of the event", () => {
    const b = mustBrief({ title: "Inside Kiera Dunmore's fairytale castle wedding", text: "The singer Kiera Dunmore married her partner at a castle in Kendal on Saturday, in front of 200 guests.", published: "2025-05-07" });
    expect(b.what.text).toMatch(/^The singer Kiera Dunmore married/);
  });

  it("drops the punctuation after a quoted kicker, and takes a speaker's unquoted first-person words for no statement of the event", () => {
    const mayor = mustBrief({ title: "\"We will fight this\": Millbrook mayor vows legal battle as Brandt Paper closes mill", text: "The mayor of Millbrook, Ana Ruiz, vowed on Monday to fight the closure of the Brandt Paper mill, which employs 400 people.", published: "2025-05-07" });
    expect(mayor.what.text).toBe("Millbrook mayor vows legal battle");
    const plant = mustBrief({ title: "Dorsey: We had no choice but to close Kent plant", text: "Brandco chief executive Tom Dorsey said on Monday the company had no choice but to close its plant in Kent, where 300 people work.", published: "2025-05-07" });
    expect(plant.what.text).toMatch(/^Brandco chief executive Tom Dorsey said/);
  });

  it("keeps the clause after 'as' when the headline's own clause is about someone unnamed ('Man freed after 22 years as …')", () => {
    const freed = mustBrief({ title: "Man Freed After 22 Years as Appeals Court Overturns Murder Conviction", text: "A man who spent 22 years in prison walked free on Monday after the Velmora Court of Appeals overturned his murder conviction.", published: "2025-05-07" });
    expect(freed.what.text).toBe("Man Freed After 22 Years as Appeals Court Overturns Murder Conviction");
  });

});
