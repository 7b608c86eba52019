import { describe, expect, it } from "vitest";
import { whenLabel } from "../../src/render/text";
import { mustBrief } from "../helpers/brief";

// 2025-05-07 is a Wednesday.
const published = "2025-05-07";

describe("when: dates resolved against the publication date", () => {
  it("takes a day's market close ('a 31% premium to Friday's closing price') for no date of the event", () => {
    const b = mustBrief({ title: "Belgian brewer agrees deal for Lakeport's Marrowby", text: "One of the oldest brewers in Lakeport, Marrowby & Sons, has agreed to be taken over by a Belgian group in a deal worth 1.1bn pounds.\n\nThe agreement, announced on Monday at the brewery in Lakeport, ends almost two centuries of family control. The group will pay 845p a share in cash, a 31% premium to Friday's closing price.", published: "2016-02-16" });
    expect(b.when?.date).toBe("2016-02-15");
  });

  it("reads no date in a word chrono cuts at a letter outside ASCII ('in the Dáil yesterday' is yesterday, not 'the D')", () => {
    const b = mustBrief({ text: "Ireland will not accept a hard border, the Taoiseach said. Speaking in the Dáil yesterday afternoon, Ana Ruiz said the government would use every lever available.", published: "2017-03-30" });
    expect(b.when).toMatchObject({ date: "2017-03-29", text: "yesterday afternoon" });
  });

  it("reads a bare weekday in a past-tense report as the most recent one", () => {
    expect(mustBrief({ text: "The minister resigned on Monday after a week of protests over the budget.", published }).when).toMatchObject({ date: "2025-05-05", text: "Monday", basis: "relative" });
    expect(mustBrief({ text: "The two leaders met on Friday to discuss the trade agreement in detail.", published }).when).toMatchObject({ date: "2025-05-02" });
  });

  it("dates a done act by its participle ('an agreement signed on Tuesday') in a sentence about the future, and keeps 'will be signed on Friday' ahead", () => {
    const done = mustBrief({ text: "Young people will be able to work in Velmora for a year under an agreement signed in Lakeport on Tuesday, the first of its kind.", published });
    expect(done.when).toMatchObject({ date: "2025-05-06", text: "Tuesday" });
    const ahead = mustBrief({ text: "Young people will be able to work in Velmora for a year under an agreement that will be signed in Lakeport on Friday.", published });
    expect(ahead.when).toMatchObject({ date: "2025-05-09" });
  });

  it("takes 'Saturday night show' for a slot, not a date, even after 'of', and keeps 'On Saturday night police arrested'", () => {
    const show = mustBrief({ text: "Presenter walks out of Saturday night show after six years. The presenter announced his exit on Twitter last night.", published: "2015-04-20" });
    expect(show.when).toMatchObject({ date: "2015-04-19", text: "last night" });
    expect(mustBrief({ text: "On Saturday night police arrested two men outside a bar in Lakeport.", published: "2015-04-20" }).when).toMatchObject({ date: "2015-04-18" });
  });

  it("takes a day within the month the lead gives ('earlier this month' … 'took place Aug. 3') as the event's", () => {
    const text = "Surgeons at Lakeport General performed the state's first double hand transplant earlier this month, the hospital announced Tuesday. The 16-hour operation took place Aug. 3 and involved a team of 24 doctors and nurses.";
    expect(mustBrief({ text, published: "2018-08-15" }).when).toMatchObject({ date: "2018-08-03" });
    // (A day outside that month leaves the month.)
    expect(mustBrief({ text: text.replace("Aug. 3", "July 3"), published: "2018-08-15" }).when).toMatchObject({ date: "2018-08-01", basis: "approximate" });
  });

  it("dates an event by its day, not the clock time before it, and cites the day word alone", () => {
    const b = mustBrief({ text: "The van mounted the pavement at about 19:40 local time (18:40 GMT) on Tuesday, police in Lakeport said.", published });
    expect(b.when).toMatchObject({ date: "2025-05-06", text: "Tuesday" });
    const ev = b.when!.evidence!;
    const cited = b.cited.find((c) => c.sentence === ev.sentence)!;
    expect(cited.text.slice(ev.start - cited.start, ev.end - cited.start)).toBe("Tuesday");
    // A day word closed by a comma is cited without it.
    const comma = mustBrief({ text: "On Saturday, the council in Lakeport approved the budget after a long debate.", published });
    const e2 = comma.when!.evidence!;
    const c2 = comma.cited.find((c) => c.sentence === e2.sentence)!;
    expect(c2.text.slice(e2.start - c2.start, e2.end - c2.start)).toBe("Saturday");
  });

  it("dates an announcement by the day it was made when the statement follows the day ('said on Tuesday it had agreed to buy'), not by a background day", () => {
    const b = mustBrief({ title: "Brandco to buy Quarrel Systems for $2 billion", text: "Brandco said on Tuesday it had agreed to buy Quarrel Systems for $2 billion in cash. The offer is a 31% premium to Quarrel's closing price on Monday, the companies said.", published });
    expect(b.when).toMatchObject({ date: "2025-05-06", text: "Tuesday" });
    // A report's day after the news it reports still gives way to the news's own day.
    expect(mustBrief({ text: "The singer died at home on Monday, his family said on Tuesday. He was 78.", published }).when).toMatchObject({ date: "2025-05-05" });
  });

  it("dates a clock time in a standfirst by the day the lead gives ('at around 6am' … 'yesterday morning')", () => {
    const b = mustBrief({ title: "Six injured as minibus overturns on motorway", text: "Minibus overturned on the northbound carriageway at around 6am\n\nTeam were travelling to a charity tournament\n\nPolice closed the road for nine hours\n\nSix people were taken to hospital after a minibus carrying a football team overturned on the motorway yesterday morning.", published });
    expect(b.when).toMatchObject({ date: "2025-05-06", text: "yesterday morning" });
  });

  it("dates a vote by its day, not a score before it ('voted 31 to 19 on Tuesday')", () => {
    expect(mustBrief({ text: "Councillors voted 31 to 19 on Tuesday to approve the new tram line.", published }).when).toMatchObject({ date: "2025-05-06", text: "Tuesday" });
  });

  it("reads the day of a report as past, whatever the report says of the future ('voted to strike next month, the union announced on Friday')", () => {
    expect(mustBrief({ text: "Teachers have voted to strike next month after rejecting a pay offer, their union announced on Friday.", published }).when).toMatchObject({ date: "2025-05-02" });
  });

  it("reads a weekday in a future statement forward", () => {
    expect(mustBrief({ text: "The two leaders will meet on Friday to sign the trade agreement in the capital.", published }).when).toMatchObject({ date: "2025-05-09" });
    // Earlier in the week than the report: the next one.
    expect(mustBrief({ text: "Brandco is expected to announce the job cuts on Monday, the sources said.", published }).when).toMatchObject({ date: "2025-05-12" });
  });

  it("reads the tense of the clause that holds the weekday, not of a later one ('marched on Saturday … against plans to raise …')", () => {
    expect(mustBrief({ text: "Thousands marched through Lakeport on Saturday to protest against plans to raise the retirement age.", published }).when).toMatchObject({ date: "2025-05-03" });
    expect(mustBrief({ text: "The treaty was signed by ministers on Friday after months of talks.", published }).when).toMatchObject({ date: "2025-05-02" });
    expect(mustBrief({ text: "On Saturday, the council will vote on the plans to close the library.", published }).when).toMatchObject({ date: "2025-05-10" });
    expect(mustBrief({ text: "Ministers must agree a deal by Friday or the talks will collapse.", published }).when).toMatchObject({ date: "2025-05-09" });
  });

  it("reads 'plans to' and 'due to' as future only where they are verbs ('Plans to build homes were postponed', 'due to rain')", () => {
    expect(mustBrief({ text: "Plans to build 400 homes on the edge of Lakeport were postponed after a heated meeting on Tuesday night.", published }).when).toMatchObject({ date: "2025-05-06" });
    expect(mustBrief({ text: "The cup final in Lakeport was postponed due to heavy rain on Monday evening.", published }).when).toMatchObject({ date: "2025-05-05" });
    expect(mustBrief({ text: "Brandco said it plans to open the new plant in Lakeport on Monday.", published }).when).toMatchObject({ date: "2025-05-12" });
    expect(mustBrief({ text: "The new ferry to Lakeport is due to arrive on Monday, the port said.", published }).when).toMatchObject({ date: "2025-05-12" });
  });

  it("reads a day after 'after' as past, though the words before it speak of the future ('postponed until next month after a meeting on Tuesday')", () => {
    expect(mustBrief({ text: "A final decision on the homes in Lakeport was postponed until next month after a heated meeting on Tuesday night.", published }).when).toMatchObject({ date: "2025-05-06" });
    expect(mustBrief({ text: "The council in Lakeport will vote on Friday after months of talks.", published }).when).toMatchObject({ date: "2025-05-09" });
  });

  it("resolves days ago, and a week or a month before the report as approximate when the event's sentence gives no day", () => {
    expect(mustBrief({ text: "Two days ago the council voted to close the old library.", published }).when).toMatchObject({ date: "2025-05-05", basis: "relative" });
    const lastWeek = mustBrief({ text: "The council voted last week to close the old library, officials said.", published }).when;
    expect(lastWeek).toMatchObject({ date: "2025-04-30", text: "last week", basis: "approximate" });
    expect(whenLabel(lastWeek)).toBe("last week ≈ 2025-04-30");
    // Elsewhere it dates the background, not the event.
    expect(mustBrief({ text: "Gunmen attacked a police station in Lakeport, officials said. The group said it acted in revenge for arrests last week.", published }).when).toMatchObject({ basis: "published" });
  });

  it("within one sentence, takes the event's date over the report's ('said on Wednesday that the council had voted on Monday')", () => {
    expect(mustBrief({ title: "Council votes to close old library", text: "Officials said on Wednesday that the council had voted on Monday to close the old library.", published }).when).toMatchObject({ date: "2025-05-05", text: "Monday" });
    // The event is the statement: its date stands.
    expect(mustBrief({ title: "Mayor blames council for library closure", text: "The mayor told reporters on Tuesday that the council had failed the town last weekend.", published }).when).toMatchObject({ date: "2025-05-06" });
  });

  it("resolves a relative day that opens the sentence, and a date far into a long sentence", () => {
    expect(mustBrief({ text: "Yesterday the harbour authority closed the old bridge to all traffic after engineers found cracks.", published }).when).toMatchObject({ date: "2025-05-06" });
    const long = `The harbour authority, which has run the port for more than a century and ${"has faced many questions about its spending, ".repeat(6)}closed the old bridge on Monday.`;
    expect(mustBrief({ text: long, published }).when).toMatchObject({ date: "2025-05-05", text: "Monday" });
  });

  it("resolves yesterday and keeps explicit dates", () => {
    expect(mustBrief({ text: "Heavy rain flooded the town centre yesterday, forcing shops to close early.", published }).when).toMatchObject({ date: "2025-05-06", text: "yesterday" });
    expect(mustBrief({ text: "The treaty was signed on March 3, 2024 by all member states after years of talks.", published }).when).toMatchObject({ date: "2024-03-03", basis: "explicit" });
  });

  it("prefers the date of the event over a date that names something", () => {
    const b = mustBrief({ text: "The senator blamed Tuesday's vote for the defeat in a call with donors on Saturday.", published: "2025-05-11" });
    expect(b.when).toMatchObject({ text: "Saturday", date: "2025-05-10" });
  });

  it("falls back to the publication date and says so", () => {
    expect(mustBrief({ text: "The company reported record profits and raised its dividend for shareholders.", published }).when).toEqual({ date: published, text: `published ${published}`, basis: "published" });
  });

  it("without a publication date resolves only fully written dates", () => {
    expect(mustBrief({ text: "The minister resigned on Monday after a week of protests over the budget." }).when).toBeNull();
    expect(mustBrief({ text: "The bridge opened on 12 June 2024 after four years of work on the river crossing." }).when).toMatchObject({ date: "2024-06-12" });
  });

  it("takes the event's date over the date a report was made, unless the event is the statement", () => {
    const died = "Actor Ana Ruiz dies aged 84\n\nAna Ruiz, the actor best known for a long-running police drama, has died aged 84, her family said on Tuesday.\n\nShe died peacefully at her home on Monday, her agent said.";
    expect(mustBrief({ text: died, published }).when).toMatchObject({ date: "2025-05-05", text: "Monday" });
    const announced = "Regulator announces it will not reopen inquiry\n\nThe regulator said on Tuesday that it would not reopen its inquiry into Brandco.\n\nThe inquiry was opened on Monday after complaints from customers.";
    expect(mustBrief({ text: announced, published }).when).toMatchObject({ date: "2025-05-06", text: "Tuesday" });
  });

  it("resolves 'last night' to the day before publication", () => {
    const b = mustBrief({ text: "Lakeport city council voted 7-4 last night to close three branch libraries to save money, despite a petition signed by thousands of residents.", published });
    expect(b.when).toMatchObject({ text: "last night", basis: "relative" });
    expect(b.when?.date).toBe(new Date(Date.parse(`${published}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10));
  });
  it("takes a day in an 'after …' phrase of the event as the cause's, giving way to an opening sentence that dates the event itself", () => {
    const sacked = mustBrief({ text: "Tilbrook Town have sacked manager Gary Holloway after Saturday's 3-0 home defeat to Marsh Lane. Holloway was dismissed on Sunday morning after a meeting with the board.", published: "2016-12-05" });
    expect(sacked.when?.date).toBe("2016-12-04");
    const fire = mustBrief({ text: "Three people died after a fire on Saturday, police said. The blaze started in a kitchen.", published: "2016-12-07" });
    expect(fire.when?.date).toBe("2016-12-03");
  });

  it("dates a preview by its scheduled day, not by a clock time later in the story", () => {
    const b = mustBrief({ text: "Lakeport council will vote on Thursday on plans to close the Elm Street library, the council said. Residents have collected 3,000 signatures against the closure. The meeting begins at 7pm at the town hall.", published: "2017-02-06" });
    expect(b.when?.date).toBe("2017-02-09");
  });

  it("dates a figure for last month by that month, not by the day it was reported", () => {
    const b = mustBrief({ title: "Phoenix home sales slide", text: "Home sales in the Phoenix area fell 6 percent last month from a year earlier, the Arizona Regional Multiple Listing Service said on Tuesday. The median price rose 3 percent.", published: "2016-08-10" });
    expect(b.when).toMatchObject({ basis: "approximate", text: "last month" });
    expect(b.when?.date?.slice(0, 7)).toBe("2016-07");
  });

  it("reads 'overnight' in a report as the night that ends on its publication day, before a later forecast", () => {
    const b = mustBrief({ text: "Flood water swept through the district of Braga overnight, forcing hundreds of people from their homes, officials said. Forecasters said the rain would continue until at least the weekend.", published: "2017-08-14" });
    expect(b.when).toMatchObject({ date: "2017-08-14", text: "overnight", basis: "relative" });
  });

  it("dates an opening weekday by the clause's past-tense verb, not by a future word in its object ('on Thursday unveiled plans to …', 'vetoed a resolution that would have …'), and still looks ahead for 'is expected to'", () => {
    const plan = mustBrief({ text: "The government on Thursday unveiled plans to raise taxes on tobacco, officials said. Retailers said prices would rise.", published: "2017-03-31" });
    expect(plan.when?.date).toBe("2017-03-30");
    const veto = mustBrief({ text: "Velmora on Wednesday vetoed a resolution that would have condemned the attack, diplomats said.", published: "2017-04-14" });
    expect(veto.when?.date).toBe("2017-04-12");
    const preview = mustBrief({ text: "On Monday, the union is expected to announce a strike at the port, its members said.", published: "2017-04-13" });
    expect(preview.when?.date).toBe("2017-04-17");
  });

  it("lets a clock time alone in an anecdote's opening give way to the day another opening sentence names, and still dates by a clock time when nothing else does", () => {
    const anecdote = mustBrief({ text: "At 6am the alarm went off at the Harlow plant. Workers ran for the exits. The plant was shut on Wednesday after the fire, the company said.", published: "2017-09-15" });
    expect(anecdote.when).toMatchObject({ date: "2017-09-13", text: "Wednesday" });
    const clock = mustBrief({ text: "A bomb exploded outside a bank at 8am, police said. No one was hurt.", published: "2017-09-15" });
    expect(clock.when?.date).toBe("2017-09-15");
  });

  it("lets 'overnight' that says how ('votes to shut the A&E overnight') give way to the day another opening sentence names ('voted yesterday')", () => {
    const b = mustBrief({ title: "Trust votes to shut A&E overnight despite protests", text: "A hospital trust has voted to close a busy A&E department overnight, in a move campaigners warned would put lives at risk. The board voted yesterday to shut the emergency department between 8pm and 8am from next month.", published: "2017-01-10" });
    expect(b.when).toMatchObject({ date: "2017-01-09", text: "yesterday" });
  });

  it("reads a race time ('touched the wall in 2 minutes 5.31 seconds last night') as a duration, not a moment ahead", () => {
    const b = mustBrief({ text: "Ellie Wardell touched the wall in 2 minutes 5.31 seconds last night, taking half a second off the national record.", published: "2016-04-08" });
    expect(b.when).toMatchObject({ date: "2016-04-07", text: "last night" });
  });

  it("lets what may happen ('could make his debut on Saturday') give way to a day that dates what happened", () => {
    const b = mustBrief({ text: "Lakeport sign striker for record fee\n\nLakeport have signed striker Ana Ruiz from rivals Westfield for a club-record fee.\n\nThe 24-year-old has agreed a four-year deal and could make her debut against Harwich on Saturday.\n\nShe is the division's top scorer this season.\n\nLakeport completed the deal on Wednesday afternoon, hours before the window closed.", published: "2018-01-31" });
    expect(b.when).toMatchObject({ date: "2018-01-31", text: "Wednesday afternoon" });
    const only = mustBrief({ text: "Ana Ruiz could make her debut against Harwich on Saturday, her manager said.", published: "2018-01-31" });
    expect(only.when?.date).toBe("2018-02-03");
  });

  it("reads a day written before a noun it describes ('the flagship Saturday night entertainment show') as no date", () => {
    const b = mustBrief({ text: "Ana Ruiz has quit as presenter of the broadcaster's flagship Saturday night entertainment show after a dispute over pay.\n\nShe told colleagues of her decision on Monday evening.", published: "2016-06-14" });
    expect(b.when).toMatchObject({ date: "2016-06-13", text: "Monday evening" });
    const dated = mustBrief({ text: "Gunmen on Saturday night attacked a police post in the north, officials said.", published: "2016-06-14" });
    expect(dated.when?.date).toBe("2016-06-11");
  });

  it("reads a weekday's short form in lower case as the word it is ('sat side by side', 'a newly wed couple'), not a date", () => {
    const b = mustBrief({ text: "The two leaders sat side by side in the palace today after a meeting that lasted two hours, officials said.", published: "2016-06-14" });
    expect(b.when).toMatchObject({ date: "2016-06-14", text: "today" });
    const wed = mustBrief({ text: "A newly wed couple were among those rescued from the hotel today, firefighters said.", published: "2016-06-14" });
    expect(wed.when).toMatchObject({ date: "2016-06-14", text: "today" });
  });

  it("dates a weekday followed by a comma and a participle ('went on strike Monday, closing …')", () => {
    const b = mustBrief({ text: "About 900 teachers in Harrowgate went on strike Monday, closing all 19 of the district's schools. It is the first strike in the state in six years.", published: "2016-03-08" });
    expect(b.when).toMatchObject({ date: "2016-03-07", text: "Monday" });
  });

  it("reads a date in a long 'after …' clause as the cause's, giving way to the event's own day", () => {
    const b = mustBrief({ text: "A man has been charged with arson after a fire tore through a community centre in Quillmark at the weekend. Tom Hadley, 34, was charged yesterday evening and will appear before magistrates this morning.", published: "2017-06-14" });
    expect(b.when).toMatchObject({ date: "2017-06-13", text: "yesterday evening" });
  });
  it("takes a day later in the lead over a clock time or 'overnight' that only says how ('will close between 8pm and 8am …, the group announced yesterday')", () => {
    const b = mustBrief({ title: "Hospital emergency department to close overnight from July", text: "The emergency department at St Oswin's hospital in Quellbrook will close between 8pm and 8am from July 1st, the hospital group that runs it announced yesterday.", published: "2016-06-08" });
    expect(b.when).toMatchObject({ date: "2016-06-07", text: "yesterday" });
  });
});
