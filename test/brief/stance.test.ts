import { readFileSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { brief } from "../../src/brief/index";
import { EvalArticle, evalArticleToArticle } from "../../src/eval/five-w";
import { scoreStances, StanceLabels } from "../../src/eval/stance-accuracy";
import type { Brief } from "../../src/schema";
import { mustBrief } from "../helpers/brief";
import { parse } from "../../src/brief/nlp";
import { valence } from "../../src/brief/valence";

const positionOf = (text: string, actor: string) => mustBrief({ text, published: "2025-05-07" }).stance.find((s) => s.actor === actor)?.position;

describe("stance: each actor's position on the main event", () => {
  it("takes no incident from police firing tear gas beside a vote, and no side from a police commander's account", () => {
    const b = mustBrief({ text: "Lakeport council approves fuel levy as police fire tear gas at protesters\n\nLakeport council on Tuesday approved a fuel levy. The majority leader, Ana Ruiz, praised councillors for what she called a \"responsible vote\". Regional police commander Tom Hadley said 12 people had been arrested and the city was calm by evening.", published: "2025-05-07" });
    expect(b.stance).toEqual(expect.arrayContaining([expect.objectContaining({ actor: "Ana Ruiz", position: "supports" }), expect.objectContaining({ actor: "Tom Hadley", position: "neutral" })]));
  });

  it("takes no side from a relative clause's verb past its auxiliary ('which has opposed the scheme, said …'), nor from 'left alone'", () => {
    const text = "A Roman villa has been found under a car park in Harrowgate, archaeologists said on Thursday. The campaign group Save Harrowgate Fields, which has long opposed the housing scheme, said the discovery proved the site should be left alone.";
    const s = mustBrief({ text, published: "2017-06-16" }).stance.find((x) => x.actor === "Save Harrowgate Fields");
    expect(s).toMatchObject({ position: "neutral", verb: "said" });
  });

  it("takes the company a headline describes without naming it ('Delivery robot company pauses service') for the doer, and its chief's words for support", () => {
    const text = "Delivery robot company pauses Lakeport service after collision\n\nA startup that uses robots to deliver takeout food has pulled its entire fleet off the streets of Lakeport after one of the machines knocked over a woman.\n\nBrindle Robotics said on Wednesday it was suspending service while it reviews the robot's software.\n\n\"We are deeply sorry. Safety has to come first, and until we understand exactly what went wrong, our robots will stay in the depot,\" Brindle chief executive Ana Ruiz said.";
    const stances = mustBrief({ text, published: "2019-08-15" }).stance;
    expect(stances.find((x) => x.actor === "Ana Ruiz")?.position).toBe("supports");
    // A company the headline finds guilty undergoes the event: described, yet no doer.
    const verdict = mustBrief({ text: "Building firm guilty of safety breaches after worker's death\n\nA building firm has been found guilty of safety breaches after a worker fell from scaffolding.\n\nHarlow Build was convicted by a jury at Lakeport Crown Court on Wednesday.\n\n\"We are disappointed and we will consider an appeal,\" Harlow Build director Ana Ruiz said.", published: "2019-08-15" }).stance;
    expect(verdict.find((x) => x.actor === "Harlow Build")?.position).not.toBe("supports");
  });

  it("takes a body named as a venue for no speaker ('Three judges sitting at the Lakeport Courts of Justice … said')", () => {
    const text = "A man jailed for a 1998 murder has had his conviction quashed. Three judges sitting at the Lakeport Courts of Justice on Wednesday said fresh DNA analysis pointed to another man. \"I have said I was innocent every single day,\" Tom Kestle said outside court.";
    const stances = mustBrief({ text, published: "2018-03-22" }).stance;
    expect(stances.map((x) => x.actor)).not.toContain("Lakeport Courts of Justice");
  });

  it("takes joining something for no statement ('before he joined the administration')", () => {
    const text = "The White House policy chief Tom Kestle resigned on Monday. Senator Ana Ruiz, who joined the Senate in 2010, welcomed the news. Bo Lindqvist, who worked with Kestle before he joined the administration, called it a real loss.";
    const stances = mustBrief({ text, published: "2017-09-19" }).stance;
    expect(stances.filter((x) => x.verb === "joined")).toEqual([]);
  });

  it("reads a justification ('no other choice', 'the least we can do') and 'a turning point' as support", () => {
    for (const quote of ["Closing the bridge was painful, but we had no other choice", "Naming the park after her is the least we can do", "This is a turning point for families who live in fear"]) {
      const text = `Lakeport council closed the old bridge and renamed the park on Monday. "${quote}," council leader Ana Ruiz said.`;
      expect(positionOf(text, "Ana Ruiz"), quote).toBe("supports");
    }
  });

  it("finds who declined by the word a body's name ends on ('The co-operative declined …') and a person in apposition to 'the head of …'", () => {
    const text = "Fire destroyed a grain elevator in Lakeport on Monday. The elevator was owned by the Prairie Dawn Grain Co-operative. The co-operative declined to comment on Tuesday. The head of the national railway authority, Medhat Karimi Ramadan, declined to comment when reached by telephone.";
    const stances = mustBrief({ text, published: "2015-10-20" }).stance;
    expect(stances.find((x) => x.actor === "Prairie Dawn Grain Co-operative")?.position).toBe("no_comment");
    expect(stances.find((x) => x.actor === "Medhat Karimi Ramadan")?.position).toBe("no_comment");
  });

  it("reads explicit non-comment as no comment", () => {
    expect(positionOf("The city council approved a new stadium on Monday. The Football Association declined to comment on the plans.", "Football Association")).toBe("no_comment");
  });

  it("reads unanswered calls, unreturned messages and leaving without speaking as no comment, each silent one in a sentence", () => {
    const text = "Fire destroyed the Orlen Brook sawmill on Monday, fire chief Dario Velk said. Calls to Quillmere Timber went unanswered on Tuesday. Messages left with Tessaly Paper were not returned. Envoy Bram Osterveld left the meeting without speaking to journalists, and the Harnish Timber Guild declined to comment.";
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    for (const actor of ["Quillmere Timber", "Tessaly Paper", "Bram Osterveld", "Harnish Timber Guild"]) expect([actor, stances.find((x) => x.actor === actor)?.position]).toEqual([actor, "no_comment"]);
  });

  it("takes 'the company' back to a company named by its works ('the Varro Fiber Products mill') or described as one, over a fire or a town", () => {
    const mill = "A wildfire forced the evacuation of Pell Hollow on Wednesday, the Kestrel Ridge Fire team said. The town's largest employer, the Varro Fiber Products mill, lies a mile from the fire. The company did not respond to a request for comment.";
    expect(positionOf(mill, "Varro Fiber Products")).toBe("no_comment");
    const truck = "Two people died when a lorry hit stopped traffic near Dunhallow on Sunday, police said. The driver, Gus Merrow of Ashcombe, was arrested. The lorry is registered to Rose Ferring Haulage, a trucking company based in Colebrook. Calls to the company were not returned.";
    const b = mustBrief({ text: truck, published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Rose Ferring Haulage")?.kind).toBe("org");
    expect(b.stance.find((x) => x.actor === "Rose Ferring Haulage")?.position).toBe("no_comment");
  });

  it("reads a coroner's finding about a death as the event, which the coroner states and the hospital accepts, not as an incident", () => {
    const text = 'Missed chances to treat a young woman\'s sepsis at Harnby Royal Infirmary contributed to her death, a coroner ruled on Tuesday. Assistant coroner Lydia Branwell said her observations had not been recorded. Her mother, Gwen Tolley, said the family had "finally got the answers we fought for". Dr Oskar Lindqvist, medical director at the hospital trust, said the trust "fully accepts" the findings and apologised.';
    const b = mustBrief({ title: "Coroner rules missed chances at hospital contributed to death of Harnby woman", text, published: "2025-05-14" });
    expect(b.stance.find((s) => s.actor === "Lydia Branwell")?.position).toBe("supports");
    expect(b.stance.find((s) => s.actor === "Oskar Lindqvist")?.position).toBe("supports");
  });

  it("after a sentence, reads a police constable ('PC …') as backing it and a campaigner calling it 'nowhere near enough' as against it; 'Mum' is no one", () => {
    const text = 'A drink-driver who killed a grandmother on a zebra crossing was jailed for eight years at Wexcombe Crown Court yesterday. Her daughter said: "Nothing will ever bring Mum back." PC Oswin Harlock, of the collision unit, said: "This sentence sends a clear message. If you drink and drive and kill someone, you will go to prison." Priya Venkataram, of the campaign group Safer Roads Wexcombe, said eight years was "still nowhere near enough". "He will be out in four," she said. "Families are told again and again that the courts take this seriously, and then they watch the man who killed their loved one walk free in half the time."';
    const b = mustBrief({ title: "Drink-driver who killed grandmother jailed for eight years", text, published: "2025-05-14" });
    expect(b.who.find((w) => w.name === "Oswin Harlock")?.role).toBe("Police Constable");
    expect(b.stance.find((s) => s.actor === "Oswin Harlock")?.position).toBe("supports");
    expect(b.stance.find((s) => s.actor === "Priya Venkataram")?.position).toBe("opposes");
    expect(b.who.map((w) => w.name)).not.toContain("Mum");
  });

  it("takes a capital that acts in the headline ('Moscow expels …') for its country, the doer, though the text also places things in the city", () => {
    const text = "Foreign minister condemns 'regrettable' step as embassy given a week to leave\nThe Velmoran ambassador, Oskar Brandvik, was summoned to the foreign ministry in Moscow on Monday and handed a note giving 12 diplomats seven days to leave. The Velmoran foreign minister, Ilse Warnholt, called the expulsions regrettable.";
    const b = mustBrief({ title: "Moscow expels 12 Velmoran diplomats in row over spying", text, published: "2018-03-27" });
    expect(b.stance.find((s) => s.actor === "Russia")?.position).toBe("supports");
  });

  it("finds the speaker across an aside that names something in quotes ('which spent heavily on the \"No\" campaign'), reads 'refused to be drawn' as no comment, and 'Co-host' as a role", () => {
    const text = 'Voters in Velmora rejected a national rent cap on Sunday. The Velmoran Landlords Federation, which spent heavily on the "No" campaign, hailed the result as "a victory for common sense". Co-host Marit Quellane, who backed the cap on air, refused to be drawn when approached by reporters.';
    const b = mustBrief({ text, published: "2025-05-14" });
    expect(b.stance.find((s) => s.actor === "Velmoran Landlords Federation")?.position).toBe("supports");
    expect(b.stance.find((s) => s.actor === "Marit Quellane")?.position).toBe("no_comment");
    expect(b.who.find((w) => w.name === "Marit Quellane")?.role).toBe("Co-host");
  });

  it("reads accepting a review's findings as support, though the speaker's words own a failure", () => {
    const text = 'An independent review published today found a catalogue of failings at Harnby maternity unit. Tobias Wrenlow, the chief executive of Harnby Hospitals Trust, said the trust accepted the findings "in full and without reservation".\n"We failed these families, and we failed them for far too long," he said.';
    const b = mustBrief({ title: "Harnby maternity review finds 'catalogue of failings'", text, published: "2018-04-17" });
    expect(b.stance.find((s) => s.actor === "Tobias Wrenlow")?.position).toBe("supports");
    // (Regret that still backs it: "painful but necessary", "the board had no choice".)
    expect(positionOf('Harrowby Rovers sacked their coach on Sunday. Chairman Oskar Pellow said the decision had been "painful but necessary".', "Oskar Pellow")).toBe("supports");
    expect(positionOf('Harrowby Rovers sacked their coach on Sunday. "It is sad for him, but the board had no choice," said Mira Castellane, who chairs the supporters\' trust.', "Mira Castellane")).toBe("supports");
    // (A decision defended as necessity: "no other responsible option".)
    expect(positionOf('Residents of Velton will be limited to 50 litres of water a day from Friday. Mayor Tandeka Mrwebi said the council had "no other responsible option".', "Tandeka Mrwebi")).toBe("supports");
  });

  it("reads a capital past an adverb or a description set off by commas ('Beijing, however, said', 'Washington, an ally of Ankara that backs …, declined') as its government", () => {
    const text = "Japan imposed sanctions on 19 shipping firms on Thursday. Beijing, however, said it opposed unilateral sanctions. Washington, an ally of Tokyo that also backs the shipping ban, declined to comment directly.";
    const b = mustBrief({ text, published: "2017-11-30" });
    expect(b.stance.find((s) => s.actor === "China")?.position).toBe("opposes");
    expect(b.stance.find((s) => s.actor === "United States")?.position).toBe("no_comment");
  });

  it("takes no one the headline's passive befalls ('… banned for four matches') for the doer when the lead names them first", () => {
    const text = 'Harbour Chargers all-rounder Tomas Vellaram will miss four matches after being banned by the league\'s disciplinary panel on Wednesday for shoulder-charging an umpire.\nVellaram, 26, who has maintained the contact was accidental, told reporters he was "shocked" by the verdict.';
    const b = mustBrief({ title: "Chargers' Tomas Vellaram banned for four matches", text, published: "2017-05-11" });
    expect(b.stance.find((s) => s.actor === "Tomas Vellaram")?.position).toBe("opposes");
  });

  it("keeps an analyst's reading of the odds neutral, whatever its words' tone, unless it takes a side in so many words", () => {
    const text = 'Northway Grocers agreed to buy Pellam Foods for $1.2 billion on Monday. "The synergy target is credible. The open question is how much debt the combined group can carry if prices stay this low," said Jonas Reeve-Hallam, a retail analyst at Greyfield Securities. Mira Tollan, chief economist at Ostrander Bank, said the deal was "the wrong decision at the wrong price".';
    const b = mustBrief({ text, published: "2017-05-11" });
    expect(b.stance.find((s) => s.actor === "Jonas Reeve-Hallam")?.position).toBe("neutral");
    const vote = mustBrief({ text: 'The Velmoran Alliance won Sunday\'s parliamentary election. "The Alliance has won the election but it has not yet won the government," said Jure Pellavin, a political scientist at the Institute for Baltic Studies.', published: "2017-05-11" });
    expect(vote.stance.find((s) => s.actor === "Jure Pellavin")?.position).toBe("neutral");
    const treaty = mustBrief({ text: 'Velmora and Korvia signed a power-sharing treaty on Tuesday. "It is a bold idea, but the grid between the two countries is still weak and the tariffs are unresolved," said Yaw Osei-Brandt, an energy lecturer at Coastal State University.', published: "2017-05-11" });
    expect(treaty.stance.find((s) => s.actor === "Yaw Osei-Brandt")?.position).toBe("neutral");
    expect(b.stance.find((s) => s.actor === "Mira Tollan")?.position).toBe("opposes");
  });

  it("takes an order answering a disaster ('Governor declares emergency as wildfire spreads') for the event, which people back or criticise", () => {
    const text = 'Gov. Marisol Quintaverde declared a state of emergency on Wednesday as the Elk Ridge Fire forced 6,000 people from their homes.\nLarch County Commissioner Ray Dunmore welcomed the declaration. "This is exactly what we needed," he said.\nState Senator Curt Vandemeer called the order "a reckless overreaction".';
    const b = mustBrief({ title: "Governor declares state of emergency as Elk Ridge Fire forces thousands to flee", text, published: "2018-08-02" });
    expect(b.stance.find((s) => s.actor === "Ray Dunmore")?.position).toBe("supports");
    expect(b.stance.find((s) => s.actor === "Curt Vandemeer")?.position).toBe("opposes");
  });

  it("hears the speaker who 'said by phone': the means is no passive's agent", () => {
    const text = 'The coast guard seized a foreign trawler on Monday. "Finally, the government is standing up for the small fishermen. We are grateful," the group\'s chairman Eduardo Salvaterra said by phone.';
    expect(mustBrief({ text, published: "2025-05-07" }).stance.find((s) => s.actor === "Eduardo Salvaterra")).toMatchObject({ position: "supports", verb: "said" });
  });

  it("reads non-comment across a relative clause that holds a reporting verb of its own", () => {
    const text = "Brandco cut its profit forecast on Tuesday. Rival maker Lantern Devices, which reported strong sales last week, declined to comment.";
    expect(positionOf(text, "Lantern Devices")).toBe("no_comment");
  });

  it("finds the speaker after a role ('said lead author Dr. …'), past where they work, and in 'called it'", () => {
    const text = 'A study published on Monday linked fruit juice to diabetes. "The sugar in juice behaves like the sugar in soft drinks," said lead author Dr. Amara Nwosu. Professor Henrik Dahl of the Westfield Institute of Public Health, who was not involved in the study, called it "robust and important".';
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.find((s) => s.actor === "Amara Nwosu")).toMatchObject({ verb: "said" });
    expect(stances.find((s) => s.actor === "Henrik Dahl")).toMatchObject({ position: "supports", verb: "called it" });
    expect(stances.map((s) => s.actor)).not.toContain("Westfield Institute of Public Health");
  });

  it("does not take a possessor after the verb for its speaker ('promised to scrap President Ortiz's law')", () => {
    const text = "The senator changed course on health care on Monday. Having promised to scrap President Velmoran Ortiz's health law, the senator now says parts of it can stay.";
    expect(positionOf(text, "Velmoran Ortiz")).toBeUndefined();
  });

  it("gives a passive reporting verb to its agent after 'by', and to no one without one", () => {
    const text = "Lakeport council approved a new bus depot on Monday. The depot was criticised by the Harbour Residents Association. Councillor Tom Hadley was also criticised for the cost. The plan is strongly opposed by Grace Preston, who lives nearby.";
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.find((s) => s.actor === "Harbour Residents Association")).toMatchObject({ position: "opposes", verb: "criticised" });
    expect(stances.find((s) => s.actor === "Grace Preston")).toMatchObject({ position: "opposes", verb: "opposed" });
    expect(stances.find((s) => s.actor === "Tom Hadley")?.verb).not.toBe("criticised");
  });

  it("gives no words to a name that only describes a thing before the verb ('the Green Party leadership contest and criticised')", () => {
    const text = "Lakeport council approved the new depot on Monday. Tom Hadley, who ran in the Green Party leadership contest and harshly criticised the council, was at the meeting. Harbour Union officials criticised the vote.";
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.map((s) => s.actor)).not.toContain("Green Party");
    expect(stances.find((s) => s.actor === "Harbour Union")).toMatchObject({ position: "opposes", verb: "criticised" });
  });

  it("does not make a name inside a phrase of the event's subject a doer ('Smoke from fires in Chile grounded …')", () => {
    expect(positionOf("Smoke from forest fires in central Chile grounded flights across Argentina on Monday. Airlines said delays would last days.", "Chile")).toBeUndefined();
    expect(positionOf("Chile announced new mining taxes on Monday. Miners said the taxes were too high.", "Chile")).toBe("supports");
  });

  it("takes a demand's side from what is demanded ('called for inspections' against, 'called for calm' for)", () => {
    const text = 'Velmora launched its first satellite on Tuesday. Neighbouring Korvia said it was "deeply concerned" and called for international inspections. The mayor of Lakeport called for calm.';
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.find((s) => s.actor === "Korvia")?.position).toBe("opposes");
    expect(positionOf("Lakeport council approved the new depot on Monday. Harbour Residents Association called for an independent inquiry into the vote.", "Harbour Residents Association")).toBe("opposes");
    expect(positionOf("Lakeport council approved the new depot on Monday. Harbour Residents Association called for quick work on it.", "Harbour Residents Association")).toBe("supports");
  });

  it("takes the doers from the lead when the headline names no one ('Carmaker recalls …' / 'Brandco Motors is recalling …')", () => {
    const text = "Brandco Motors is recalling more than 300,000 cars because their airbags may fail in a crash, the company said on Wednesday. Brandco said it was not aware of any injuries linked to the fault.";
    const stances = mustBrief({ title: "Carmaker recalls 300,000 vehicles over faulty airbags", text, published: "2025-05-07" }).stance;
    expect(stances.find((s) => s.actor === "Brandco Motors")?.position).toBe("supports");
    expect(stances.map((s) => s.actor)).not.toContain("Brandco");
  });

  it("reads a natural disaster as an incident: those fighting it take no side ('The wind is our biggest enemy')", () => {
    const text = 'More than 8,000 residents were ordered to evacuate on Sunday as a wildfire spread near Pinecrest. "The wind is our biggest enemy right now," said fire chief Carla Mendes.';
    expect(positionOf(text, "Carla Mendes")).toBe("neutral");
  });

  it("reads no incident in what an act is for ('pledges $25m to fight a cholera outbreak', 'orders a carmaker to pay a woman hurt in a crash')", () => {
    const pledge = 'The Ana Ruiz Foundation pledged $25 million on Tuesday to fight a cholera outbreak in Velmora. "This is exactly the kind of fast, flexible funding that saves lives. We are grateful," said Tom Hadley of the regional health agency.';
    expect(positionOf(pledge, "Tom Hadley")).toBe("supports");
    const award = 'A jury on Monday ordered Brandco Motors to pay $42 million to a woman paralysed in a crash. "The verdict is outrageous and we will appeal," said Brandco lawyer Marek Olstad.';
    expect(positionOf(award, "Marek Olstad")).toBe("opposes");
  });

  it("ties a person to a body that carries the event out by its initials ('EU foreign policy chief')", () => {
    const text = 'The European Union agreed new sanctions on Korvia on Monday. "This aggression cannot go unanswered," EU foreign policy chief Ingrid Solberg told reporters.';
    expect(positionOf(text, "Ingrid Solberg")).toBe("supports");
  });

  it("takes the doers from the lead when the headline's clause cannot be read ('Westfield Rovers sack manager')", () => {
    const text = "Westfield Rovers have sacked manager Luis Ortega after seven straight defeats. The club said in a statement on Monday that his assistant would take charge.";
    expect(positionOf(`Westfield Rovers sack manager Luis Ortega\n\n${text}`, "Westfield Rovers")).toBe("supports");
  });

  it("reads a verb joined to the speaker's first one, and a commitment by what is committed to ('… and vowed to repeal it')", () => {
    const law = "Parliament passed a surveillance law on Wednesday.";
    expect(positionOf(`${law} Opposition leader Sofia Marsh called it "a law for spies" and vowed to scrap it if her party won the next election.`, "Sofia Marsh")).toBe("opposes");
    expect(positionOf(`${law} Interior Minister Rafael Duarte called it "a new start" and pledged to enforce it quickly.`, "Rafael Duarte")).toBe("supports");
    // A verb of someone else's clause is not the speaker's second statement.
    expect(positionOf(`${law} The Lakeport Civil Liberties Union said members had rejected a deal with ministers.`, "Lakeport Civil Liberties Union")).toBe("neutral");
  });

  it("in an incident, praise and demands are no support of it ('called for more police patrols' after a shooting)", () => {
    const text = "Two men were shot dead outside a nightclub in Lakeport on Saturday. Local MP Daniel Price praised the emergency services and called for more police patrols in the town centre.";
    expect(positionOf(text, "Daniel Price")).toBe("neutral");
  });

  it("gives no body the silence of someone unnamed who belongs to it ('The club's owner declined to comment')", () => {
    const text = "Two men were shot dead outside a nightclub in Lakeport on Saturday. Chief Inspector Ruth Cole of Lakeport Police said the attack was senseless. The club's owner declined to comment.";
    expect(mustBrief({ text, published: "2025-05-07" }).stance.filter((s) => s.position === "no_comment")).toEqual([]);
    expect(positionOf("Brandco cut 300 jobs on Monday. The company declined to comment.", "Brandco")).toBe("no_comment");
  });

  it("makes every conjunct of the event's subject a doer ('US and China agree'), and hears others in a sentence with a non-comment", () => {
    const text = "The United States and China agreed on Friday to resume climate talks. The Kremlin declined to comment on the deal, while the European Union welcomed it.";
    const stances = mustBrief({ title: "US and China agree to resume climate talks", text, published: "2025-05-07" }).stance;
    expect(stances.filter((s) => s.position === "supports").map((s) => s.actor)).toEqual(expect.arrayContaining(["US", "China", "European Union"]));
    expect(stances.find((s) => s.actor === "Russia")?.position).toBe("no_comment");
  });

  it("reads a landslide victory as no incident: the winner carries the event out", () => {
    expect(positionOf("The Velmoran People's Alliance won a landslide victory in Sunday's election. Its leader thanked voters.", "Velmoran People's Alliance")).toBe("supports");
  });

  it("hears a capital's state body as its country ('Beijing's foreign ministry said'), not as a place", () => {
    const b = mustBrief({ text: 'Officials met in Singapore on Friday to resume climate talks. Beijing\'s foreign ministry said the talks would be "based on mutual respect".', published: "2025-05-07" });
    expect(b.stance.find((s) => s.actor === "China")).toMatchObject({ as: "Beijing's foreign ministry" });
    expect(b.where.map((p) => p.name)).toEqual(["Singapore"]);
  });

  it("reads quotations in single marks where a paragraph has no double ones, and not apostrophes", () => {
    const text = "Two men were shot dead outside a nightclub in Lakeport on Saturday.\n\nChief Inspector Ruth Cole said: 'This was a shocking and senseless attack.'\n\nLocal MP Daniel Price said the town was 'devastated' and the players' union didn't disagree.";
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.find((s) => s.actor === "Ruth Cole")?.quote).toBe("This was a shocking and senseless attack.");
    expect(stances.find((s) => s.actor === "Daniel Price")?.quote).toBe("devastated");
  });

  it("reads the speaker's own commitment against the event ('said it would fight any job cuts', '\"We will challenge it\"')", () => {
    expect(positionOf("Brandco will cut 2,000 jobs, people familiar with the plans said. The Westfield Workers Union said it would fight any compulsory redundancies.", "Westfield Workers Union")).toBe("opposes");
    expect(positionOf('Parliament passed the surveillance law on Wednesday. "We will challenge it in court," Open Net said.', "Open Net")).toBe("opposes");
  });

  it("reads 'called the result \"…\"' as 'called it'", () => {
    const text = 'Lantern launched a foldable laptop on Tuesday. Analyst Ben Thornton called the launch "a costly mistake that nobody asked for".';
    expect(mustBrief({ text, published: "2025-05-07" }).stance.find((s) => s.actor === "Ben Thornton")).toMatchObject({ position: "opposes", verb: "called it" });
  });

  it("hears no one in a name framed by commas after the verb when a verb follows it ('said the ambassador, Kees Holm, had been on leave')", () => {
    const text = 'Lakeport expelled two diplomats on Monday. A ministry spokesman said the ambassador, Kees Holm, had been on leave in any case. "This is a disgrace," said the group\'s chair, Derek Holm.';
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.find((s) => s.actor === "Kees Holm")).toBeUndefined();
    expect(stances.find((s) => s.actor === "Derek Holm")).toMatchObject({ position: "opposes" });
  });

  it("hears the speaker in a pronoun right after its reporting verb ('Halberd said it had rejected the offer')", () => {
    const text = 'Velmora-Brandt made a takeover offer for Halberd Foods on Monday. Halberd, which makes biscuits, said it had rejected the offer because it "fundamentally undervalued" the business.';
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.find((s) => s.actor === "Halberd Foods")).toMatchObject({ position: "opposes", verb: "rejected" });
    expect(stances.find((s) => s.actor === "Velmora-Brandt")?.position).not.toBe("opposes");
  });

  it("reads a verb inside a closed quotation as the words of the speaker named outside it", () => {
    const text = 'Senator Tom Hadley accused Governor Ana Ruiz of lying on Sunday. "If Ana thinks a thirty-second ad is tough, wait until she faces the voters," Hadley said.';
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.find((s) => s.actor === "Ana Ruiz")).toBeUndefined();
    // Marks that enclose no words are no quotation.
    const stray = mustBrief({ text: 'Lakeport council approved the tram line on Wednesday. "...", Grace Preston said.', published: "2025-05-07" }).stance;
    expect(stray.find((s) => s.actor === "Grace Preston")?.quote).toBeUndefined();
  });

  it("finds the speaker after a role closed by a comma ('said the group's chair, Derek Holm')", () => {
    const text = 'Lakeport council approved the tram line on Wednesday. "This is a disgrace and we are furious," said the group\'s chair, Derek Holm.';
    expect(positionOf(text, "Derek Holm")).toBe("opposes");
  });

  it("reads 'the Lakeport-based company' as the body last named, and not as the place", () => {
    const text = "Regulators fined Brandco Motors £40m on Monday over faulty airbags. The Lakeport-based company declined to comment.";
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.find((s) => s.actor === "Brandco Motors")?.position).toBe("no_comment");
    expect(stances.map((s) => s.actor)).not.toContain("Lakeport");
  });

  it("ties a company office named without its company to the one company that carries the event out, not to attackers", () => {
    const launch = 'Lantern Devices unveiled its first foldable laptop on Tuesday. The device goes on sale in March, chief executive Maya Ortiz said.';
    expect(positionOf(launch, "Maya Ortiz")).toBe("supports");
    const attack = "Hackers shut down computer systems at Westfield Health Trust on Monday. A group calling itself Black Lantern claimed responsibility. The attack began late on Saturday, chief executive Ruth Amsel said.";
    expect(positionOf(attack, "Ruth Amsel")).not.toBe("supports");
  });

  it("gives one who speaks for a body the side the body took when their own words take none ('The consumer group Fairtrade Watch praised the decision. … Fairtrade Watch spokesman Piet Claassen said')", () => {
    const text = 'The European Commission fined chipmaker Corvant 1.1 billion euros on Wednesday for abusing its market power. The consumer group Fairtrade Watch also praised the decision. "This sends a clear message to dominant firms," Fairtrade Watch spokesman Piet Claassen said. "Markets must stay open," said Ana Ruiz, an economist.';
    const stances = mustBrief({ text, published: "2019-07-18" }).stance;
    expect(stances.find((s) => s.actor === "Fairtrade Watch")?.position).toBe("supports");
    expect(stances.find((s) => s.actor === "Piet Claassen")?.position).toBe("supports");
  });

  it("reads 'does not comment on pending litigation', 'would not comment further' and 'declined comment' as no comment, and gives a mission's silence to the mission, not its host ('The Korvian Mission to the EU declined to comment')", () => {
    const text = "A jury on Tuesday ordered Brandco to pay $12 million to a family. Brandco said it does not comment on pending litigation. Lantern Inc said it would not comment further. The Korvian Mission to the EU declined to comment. Ortega Holdings declined comment.";
    const stances = mustBrief({ text, published: "2018-12-12" }).stance;
    expect(stances.find((s) => s.actor === "Brandco")?.position).toBe("no_comment");
    expect(stances.find((s) => s.actor === "Lantern Inc")?.position).toBe("no_comment");
    expect(stances.find((s) => s.actor === "Korvian Mission")?.position).toBe("no_comment");
    expect(stances.find((s) => s.actor === "Ortega Holdings")?.position).toBe("no_comment");
    expect(stances.map((s) => s.actor)).not.toContain("European Union");
  });

  it("reads the main verb after an aside whose relative clause reports speech ('Tom Hadley, a retired dentist who said he lost $2 million, welcomed the sentence')", () => {
    const text = "A federal judge on Monday sentenced former Brandco chief executive Ana Ruiz to 11 years in prison for fraud. Tom Hadley, a retired dentist from Lakeport who said he lost about $2 million, welcomed the sentence.";
    expect(positionOf(text, "Tom Hadley")).toBe("supports");
  });

  it("gives 'His office declined to comment' to the man last named, 'The mayor's office' to the mayor, and 'An Italian diplomat declined to comment' or 'A Russian official said' to the country", () => {
    const text = "Police arrested a man on Sunday after a shooting at a mall in Downers Grove at 8:10 p.m. ET. Senator Tom Hadley called for a review. His office declined to comment further. An Italian diplomat declined to comment. A Russian official said the attack was a tragedy.";
    const b = mustBrief({ text, published: "2018-12-17" });
    expect(b.stance.some((s) => s.actor === "Tom Hadley" && s.position === "no_comment")).toBe(true);
    expect(b.stance.find((s) => s.actor === "Italy")?.position).toBe("no_comment");
    expect(b.stance.map((s) => s.actor)).toContain("Russia");
    expect(b.who.map((w) => w.name)).not.toContain("ET");
    // "The mayor's office": the one person named with that title.
    const office = mustBrief({ text: "Mayor Ana Ruiz announced on Monday that the library would close. Residents protested outside. The mayor's office declined to comment further.", published: "2018-12-17" });
    expect(office.stance.some((s) => s.actor === "Ana Ruiz" && s.position === "no_comment")).toBe(true);
  });

  it("takes the lead's subject as the doer of a passive headline's event ('Runner banned for four years' … 'The Athletics Integrity Unit on Thursday banned …': it supports its own ban)", () => {
    const text = 'Kenyan marathoner Ana Koech banned for four years for doping\n\nNAIROBI (AP) - The Athletics Integrity Unit on Thursday banned Kenyan marathon runner Ana Koech for four years after she tested positive for EPO. The unit said the case was closed.';
    expect(positionOf(text, "Athletics Integrity Unit")).toBe("supports");
  });

  it("ties a bare national office to the country a capital's dateline names ('TALLINN (AP) — … Foreign Minister X said': X speaks for Estonia, which acts), and reads 'a diplomat accused of …' as no statement", () => {
    const text = 'Estonia expels Russian diplomat over spying\n\nTALLINN (AP) — Estonia on Thursday expelled a Russian diplomat accused of recruiting a military reservist. "We will not tolerate the abuse of diplomatic privileges," Foreign Minister Toomas Raud said at a news conference.';
    const stances = mustBrief({ text, published: "2019-03-14" }).stance;
    expect(stances.find((s) => s.actor === "Toomas Raud")?.position).toBe("supports");
    expect(stances.find((s) => s.actor === "Russia")).toBeUndefined();
  });

  it("does not give a country the words of its people or bodies ('Portugal's trade unions warned', 'Portugal's farm lobby applauded'), but does its state's ('Portugal's foreign ministry said')", () => {
    const text = "The Velnish parliament passed a law on Wednesday allowing employers to demand 400 hours of overtime a year. Portugal's trade unions warned the law would hurt workers. Portugal's farm lobby applauded the decision.";
    expect(positionOf(text, "Portugal")).toBeUndefined();
    expect(positionOf("The Velnish parliament passed a law on Wednesday allowing employers to demand more overtime. Portugal's foreign ministry condemned the decision.", "Portugal")).toBe("opposes");
  });

  it("does not give a capital's country an office another body keeps there ('The IMF's Colombo office declined to comment')", () => {
    const stances = mustBrief({ text: "Sri Lanka's government unveiled its budget on Tuesday, raising taxes on fuel. The IMF's Colombo office declined to comment.", published: "2019-03-06" }).stance;
    expect(stances.find((s) => s.actor === "Sri Lanka")?.position).not.toBe("no_comment");
  });

  it("does not give a place the words of people located in it ('Unions in Poland condemned')", () => {
    expect(positionOf("Brandco said on Tuesday it would close two factories. Unions in Poland condemned the closures.", "Poland")).toBeUndefined();
    expect(positionOf("Brandco said on Tuesday it would close two factories. Poland condemned the closures.", "Poland")).toBe("opposes");
  });

  it("does not make a name that only modifies the headline's subject its doer ('Brandco shares slump', 'Brandco sales figures …')", () => {
    const shares = "Brandco shares slump as profit warning rattles investors\n\nShares in Brandco fell 14% on Tuesday after the company cut its forecast.";
    expect(positionOf(shares, "Brandco")).toBeUndefined();
    const figures = "Brandco sales figures disappoint investors\n\nBrandco sold fewer phones than expected in the last quarter, the company said on Tuesday.";
    expect(mustBrief({ text: figures, published: "2025-05-07" }).stance.find((s) => s.actor === "Brandco" && !s.verb)).toBeUndefined();
  });

  it("gives the words to the person, not the body they work at ('Ben Thornton of Harbourview Research said')", () => {
    const stances = mustBrief({ text: 'Lantern unveiled a foldable phone on Thursday. Ben Thornton of Harbourview Research said the phone was "a bold and smart move".', published: "2025-05-07" }).stance;
    expect(stances.map((s) => s.actor)).toContain("Ben Thornton");
    expect(stances.map((s) => s.actor)).not.toContain("Harbourview Research");
  });

  it("does not make the possessor of the headline's subject its doer ('Spain's Álvarez wins')", () => {
    const text = "Spain's Álvarez wins snap election\n\nPrime Minister José Álvarez won the snap election that was held in Spain on Sunday, but he fell short of a majority, the official results showed on Monday. He will now have to find partners for a coalition in the parliament.";
    expect(positionOf(text, "Spain")).toBeUndefined();
    expect(positionOf(text, "José Álvarez")).toBe("supports");
  });

  it("reads not saying whether as no comment ('has not yet said whether it will back him')", () => {
    expect(positionOf("The Socialists won the election on Sunday but fell short of a majority. The Lakeport Alliance has not yet said whether it will back the government.", "Lakeport Alliance")).toBe("no_comment");
  });

  it("does not take the subject of what was said for the speaker ('… and said Ortega would name a new nominee')", () => {
    const text = 'The Senate rejected the nominee on Wednesday. Aides were furious about the vote and said Marisol Ortega would name a new nominee within weeks. "This was a disgrace," one aide added.';
    expect(positionOf(text, "Marisol Ortega")).toBeUndefined();
  });

  it("ties a body's chief to the body by its short name ('Brandco chief executive' of a deal Brandco Holdings makes)", () => {
    const text = 'Brandco agrees to buy Lantern Devices in $4bn deal\n\nBrandco Holdings has agreed to buy Lantern Devices for $4 billion, the companies announced on Monday. "Together we can move faster," Brandco chief executive Velmoran Kendal said.';
    expect(positionOf(text, "Velmoran Kendal")).toBe("supports");
  });

  it("reads 'urged' by what is urged: to return to talks is neutral, to block it opposes, also beside a quote", () => {
    const base = "Brandco agreed on Monday to buy Lantern Devices for $4 billion.";
    expect(positionOf(`${base} Transport minister Paul Andersen urged both sides to return to talks.`, "Paul Andersen")).toBe("neutral");
    expect(positionOf(`${base} Consumer group Fair Tech Now urged regulators to block it, warning that it would "reduce choice".`, "Fair Tech Now")).toBe("opposes");
  });

  it("reads reporting verbs of opposition and support", () => {
    const text = "The government approved a new coal mine on Monday. Greenpeace condemned the decision. The Mining Association welcomed the approval.";
    expect(positionOf(text, "Greenpeace")).toBe("opposes");
    expect(positionOf(text, "Mining Association")).toBe("supports");
  });

  it("reads the valence of what was said when the verb is neutral", () => {
    const text = 'The council approved the new park on Monday. Residents Association chair Julia Brandt said: "This is a wonderful, historic day for our neighbourhood."';
    expect(positionOf(text, "Julia Brandt")).toBe("supports");
  });

  it("gives words named like object properties no valence ('constructor' is not scored)", () => {
    const text = "The constructor did a wonderful job";
    expect(valence(parse(text)[0].tokens, text)).toEqual({ positive: 4, negative: 0 });
  });

  it("flips valence after 'nothing' and 'nobody' ('nothing to fear')", () => {
    const text = "We have nothing to hide and nothing to fear";
    expect(valence(parse(text)[0].tokens, text)).toEqual({ positive: 3, negative: 0 });
  });

  it("flips valence under negation", () => {
    const text = 'The council approved the new car park on Monday. Local shop owner Peter Hale said: "This is not good for anyone in the town."';
    expect(positionOf(text, "Peter Hale")).toBe("opposes");
  });

  it("keeps statements about an accident neutral", () => {
    const text = 'Two people were killed when a bus crashed on the motorway on Monday. Police Inspector Mark Jansen said: "Our thoughts are with the families, we are grateful to the emergency services."';
    expect(positionOf(text, "Mark Jansen")).toBe("neutral");
  });

  it("reads a headline that reacts to an event: the reactor takes the verb's side, the event's subject carries it out", () => {
    const title = "Harper hits out as Lakeport Council approves harbour plan";
    const body = "The Lakeport Council approved the harbour plan on Tuesday after a long debate. The vote was eleven to four. Jo Harper, who leads the opposition group, spoke to reporters after the vote.";
    const b = mustBrief({ title, text: body, published: "2025-05-07" });
    expect(b.stance.find((s) => s.actor === "Harper" || s.actor === "Jo Harper")?.position).toBe("opposes");
    expect(b.stance.find((s) => s.actor === "Lakeport Council")?.position).toBe("supports");
  });

  it("counts a campaign named after the doer as on the doer's side", () => {
    const text = 'Senator Ana Ortiz blamed the election board for her defeat on Monday. The Ortiz campaign said the count had been "a disgrace from start to finish".';
    expect(positionOf(text, "Ortiz campaign")).toBe("supports");
  });

  it("finds a post's author when a scraper left emoji placeholders before the handle", () => {
    const text = "Lakeport council approved the new parking charges on Monday. Many residents posted their views online. This is a terrible, ruined high street. -- Ana Ruiz [?][?] (@anaruiz) May 6, 2025";
    expect(positionOf(text, "Ana Ruiz")).toBe("opposes");
  });

  it("takes only pronouns for pronouns: a word such as 'constructor' before a verb is no one", () => {
    const b = mustBrief({ text: "Ana Ruiz opened the new bridge on Monday. The constructor said the work had taken two years. The city council approved the final payment after a long debate about costs.", published: "2025-05-07" });
    expect(b.stance.filter((s) => s.actor === "Ana Ruiz")).toHaveLength(1);
  });

  it("joins a given name said first with the full name given later", () => {
    const text = 'Two people were hurt when a crane fell in Lakeport on Monday. Her brother Jonas, 23, told reporters: "We are all in shock." Later a statement from Jonas Petraitis thanked the hospital staff.';
    const b = mustBrief({ text, published: "2025-05-07" });
    expect(b.stance.map((s) => s.actor)).toContain("Jonas Petraitis");
    expect(b.stance.map((s) => s.actor)).not.toContain("Jonas");
  });

  it("gives a pronoun to the last person it can be by first name", () => {
    const text = 'The council approved the new harbour plan on Monday. Mayor Maria Ruiz met the builder Peter Hale after the vote. She said: "This is a wonderful, historic day for the town."';
    expect(positionOf(text, "Maria Ruiz")).toBe("supports");
    expect(positionOf(text, "Peter Hale")).toBeUndefined();
  });

  it("counts a group claiming an attack as supporting it", () => {
    const text = "A bomb exploded outside a police station in the city on Monday, killing three people. The Northern Front said it carried out the attack.";
    expect(positionOf(text, "Northern Front")).toBe("supports");
  });

  it("gives the verb after an aside to the name the aside follows, not a name inside it", () => {
    const text = 'A man was charged with theft on Sunday. Detective Inspector Ana Ruiz, of the Lakeport Police Major Crime Team, said: "We thank the public for their help."';
    const b = mustBrief({ text, published: "2025-05-07" });
    expect(b.stance.map((s) => s.actor)).toContain("Ana Ruiz");
    expect(b.stance.map((s) => s.actor)).not.toContain("Lakeport Police Major Crime Team");
  });

  it("finds the body a name heads across an aside ('The Brandco union, which …, warned'), but not a name's supporters", () => {
    const text = "Brandco said on Monday it would delay its new battery plant. The Lakeport union, which represents 4,000 workers at its plants, warned that any delay would put jobs at risk.";
    expect(positionOf(text, "Lakeport")).toBe("opposes");
    const fans = "The council approved Ana Ruiz's plan on Monday. Ortiz supporters, angry at the vote, blasted the decision.";
    expect(positionOf(fans, "Ortiz")).toBeUndefined();
  });
  it("gives a councillor's vote and words to the councillor, past a party in brackets and a relative clause naming a ward", () => {
    const b = mustBrief({ text: "The council approved the plan on Monday. Cllr Miriam Oduya (Lib Dem), who represents Eastfield and voted against, said the plan was rushed. Cllr Peter Vance (Con), the council leader, said it was needed.", published: "2025-05-07" });
    expect(b.stance).toEqual(expect.arrayContaining([expect.objectContaining({ actor: "Miriam Oduya", position: "opposes" }), expect.objectContaining({ actor: "Peter Vance" })]));
    expect(b.stance.map((x) => x.actor)).not.toContain("Eastfield");
    expect(b.who.map((w) => w.name)).not.toContain("Lib Dem");
    expect(b.who.find((w) => w.name === "Peter Vance")?.role).toBe("council leader");
  });

  it("finds the speaker: not the object of a verb whose subject comes first, the person an official's title names, a body with its seat before the verb; an outlet's station is cited", () => {
    const b = mustBrief({ text: "The election commission declared Tom Hadley the winner on Monday. The U.S. Embassy in Tbilisi urged calm. Hadley told local radio station DZRB he would unite the country. The United Nations humanitarian coordinator for Georgia, Leila Okonjo, condemned the violence.", published: "2025-05-07" });
    const by = Object.fromEntries(b.stance.map((x) => [x.actor, x.verb]));
    expect(by["Tom Hadley"]).toBe("told");
    expect(by["U.S. Embassy"]).toBe("urged");
    expect(by["Leila Okonjo"]).toBe("condemned");
    expect(Object.keys(by)).not.toContain("Georgia");
    expect(b.source.citing).toContain("DZRB");
    expect(b.who.map((w) => w.name)).not.toContain("DZRB");
  });

  it("keeps a sentence whole across a shouted quotation, which names no one", () => {
    const b = mustBrief({ text: "Protesters clashed with police in several towns on Thursday, chanting \"Resign!\" and \"Thieves!\", while the government urged calm.", published: "2025-05-07" });
    expect(b.cited).toHaveLength(1);
    expect(b.who.map((w) => w.name)).not.toContain("Thieves");
  });

  it("gives a spokesperson's silence to the body they speak for: named right after 'for' however long the phrase, or the body just named", () => {
    const union = mustBrief({ text: "Renfrew Creameries agreed to merge with a rival on Monday. A spokesman for the Teamsters local that represents workers at four Renfrew plants did not respond to a request for comment.", published: "2025-05-07" });
    expect(union.stance).toEqual(expect.arrayContaining([expect.objectContaining({ actor: "Teamsters", position: "no_comment" })]));
    expect(union.stance.map((x) => x.actor)).not.toContain("Renfrew");
    const council = mustBrief({ text: "Kellsbury Borough Council said it would be reviewing the decision. A spokeswoman declined to comment further.", published: "2025-05-07" });
    expect(council.stance).toEqual(expect.arrayContaining([expect.objectContaining({ actor: "Kellsbury Borough Council", position: "no_comment" })]));
  });

  it("reads a warning after a disaster as describing the danger, and a verdict on a possessor's act ('called Moscow's response \"regrettable and unjustified\"') by its words, derived forms included", () => {
    const flood = mustBrief({ text: "Heavy floods hit northern Velmora on Tuesday, killing 40 people. Ana Ruiz, a Red Cross official, warned that disease could spread.", published: "2025-05-07" });
    expect(flood.stance.find((x) => x.actor === "Ana Ruiz")?.position).toBe("neutral");
    const expelled = mustBrief({ text: "Korvia expelled 12 Velmoran diplomats on Monday, saying that they had been spying on its army. Velmora's foreign minister Ingrid Halvorsen called Korvia's response \"regrettable and unjustified\".", published: "2025-05-07" });
    expect(expelled.stance.find((x) => x.actor === "Ingrid Halvorsen")).toMatchObject({ position: "opposes", verb: "called it" });
  });

  it("reads an appeal, an urging to reconsider and a condemnation in the words said as opposition", () => {
    const position = (text: string, actor: string) => mustBrief({ text, published: "2025-05-07" }).stance.find((x) => x.actor === actor)?.position;
    expect(position("A court ruled on Monday that Swiftly must pay its drivers as employees. Swiftly said it would appeal the ruling.", "Swiftly")).toBe("opposes");
    expect(position("A court ruled on Monday that Swiftly must pay its drivers as employees. Swiftly vowed to appeal.", "Swiftly")).toBe("opposes");
    expect(position("Halvorsen Steel said on Monday it would close its Port Talbot plant. The Welsh Government urged the company to reconsider.", "Welsh Government")).toBe("opposes");
    expect(position("Storms hit the coast on Monday. The Welsh Government urged residents to stay indoors.", "Welsh Government")).toBe("neutral");
    expect(position("Brandco recalled 40,000 pressure cookers on Monday after reports of burns. The Consumer Product Safety Commission urged consumers to stop using the cookers immediately.", "Consumer Product Safety Commission")).not.toBe("opposes");
    expect(position("A gunman killed five people at a market in Lakeport on Sunday. A State Department spokesman said the United States \"strongly condemns\" the attack.", "State Department")).toBe("opposes");
  });

  it("reads mild idioms of disagreement and defiance as opposition ('respectfully disagree', 'not the end of the road', 'will not go unanswered', 'far too late')", () => {
    const position = (text: string, actor: string) => mustBrief({ text, published: "2025-05-07" }).stance.find((x) => x.actor === actor)?.position;
    expect(position("A court ruled on Monday that Swiftly must pay its drivers as employees. \"We respectfully disagree with the ruling. This is not the end of the road, and we are confident we will prevail,\" said Tom Farrow, Swiftly's general counsel.", "Tom Farrow")).toBe("opposes");
    expect(position("Korvia expelled 12 Velmoran diplomats on Monday, saying they had been spying. \"Such unfriendly steps will not go unanswered,\" said Irina Volkova, a spokeswoman for the Velmoran foreign ministry.", "Irina Volkova")).toBe("opposes");
    expect(position("Brandco recalled 40,000 pressure cookers on Monday after reports of burns. The Consumer Safety Alliance said the recall came far too late and did not go far enough.", "Consumer Safety Alliance")).toBe("opposes");    // (A bid that "undervalues" the company; a decision "wrong in law"; "whether this can be challenged".)
    expect(position('Northway Grocers agreed to buy Pellam Foods for $1.2 billion on Monday. "This price undervalues the real estate alone," said Tova Brenner, a portfolio manager at Greyfield Capital, which holds 6% of Pellam.', "Tova Brenner")).toBe("opposes");
    expect(position('The Competition Office blocked the merger of Vanta Rail and Orrin Freight on Tuesday. "We believe this decision is wrong in law and in economics," said Vanta Rail chairman Idris Kallenborn.', "Idris Kallenborn")).toBe("opposes");
    // (Defiance after a defeat: "devastated but not defeated", "we will fight on".)
    expect(position("Plans for 300 homes on Wexley Fields were approved by Harrowgate District Council on Tuesday. Moira Castlebeck, who leads the Save Wexley Fields campaign, said residents were \"devastated but not defeated\".", "Moira Castlebeck")).toBe("opposes");
    expect(position("The Velmoran parliament passed the mining law on Tuesday. \"We lost today, but we will fight on in the courts,\" said Oren Haldane, who leads the opposition alliance.", "Oren Haldane")).toBe("opposes");
    expect(position("Korvia expelled 12 Velmoran diplomats on Monday. \"Velmora will not be intimidated,\" said its foreign minister, Ilse Warnholt.", "Ilse Warnholt")).toBe("opposes");
  });

  it("gives 'the lender said' to the lender just named, and keeps a police force's account of events neutral", () => {
    const bank = mustBrief({ text: "Harbour Bank closed 40 branches on Monday, blaming the move to online banking. The lender said the decision had been difficult but necessary.", published: "2025-05-07" });
    expect(bank.stance.find((x) => x.actor === "Harbour Bank")?.verb).toBe("said");
    const march = mustBrief({ text: "Thousands marched through Lakeport on Saturday against the housing law. Lakeport Police said four people had been arrested after a violent scuffle near the town hall.", published: "2025-05-07" });
    expect(march.stance.find((x) => x.actor === "Lakeport Police")?.position).toBe("neutral");
  });

  it("reads a loser conceding defeat as accepting the result", () => {
    const b = mustBrief({ text: "The electoral commission declared Ruth Rotich the winner of the governor race on Monday. Her rival, Daniel Achieng, conceded defeat on Tuesday and congratulated her.", published: "2025-05-07" });
    expect(b.stance.find((x) => x.actor === "Daniel Achieng")).toMatchObject({ position: "supports", verb: "conceded defeat" });
  });

});

describe("stance: who a pronoun is", () => {
  it("gives a pronoun to the subject named earlier in its sentence when the first name fits ('Hale was angry …, which he claimed')", () => {
    const text = 'Westfield beat Harbour City 2-1 on Saturday. "We were not done," Westfield striker Kofi Mensah said. Harbour City boss Victor Hale was angry about the winning goal, which he claimed came from an offside position.';
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.find((s) => s.verb === "claimed")?.actor).toBe("Victor Hale");
  });

  it("does not read a pronoun inside a quotation as the speaker of a verb there ('\"They were told …,\" he said')", () => {
    const text = 'Floods killed 31 people in the province on Sunday. The Red Cross said it was ready to send aid. Opposition leader Marcus Bell accused the government of ignoring warnings. "They were told months ago that the dams were not safe," he said.';
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.find((s) => s.quote?.includes("dams"))?.actor).not.toBe("Red Cross");
    expect(stances.filter((s) => s.actor === "Red Cross").map((s) => s.verb)).toEqual(["said"]);
  });

  it("reads votes and more ways of not commenting ('voted against', 'would not be commenting', '… said his office was reviewing it and declined to comment further')", () => {
    const text = "The transit board approved a fare rise on Monday. A spokeswoman for Mayor Colin Ashby said the mayor's office was reviewing the decision and declined to comment further. Board member Gerald Fong voted against the plan. The Westfield council said it would not be commenting. Board chair Ana Ruiz voted for it.";
    const positions = Object.fromEntries(mustBrief({ text, published: "2025-05-07" }).stance.map((s) => [s.actor, s.position]));
    expect(positions).toMatchObject({ "Colin Ashby": "no_comment", "Gerald Fong": "opposes", Westfield: "no_comment", "Ana Ruiz": "supports" });
  });

  it("ends a sentence at the platform X ('wrote on X. Senator …'), makes no actor of where a post went, and no name of 'Tonight'", () => {
    const b = mustBrief({ text: 'Voters in Kelderby went to the polls on Tuesday. "Tonight Kelderby voted for change," Governor Ada Okoye wrote on X. Senator Harlan Briggs wrote on X: "This result is a disgrace."', published: "2025-05-07" });
    expect(b.stance.find((s) => s.actor === "Harlan Briggs")?.quote).toContain("disgrace");
    expect(b.stance.find((s) => s.actor === "Ada Okoye")?.quote ?? "").not.toContain("disgrace");
    expect(b.who.find((w) => w.name === "Harlan Briggs")?.role).toBe("Senator");
    const names = b.who.map((w) => w.name);
    for (const junk of ["X", "X.", "Tonight Kelderby"]) expect(names).not.toContain(junk);
  });

  it("names the reporting verb alone ('told', not 'told the'; 'wrote', not 'wrote on')", () => {
    const text = "Lakeport council approved the new stadium on Monday. Mayor Ana Ruiz told the Lakeport Herald it was a great day. Tom Hadley wrote on Facebook that it was a disgrace.";
    const verbs = mustBrief({ text, published: "2025-05-07" }).stance.map((s) => s.verb);
    expect(verbs).toEqual(expect.arrayContaining(["told", "wrote"]));
    expect(verbs).not.toContain("told the");
  });

  it("gives 'it' to the body the sentence is about before the one the last sentence was ('Brandco said it was disappointed by the action, which it said …')", () => {
    const text = "Bus drivers in Lakeport walked out on Tuesday. The strike was called by the Lakeport Drivers Union. Brandco said it was disappointed by the action, which it said was unnecessary.";
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.map((s) => s.actor)).not.toContain("Lakeport Drivers Union");
    expect(stances.find((s) => s.actor === "Brandco")?.position).toBe("opposes");
  });

  it("does not take a product for 'the company' ('the Brandco Gentle and Brandco Comfort formulas … the company said')", () => {
    const text = "Brandco Nutrition is recalling 600,000 cans of infant formula, regulators said on Friday. The recall covers the Brandco Gentle and Brandco Comfort formulas sold in 38 states. No illnesses have been reported, the company said.";
    const actors = mustBrief({ text, published: "2025-05-07" }).stance.map((s) => s.actor);
    expect(actors).not.toContain("Brandco Comfort");
    expect(actors).not.toContain("Brandco Gentle");
  });

  it("never takes a town for 'the company' ('Trains to Exeter were cancelled. The company said …')", () => {
    const text = "A storm hit the south-west on Sunday. Brandco Rail said services would resume on Monday. Trains to Exeter were cancelled. The company said trees had fallen on the line.";
    expect(mustBrief({ text, published: "2025-05-07" }).stance.map((s) => s.actor)).toEqual(["Brandco Rail"]);
  });

  it("gives the answers of a Q&A interview to the person it is with", () => {
    const text = "Brandco Water on Monday announced a hosepipe ban for two million customers. We spoke to its chief executive, Fiona Mackintosh.\n\nQ: Why a ban now?\n\nA: Because we have had the driest winter on record. Acting now is the responsible thing to do, and I am proud of our staff.\n\nQ: Critics call it a failure of planning. What do you say?\n\nA: We followed our drought plan to the letter. I am confident it is the right decision.";
    const b = mustBrief({ text, published: "2025-05-07" });
    const mine = b.stance.find((s) => s.actor === "Fiona Mackintosh");
    expect(mine).toMatchObject({ position: "supports", verb: "answered" });
    expect(text).toContain(mine!.quote!);
  });

  it("weighs a verdict on the decision itself ('the right decision', 'the wrong decision')", () => {
    const positionOf = (verdict: string) => mustBrief({ text: `The council voted on Tuesday to close the old baths in Lakeport. Resident Ana Pryce said: "The roof is failing and the boilers are dangerous. ${verdict}"`, published: "2025-05-07" }).stance.find((s) => s.actor === "Ana Pryce")?.position;
    expect(positionOf("This is the right decision for the town.")).toBe("supports");
    expect(positionOf("It was the wrong decision.")).toBe("opposes");
  });

  it("reads a side taken and then hedged as neutral ('supported the pact in principle but had serious reservations')", () => {
    const positionOf = (sentence: string) => mustBrief({ text: `Leaders signed a new security pact in Lakeport on Monday. ${sentence} Korvia welcomed the deal.`, published: "2025-05-07" }).stance.find((s) => s.actor === "Ana Ruiz")?.position;
    expect(positionOf("President Ana Ruiz supported the pact in principle but had serious reservations about its cost.")).toBe("neutral");
    expect(positionOf("President Ana Ruiz backed the pact but warned it would be a disaster for farmers.")).toBe("neutral");
    expect(positionOf("President Ana Ruiz backed the pact, calling it a great day for peace.")).toBe("supports");
  });

  it("gives a quote to the person after a place that opens their role ('said Alder Canyon resident Brian Kowalski')", () => {
    const stances = mustBrief({ text: 'A wildfire forced thousands to flee their homes on Monday. "We lost everything," said Alder Canyon resident Brian Kowalski.', published: "2025-05-07" }).stance;
    expect(stances.map((s) => s.actor)).toEqual(["Brian Kowalski"]);
  });

  it("gives 'said she would not comment' to the one who said it, and no stance for being asked", () => {
    const text = "Bus drivers in Lakeport walked out on Monday in a row over pay. Union leader Janet Okoro said the strike would go on. Transport Secretary Helen Marsh, asked about the dispute on Tuesday, said she would not comment on an active negotiation.";
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.filter((s) => s.actor === "Helen Marsh")).toEqual([expect.objectContaining({ position: "no_comment" })]);
    expect(stances.filter((s) => s.actor === "Janet Okoro").map((s) => s.position)).not.toContain("no_comment");
    const opening = mustBrief({ text: "Councillors in Lakeport approved the housing plan on Monday. Resident Robert Yelland called the plan a disgrace. Asked for his view, the town's MP, Dominic Ashworth, said he would not comment until the inquiry ended.", published: "2025-05-07" }).stance;
    expect(opening.find((s) => s.position === "no_comment")?.actor).toBe("Dominic Ashworth");
    const askedBy = mustBrief({ text: "Early voting in Lakeport began on Tuesday. Mayor Frank Osterhaus declined to comment when asked by the Lakeport Ledger about the race.", published: "2025-05-07" }).stance;
    expect(askedBy.map((s) => s.actor)).toEqual(["Frank Osterhaus"]);
  });

  it("does not give a pronoun to a possessor or to someone whose first name does not say it fits", () => {
    const text = 'The council approved the new park on Monday. Ana Ruiz praised the plan. Referring to the speech Robin Brooks delivered on Sunday, she said: "This is a wonderful day."';
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.find((s) => s.quote?.includes("wonderful"))?.actor).toBe("Ana Ruiz");
  });
  it("reads explicit positions in quotes ('We firmly oppose …', 'We reserve the right to respond in kind', 'We will fill the streets', 'This sends exactly the right signal')", () => {
    const text = "Velmora on Monday announced a planned arms sale to Korvia. \"We firmly oppose any arms sales to Korvia,\" foreign ministry spokesman Tian Bo said. \"We reserve the right to respond in kind,\" said Irina Sokol, a defence ministry spokeswoman. \"We will fill the streets,\" union leader Tom Riddell said. \"This sends exactly the right signal,\" said Jane Porter, the party's deputy leader.";
    const stances = Object.fromEntries(mustBrief({ text, published: "2017-03-31" }).stance.map((x) => [x.actor, x.position]));
    expect(stances).toMatchObject({ "Tian Bo": "opposes", "Irina Sokol": "opposes", "Tom Riddell": "opposes", "Jane Porter": "supports" });
  });
  it("reads votes as positions ('voted in favour', 'abstained') and gives a list's verb to every actor joined in its subject ('Britain, France and the United States voted …')", () => {
    const text = "Velmora on Wednesday vetoed a resolution on the disputed election. Bolivia voted against the resolution, while Kazakhstan abstained. Britain, France and the United States voted in favour.";
    const stances = Object.fromEntries(mustBrief({ text, published: "2017-04-13" }).stance.map((x) => [x.actor, x.position]));
    expect(stances).toMatchObject({ Bolivia: "opposes", Kazakhstan: "neutral", Britain: "supports", France: "supports", "United States": "supports" });
  });
  it("does not treat an event as an incident because its cause is one ('opens probe into jail after string of inmate deaths'), so support still counts", () => {
    const text = "The Justice Department opened a civil rights investigation into the Tallow County jail on Tuesday after a string of inmate deaths. \"We fully support the Justice Department's action,\" said Maria Lopez, head of the Prison Reform Project.";
    const stances = Object.fromEntries(mustBrief({ title: "DOJ opens probe into jail after string of inmate deaths", text, published: "2017-06-07" }).stance.map((x) => [x.actor, x.position]));
    expect(stances["Maria Lopez"]).toBe("supports");
  });
  it("reads a crime named in a relative clause of a court's step as no incident ('Man who stabbed teenager jailed for life'): welcoming the sentence supports it", () => {
    const text = "A man who stabbed a teenager outside a chip shop has been jailed for life. Detective Chief Inspector Mark Hollis welcomed the sentence. \"I hope today's outcome brings some comfort to the family,\" he said.";
    const stances = Object.fromEntries(mustBrief({ title: "Man who stabbed teenager outside chip shop jailed for life", text, published: "2019-01-11" }).stance.map((x) => [x.actor, x.position]));
    expect(stances["Mark Hollis"]).toBe("supports");
  });
  it("reads incident words used as figures of speech as no incident ('drawing fire from environmental groups', 'shares fell'): praise and criticism count", () => {
    const text = "The Environmental Protection Agency on Thursday proposed rolling back a coal ash rule. The American Coal Power Council praised the move. Representative Margaret Dunleavy called it \"reckless\".";
    const stances = Object.fromEntries(mustBrief({ title: "EPA moves to roll back coal ash rule, drawing fire from environmental groups", text, published: "2019-07-19" }).stance.map((x) => [x.actor, x.position]));
    expect(stances).toMatchObject({ "American Coal Power Council": "supports", "Margaret Dunleavy": "opposes" });
    const shares = Object.fromEntries(mustBrief({ title: "Brandco shares fell after profit warning", text: "Brandco shares fell 12% on Monday after the company cut its forecast. Analyst Ana Ruiz welcomed the candour.", published: "2019-07-19" }).stance.map((x) => [x.actor, x.position]));
    expect(shares["Ana Ruiz"]).toBe("supports");
  });
  it("ties an official to the body that carries the event out through a role after a capitalised possessor ('the EPA's acting assistant administrator')", () => {
    const text = "The Environmental Protection Agency on Thursday proposed rolling back a coal ash rule. \"This proposal puts decisions back where they belong,\" said Diane Holcomb, the EPA's acting assistant administrator for land and emergency management.";
    const b = mustBrief({ title: "EPA proposes rolling back coal ash rule", text, published: "2019-07-19" });
    expect(b.who.find((w) => w.name === "Diane Holcomb")?.role).toBe("EPA's acting assistant administrator for land and emergency management");
    expect(b.stance.find((x) => x.actor === "Diane Holcomb")?.position).toBe("supports");
  });
  it("reads a verb inside a quotation that runs over sentences as the quoted speaker's words, not a report by someone it names ('… he reported it,\" Ferraro told')", () => {
    const text = "The school board fired head coach Rick Dawson on Thursday after a hazing inquiry, officials said.\n\n\"Coach Dawson has given his life to these kids. The moment he found out, he reported it,\" lawyer Michael Ferraro told reporters.\n\n\"Brandco denied consumers the benefits of competition. This is illegal,\" commissioner Helene Vestergaard told reporters.";
    const b = mustBrief({ title: "Coach fired amid hazing probe", text, published: "2017-10-20" });
    const actors = b.stance.map((x) => x.actor);
    expect(actors).toEqual(expect.arrayContaining(["Michael Ferraro", "Helene Vestergaard"]));
    expect(b.stance.filter((x) => x.verb === "reported" || x.verb === "denied")).toEqual([]);
  });
  it("gives a quote closed by 'he said' to the one who spoke just before, not to a person that speaker's sentence mentions", () => {
    const text = "A police officer shot dead a motorist during a traffic stop on Saturday, police said.\n\nThe Rev. Cornelius Baxter, pastor of the church where Darnell Whitfield's grandmother worships, called for calm but said the community had lost patience. \"We have been told to wait before. We waited and nothing happened,\" he said.";
    const b = mustBrief({ title: "Officer shoots motorist during traffic stop", text, published: "2017-08-06" });
    const quoted = b.stance.find((x) => x.quote?.startsWith("We have been told"));
    expect(quoted?.actor).toBe("Cornelius Baxter");
    // Someone else named in between takes the pronoun back.
    const between = mustBrief({ title: "Officer shoots motorist during traffic stop", text: "A police officer shot dead a motorist on Saturday, police said.\n\nThe Rev. Cornelius Baxter called for calm. Mayor Tom Hadley visited the scene. \"We will find out what happened,\" he said.", published: "2017-08-06" });
    expect(between.stance.find((x) => x.quote?.startsWith("We will find out"))?.actor).toBe("Tom Hadley");
  });
  it("reads plain words of criticism AFINN lacks and hyphenated ones ('short-sighted', 'shortchanged', 'without merit') as opposition", () => {
    const text = "The city council on Tuesday approved $40 million in budget cuts, closing three libraries. Councillor Ana Ruiz called the decision \"short-sighted\". Mayor Jo Park said the budget shortchanged schools. Union leader Tom Hadley said the plan was \"without merit\".";
    const stances = Object.fromEntries(mustBrief({ title: "Council approves budget cuts", text, published: "2019-01-16" }).stance.map((x) => [x.actor, x.position]));
    expect(stances).toMatchObject({ "Ana Ruiz": "opposes", "Jo Park": "opposes", "Tom Hadley": "opposes" });
  });
  it("gives no stance to the object of a verb that takes a side ('which endorsed Connor McAvoy', 'blamed Tom Hadley for the defeat'), and reads a relative clause's verb as background", () => {
    const text = "The U.S. Senate on Friday rejected a bill to expand health subsidies, 51 to 49. The United Steelworkers, which endorsed Connor McAvoy last year, said the vote was a betrayal. Rebel leader Ana Ruiz blamed Tom Hadley for the defeat.";
    const stances = Object.fromEntries(mustBrief({ title: "Senate rejects health bill", text, published: "2017-07-28" }).stance.map((x) => [x.actor, x.position]));
    expect(stances["Connor McAvoy"]).toBeUndefined();
    expect(stances["Tom Hadley"]).toBeUndefined();
    expect(stances["United Steelworkers"]).toBe("opposes");
    // Right after what was said, the verb is inverted: the name after it speaks.
    const inverted = Object.fromEntries(mustBrief({ title: "Senate rejects health bill", text: "The U.S. Senate on Friday rejected a bill to expand health subsidies. \"This will hurt millions of families,\" warned Ana Ruiz, a health economist.", published: "2017-07-28" }).stance.map((x) => [x.actor, x.position]));
    expect(inverted["Ana Ruiz"]).toBe("opposes");
  });
  it("reads a seat of government's spokesman as the country speaking ('A Downing Street spokesman declined to comment', 'A Kremlin spokesman said')", () => {
    const text = "Rail fares will rise by 3.1% in January, ministers announced on Tuesday. A Downing Street spokesman declined to comment. A Kremlin spokesman said the sanctions were an internal matter.";
    const b = mustBrief({ title: "Rail fares to rise", text, published: "2017-07-28" });
    expect(b.stance.find((x) => x.position === "no_comment")?.actor).toBe("United Kingdom");
    expect(b.stance.map((x) => x.actor)).toContain("Russia");
    expect(b.where.map((w) => w.name)).not.toContain("Kremlin");
  });
  it("finds the event's doer past a date between subject and verb ('Kansas Gov. Ana Ruiz on Friday vetoed …'): the doer supports", () => {
    const text = "TOPEKA, Kan. (AP) — Kansas Gov. Margaret Ellison on Friday vetoed a bill that would have allowed adoption agencies to refuse gay couples, saying it would \"send the wrong message.\"\n\nSenate leader Jim Denning said he was disappointed.";
    const stances = Object.fromEntries(mustBrief({ text, published: "2018-04-07" }).stance.map((x) => [x.actor, x.position]));
    expect(stances["Margaret Ellison"]).toBe("supports");
  });
  it("does not make the subject of a passive the event's doer ('Governor indicted on bribery charges', 'was indicted … by a grand jury'): their denial opposes", () => {
    const text = "Lt. Gov. Karen Whitfield was indicted on Tuesday by a federal grand jury on bribery charges, prosecutors said. Whitfield denied wrongdoing in a statement.";
    const stances = Object.fromEntries(mustBrief({ title: "Lieutenant governor indicted on federal bribery charges", text, published: "2017-05-17" }).stance.map((x) => [x.actor, x.position]));
    expect(stances["Karen Whitfield"]).toBe("opposes");
  });
  it("hears the usual words of condemning an attack ('a senseless act of evil', 'cowardly') as opposition, and sympathy as neutral", () => {
    const text = "A gunman opened fire at a shopping mall in Harlow on Saturday, killing five people, police said. \"This was a senseless act of evil,\" Governor Ann Whitcombe said. \"Our thoughts are with the families,\" Mayor Tom Reed said. \"A cowardly attack on innocent shoppers,\" said Senator Lee Park.";
    const stances = Object.fromEntries(mustBrief({ text, published: "2017-06-05" }).stance.map((x) => [x.actor, x.position]));
    expect(stances).toMatchObject({ "Ann Whitcombe": "opposes", "Tom Reed": "neutral", "Lee Park": "opposes" });
  });
});

describe("stance: calls for justice, a system called rigged, excuses", () => {
  it("hears a call to bring an attack's perpetrators to justice, and violence that 'has no place' here, as opposition", () => {
    const text = "A suicide bomber attacked the consulate in Harlow on Thursday night, killing six people, officials said. \"The perpetrators must be brought to justice,\" Foreign Minister Ana Ruiz said. Mayor Tom Reed said such violence \"has no place in our city\".";
    const stances = Object.fromEntries(mustBrief({ text, published: "2017-06-05" }).stance.map((x) => [x.actor, x.position]));
    expect(stances).toMatchObject({ "Ana Ruiz": "opposes", "Tom Reed": "opposes" });
  });
  it("hears 'a rigged system' and 'looking for excuses' as opposition", () => {
    const rigged = mustBrief({ text: "The inquiry cleared the senator on Sunday. \"The senator is being protected by a rigged system,\" Ana Ruiz told a rally.", published: "2017-06-05" });
    expect(rigged.stance.find((x) => x.actor === "Ana Ruiz")?.position).toBe("opposes");
    const excuses = mustBrief({ text: "The senator blamed the inquiry for her defeat on Saturday. \"She is looking for excuses when she should be looking in the mirror,\" said Tom Reed, a rival's spokesman.", published: "2017-06-05" });
    expect(excuses.stance.find((x) => x.actor === "Tom Reed")?.position).toBe("opposes");
  });
});

describe("stance: approached for comment", () => {
  it("reads 'X has been approached for comment' as no comment yet", () => {
    const b = mustBrief({ text: "Lakeport Rovers sacked manager Tom Hadley on Sunday after a 4-0 defeat. Hadley has been approached for comment.", published: "2017-06-05" });
    expect(b.stance.find((x) => x.actor === "Tom Hadley")?.position).toBe("no_comment");
  });
});

describe("stance: defying an attack", () => {
  it("hears defiance after an attack ('terror will never …', 'stands with Velmora against terror', 'we will not be intimidated') as opposition to it", () => {
    const text = "A van ploughed into crowds in Lakeport on Thursday, killing 13 people. \"Terror will never make us stop being who we are,\" Mayor Ana Ruiz said. Prime Minister Tom Hadley said his country \"stands with Velmora against terror\". \"We will not be intimidated,\" said Omar Aziz.";
    const stances = Object.fromEntries(mustBrief({ text, published: "2017-06-05" }).stance.map((x) => [x.actor, x.position]));
    expect(stances).toMatchObject({ "Ana Ruiz": "opposes", "Tom Hadley": "opposes", "Omar Aziz": "opposes" });
  });
});

describe("stance: police by their initials, tributes", () => {
  it("hears a city police department named by its initials ('LKPD') report arrests as neutral, and a tribute ('will be sorely missed') as no opposition", () => {
    const police = mustBrief({ text: "Protesters marched through Lakeport on Wednesday night. The LKPD said 65 people were arrested in the violent clashes.", published: "2017-06-05" });
    expect(police.stance.find((x) => x.actor === "LKPD")?.position).toBe("neutral");
    const tribute = mustBrief({ text: "Ana Ruiz retired from racing on Sunday after ten seasons with the team. \"She will be sorely missed,\" team principal Tom Hadley said.", published: "2017-06-05" });
    expect(tribute.stance.find((x) => x.actor === "Tom Hadley")?.position).not.toBe("opposes");
  });
});

describe("stance: two reports in one sentence", () => {
  it("gives each speaker the quote on their side of ', while' ('X said she would \"not acquiesce …\", while Y said people should \"love our neighbours\"')", () => {
    const b = mustBrief({ text: "The court struck down the ban on Friday. Former governor Ana Ruiz said she would \"not acquiesce to an imperial court,\" while former governor Tom Hadley said people should now \"love our neighbours.\"", published: "2017-06-05" });
    const ruiz = b.stance.find((x) => x.actor === "Ana Ruiz");
    expect(ruiz?.quote).toMatch(/acquiesce/);
    expect(ruiz?.position).toBe("opposes");
    expect(b.stance.find((x) => x.actor === "Tom Hadley")?.quote).toMatch(/neighbours/);
  });
});

describe("stance: cues read as a side", () => {
  it("reads 'a hammer blow' as opposition, 'the right one' as support and 'premature' as opposition", () => {
    expect(positionOf("Brandco Motors said on Monday it would close its Harrowgate plant. Union official Ana Ruiz said the closure was \"a hammer blow for the town\".", "Ana Ruiz")).toBe("opposes");
    expect(positionOf("The Harrowgate council approved a ban on plastic bags on Monday. \"This is a small step, but it's the right one,\" said councillor Ana Ruiz.", "Ana Ruiz")).toBe("supports");
    expect(positionOf("Scientists at Pellinore University named a new dinosaur species on Monday. Dr Tom Hadley said: \"Naming a species on the basis of an incomplete skeleton is premature.\"", "Tom Hadley")).toBe("opposes");
  });

  it("takes 'alone' after what it limits as 'only', no sadness ('the thigh bone alone is taller than I am')", () => {
    expect(positionOf("Scientists at Pellinore University unveiled a new dinosaur species on Monday. \"The thigh bone alone is taller than I am,\" said Dr Ana Ruiz, who led the team.", "Ana Ruiz")).not.toBe("opposes");
  });

  it("reads talks that collapse as no incident: a strike's critics oppose it", () => {
    const text = "About 900 teachers in Harrowgate went on strike on Monday after months of failed negotiations. Superintendent Tom Hadley called the strike \"unnecessary and harmful to students.\"";
    const b = mustBrief({ title: "Harrowgate teachers walk out as contract talks collapse", text, published: "2025-05-07" });
    expect(b.stance.find((x) => x.actor === "Tom Hadley")?.position).toBe("opposes");
  });
});

describe("stance: incidents and those tied to the doer", () => {
  it("reads 'an act of pure evil' as condemnation after a shooting", () => {
    const b = mustBrief({ title: "Three dead in Quillmark mall shooting", text: "A gunman opened fire at a shopping mall in Quillmark on Saturday, killing three people, police said. Mayor Ana Ruiz called the shooting \"an act of pure evil.\"", published: "2025-05-11" });
    expect(b.stance.find((x) => x.actor === "Ana Ruiz")?.position).toBe("opposes");
  });

  it("reads people 'hurt' as an incident, whose describers take no side, but not a result that 'hurt' a campaign", () => {
    const crash = mustBrief({ title: "Car driven into café terrace in Quillmark, seven hurt", text: "A man drove his car into a crowded café terrace in Quillmark on Sunday evening. Prosecutor Ana Ruiz said the evidence pointed to a personal dispute and that the suspect had argued with staff.", published: "2025-05-12" });
    expect(crash.stance.find((x) => x.actor === "Ana Ruiz")?.position).toBe("neutral");
    const campaign = mustBrief({ text: "Her campaign said on Tuesday that the result had only hurt it with voters. \"This is a rigged system,\" campaign chairman Tom Hadley said.", published: "2025-05-12" });
    expect(campaign.stance.find((x) => x.actor === "Tom Hadley")?.position).toBe("opposes");
  });

  it("negates a word only across no verb ('cannot see the pain' is no praise)", () => {
    const text = "Agriculture Minister Tom Hadley said on Monday that farmer suicides had personal causes. \"This is an insult to every farmer's family. A man who cannot see the pain of the people who feed this state has no business being a minister,\" opposition leader Ana Ruiz said.";
    expect(mustBrief({ text, published: "2025-05-14" }).stance.find((x) => x.actor === "Ana Ruiz")?.position).toBe("opposes");
  });

  it("finds the speaker after the verb past a possessive and a role ('…,\" said Velmora's Trade Secretary Ana Ruiz')", () => {
    const b = mustBrief({ text: "Velmora signed the trade deal on Monday. \"This is a good day for our traders,\" said Velmora's Trade Cabinet Secretary Ana Ruiz. \"We are proud of this step,\" said Korvia's environment minister Tom Hadley, who chaired the talks.", published: "2025-05-14" });
    expect(b.stance.find((x) => x.actor === "Ana Ruiz")?.quote).toMatch(/good day/);
    expect(b.stance.find((x) => x.actor === "Tom Hadley")?.quote).toMatch(/proud/);
  });

  it("takes the person named in an aside after a body, an honorific before the name, as the speaker (', Comrade Ana Ruiz, said')", () => {
    const b = mustBrief({ text: "The governor opened the clinic on Monday. The chairman of the Nurses Welfare Association, Comrade Ana Ruiz, said the state could not staff it.", published: "2025-05-14" });
    expect(b.stance.map((x) => x.actor)).toContain("Ana Ruiz");
    expect(b.who.map((w) => w.name)).not.toContain("Comrade Ana Ruiz");
  });

  it("gives 'declined to comment' to the sentence's subject when no reporting verb names who", () => {
    const b = mustBrief({ text: "Velmora summoned Korvia's ambassador on Monday over the border incident. Korvian Ambassador Ana Ruiz left the ministry without speaking to journalists and declined to comment when asked about the incident.", published: "2025-05-14" });
    expect(b.stance.find((x) => x.actor === "Ana Ruiz")?.position).toBe("no_comment");
  });

  it("does not make a company the doer of a lawsuit its former employees file against it", () => {
    const b = mustBrief({ text: "Three former employees of software company Quillmark Systems have filed a lawsuit accusing the company of denying them overtime pay. Quillmark spokeswoman Ana Ruiz said the company \"strongly disputes\" the allegations.", published: "2025-05-14" });
    expect(b.stance.find((x) => x.actor === "Ana Ruiz")?.position).toBe("opposes");
    expect(b.stance.find((x) => x.actor === "Quillmark Systems")?.position).not.toBe("supports");
  });

  it("reads a campaign 'to overturn the decision' as opposition, though the group's name shares the council's town", () => {
    const b = mustBrief({ title: "Council approves $84M stadium deal", text: "The Port Ravensby City Council voted 5-4 on Monday to approve an $84 million stadium deal. Tom Hadley, a spokesman for the residents' group Taxpayers for a Fair Ravensby, said the group would collect signatures for a referendum to overturn the decision.", published: "2025-05-12" });
    expect(b.stance.find((x) => x.actor === "Tom Hadley")?.position).toBe("opposes");
  });

  it("reads a verdict's sides by the speakers' parts: a judge and a prosecutor condemning the crime back the sentence, a defence lawyer opposes it", () => {
    const text = "Former treasurer Tom Hadley was jailed for four years on Friday for stealing £310,000 from a hospice charity. Judge Ana Ruiz told him he had betrayed the trust of dying people and their families. Prosecutor Dana Vellacourt said the fraud was calculated and cruel. Defence barrister Ravi Okonjo said his client had lost everything.";
    expect(positionOf(text, "Ana Ruiz")).toBe("supports");
    expect(positionOf(text, "Dana Vellacourt")).toBe("supports");
    expect(positionOf(text, "Ravi Okonjo")).toBe("opposes");
    const appeal = "Former treasurer Tom Hadley was jailed for four years on Friday for stealing £310,000 from a hospice charity. Prosecutor Dana Vellacourt said the sentence was unduly lenient and the Crown would consider an appeal.";
    expect(positionOf(appeal, "Dana Vellacourt")).not.toBe("supports");
  });

  it("gives a quotation running over two sentences to the speaker named after it, not to the body a pronoun inside it might mean", () => {
    const b = mustBrief({ text: 'At least 14 people were killed on Monday when a train hit a freight train in Peru, the health ministry said.\n"The signals on this line have not worked for years. Everyone knows it," said Ravi Okonjo, 38, a teacher.', published: "2025-05-07" });
    expect(b.stance.find((x) => x.quote?.startsWith("The signals"))?.actor).toBe("Ravi Okonjo");
  });

  it("finds the speaker named before an aside that names a body, when an adverb stands before the verb ('…, also criticised')", () => {
    const text = 'Governor Ana Ruiz vetoed a fuel tax increase on Tuesday. Tom Hadley, executive director of the Quellbrook Roadbuilders Alliance, also criticised the governor, saying that "this veto will cost drivers far more in repairs."';
    expect(positionOf(text, "Tom Hadley")).toBe("opposes");
  });

  it("reads 'declined to confirm' and 'we don't comment on' as no comment", () => {
    const text = 'Senator Tom Hadley resigned on Monday after a newspaper reported he had been under investigation. Press secretary Ana Ruiz declined to confirm the report. "We don\'t comment on personnel matters," said Dana Vellacourt, a spokeswoman for the Quellbrook Party.';
    expect(positionOf(text, "Ana Ruiz")).toBe("no_comment");
    expect(mustBrief({ text, published: "2025-05-07" }).stance.some((x) => x.actor === "Dana Vellacourt" && x.position === "no_comment")).toBe(true);
  });

  it("takes a side from one plain word in the speaker's own quoted words, not in a reporter's paraphrase", () => {
    const plan = "Lakeport council approved a new tram line on Tuesday.";
    expect(positionOf(`${plan} "I doubt it will ever run on time," said Marek Olstad, who lives on the route.`, "Marek Olstad")).toBe("opposes");
    expect(positionOf(`${plan} "We agree with the route," said Dorota Quill of Fenwick Tramways.`, "Dorota Quill")).toBe("supports");
    // Paraphrase: the word may describe what others did.
    expect(positionOf(`${plan} Marek Olstad said residents had doubted the old plan.`, "Marek Olstad")).toBe("neutral");
  });

  it("reads a relative clause that takes a side on the event itself as the speaker's ('who recommended the closures')", () => {
    const text = "Lakeport council voted on Monday to close two schools.\n\nSuperintendent Ana Ruiz, who recommended the closures in November, said the district could no longer run half-empty buildings.";
    expect(positionOf(text, "Ana Ruiz")).toBe("supports");
    const against = "Lakeport council voted on Monday to close two schools.\n\nCouncillor Marek Olstad, who voted against the closure, said parents had been ignored for months.";
    expect(positionOf(against, "Marek Olstad")).toBe("opposes");
    // What the event acts on is not the event: the bill's author backs the bill the Senate threw out.
    const bill = "The Senate defeated a bill to raise the minimum wage on Tuesday.\n\nSenator Ana Ruiz, who introduced the bill, said she would try again next year.";
    expect(positionOf(bill, "Ana Ruiz")).not.toBe("supports");
  });

  it("makes the holder of a headline's office the doer ('Wendlow governor signs law'), and the one urged no speaker", () => {
    const text = 'Wendlow governor signs law raising smoking age to 21\n\nWendlow Gov. Ana Ruiz signed a bill on Thursday raising the minimum age to buy tobacco to 21.\n"Every year, thousands of Wendlow kids pick up a habit that will shorten their lives," Ruiz said.\nTom Hadley, president of the Wendlow Retailers Association, said shops would lose sales. The association had urged Ruiz to veto the bill.';
    const stances = mustBrief({ text, published: "2025-05-07" }).stance;
    expect(stances.find((x) => x.actor === "Ana Ruiz")).toMatchObject({ position: "supports", verb: "said" });
    expect(stances.find((x) => x.actor === "Wendlow Retailers Association")?.position).toBe("opposes");
  });

  it("reads a headline's 'gets 5 years' as a verdict, which a prosecutor's request backs", () => {
    const text = 'Former Lakeport treasurer gets 5 years for fraud\n\nA former treasurer of Lakeport council was sentenced on Monday to five years in prison for stealing $400,000 from the town. Assistant District Attorney Marek Olstad had asked for the maximum term, telling the court the defendant "chose cruises over crossing guards".';
    expect(positionOf(text, "Marek Olstad")).toBe("supports");
  });

  it("reads common words of criticism and backing AFINN lacks ('cultural vandalism', 'excessive', 'fully behind')", () => {
    const plan = "Lakeport council voted on Tuesday to close four libraries.";
    expect(positionOf(`${plan} Marek Olstad said the vote was "an act of cultural vandalism".`, "Marek Olstad")).toBe("opposes");
    expect(positionOf(`${plan} "Closing all four at once is excessive," said Marek Olstad.`, "Marek Olstad")).toBe("opposes");
    expect(positionOf(`${plan} "We are fully behind the council on this," said Dorota Quill.`, "Dorota Quill")).toBe("supports");
    expect(positionOf(`${plan} "It is right that the council acts now," said Dorota Quill.`, "Dorota Quill")).toBe("supports");
    expect(positionOf(`${plan} Marek Olstad said the promised mobile service did "not go nearly far enough".`, "Marek Olstad")).toBe("opposes");
  });

  it("gives a body's silence to it past where it is and an aside ('a spokesperson for the Museum of Polar Life in Ottawa, which …, declined')", () => {
    const text = "Villagers asked on Monday for the return of a fossil taken from Lakeport in 1920. A spokesperson for the Museum of Polar Life in Ottawa, which has expressed interest in exhibiting the fossil, declined to comment on the request.";
    expect(positionOf(text, "Museum of Polar Life")).toBe("no_comment");
  });

  it("reads 'could not be contacted' and 'declined to speak to reporters' as no comment", () => {
    const text = "A bus plunged into a gorge near Tarrow on Sunday, killing 12 people. Bus owner Ravi Okonjo could not be contacted for comment. The Brindlemoor coach, Dan Vellacourt, declined to speak to reporters.";
    expect(positionOf(text, "Ravi Okonjo")).toBe("no_comment");
    expect(positionOf(text, "Dan Vellacourt")).toBe("no_comment");
  });

  it("reads a quotation that goes on the paragraph after 'Ruiz said.' as the speaker's", () => {
    const text = 'The Dunmoor county board on Tuesday approved a cap on local levy increases.\n"Nobody in this county asked for a cap," board member Tessa Wrenfield said. "This is a solution in search of a problem, and small towns will pay for it."\nThe cap takes effect in July.';
    expect(positionOf(text, "Tessa Wrenfield")).toBe("opposes");
  });

  it("reads a demand that the decision 'be scrapped' or 'called in for scrutiny', and 'We'll be appealing', as opposition", () => {
    const decided = "The Dunmoor county board on Tuesday approved new parking charges.\n";
    expect(positionOf(`${decided}Councillor Tessa Wrenfield called for the decision to be called in for scrutiny.`, "Tessa Wrenfield")).toBe("opposes");
    expect(positionOf(`${decided}Councillor Tessa Wrenfield called for the charges to be scrapped.`, "Tessa Wrenfield")).toBe("opposes");
    const banned = 'The Dunmoor Rugby League tribunal on Tuesday banned forward Ivo Pellimore for four matches.\n"Four matches for that. We\'ll be appealing, no question," club chairman Tessa Wrenfield said.';
    expect(positionOf(banned, "Tessa Wrenfield")).toBe("opposes");
  });

  it("reads turning criticism of the event away ('rejected the claim') as support", () => {
    const text = 'Ivo Pellimore won the Dunmoor marathon on Sunday in a course record.\nA rival said the pacemakers had favoured him. Race director Tessa Wrenfield rejected the claim and said every runner had the same pacing schedule.';
    expect(positionOf(text, "Tessa Wrenfield")).toBe("supports");
  });

  it("reads a headline's verb tagged as a noun between two names ('Harrowby United sack Ivo Pellimore after defeat'), so the club's chairman backs the sacking", () => {
    const text = "Harrowby United sack Ivo Pellimore after eighth straight defeat\n\nManager leaves with club bottom of the league and owners under pressure from supporters\n\nHarrowby United sacked their manager Ivo Pellimore on Sunday night after an eighth consecutive league defeat.\nThe club's chairman, Tessa Wrenfield, said in a statement: \"This has not been an easy decision, but results have been unacceptable.\"";
    expect(positionOf(text, "Tessa Wrenfield")).toBe("supports");
    // (A trade before a name stays a noun where a verb read as a noun follows: "German toymaker Brindlecraft files for insolvency".)
    const filed = mustBrief({ text: "German toymaker Brindlecraft files for insolvency\n\nThe toymaker Brindlecraft filed for insolvency on Tuesday.", published: "2025-05-07" });
    expect(filed.who[0]?.name).toBe("Brindlecraft");
  });

  it("ties no minority or opposition leader to what their assembly passed", () => {
    const text = 'The Dunmoor Senate on Tuesday passed a bill capping local levy increases.\nSenate Minority Leader Tessa Wrenfield called it a "straitjacket" that would force cuts to fire services.';
    expect(positionOf(text, "Tessa Wrenfield")).not.toBe("supports");
  });

  it("takes a noun of the headline's event in a quote for its subject, not a judgement ('patients with this disease')", () => {
    const b = mustBrief({ title: "Regulator approves first pill for rare liver disease", text: "Regulators on Friday approved the first pill for a rare liver disease.\n\"Patients with this disease have waited a long time,\" said Harbeck Pharma chief executive Lena Castellane.", published: "2025-05-07" });
    expect(b.stance.find((s) => s.actor === "Lena Castellane")?.position).not.toBe("opposes");
  });
});

const labelsPath = new URL("../fixtures/stance-labels.json", import.meta.url).pathname;
const evalPath = new URL("../../../shared/eval/5w-dev/articles.jsonl", import.meta.url).pathname;

describe.skipIf(!existsSync(evalPath))("stance accuracy on hand-labelled dev articles", () => {
  it("stays at or above the accuracy the README reports", () => {
    const labels = StanceLabels.parse(JSON.parse(readFileSync(labelsPath, "utf8")));
    const briefs = new Map<string, Brief>();
    for (const line of readFileSync(evalPath, "utf8").split("\n").filter(Boolean)) {
      const a = EvalArticle.parse(JSON.parse(line));
      const r = brief(evalArticleToArticle(a));
      if (r.ok) briefs.set(a.id, r.brief);
    }
    const score = scoreStances(labels, briefs);
    expect(labels.articles.length).toBeGreaterThanOrEqual(25);
    expect(score.accuracy).toBeGreaterThanOrEqual(0.85);
  });
});
