import { describe, expect, it } from "vitest";
import { findMentions, wordStats } from "../../src/brief/mentions";
import { analyse } from "../../src/brief/sentences";
import { mustBrief } from "../helpers/brief";

describe("who: canonical entities", () => {
  it("keeps names whole that are written with letters beyond Latin-1 ('Selim Arıkan', 'Ayşe Demirtaş', 'Paweł Nowak', 'Jiří Dvořák')", () => {
    const b = mustBrief({ text: "A strong earthquake struck the region on Tuesday. Interior Minister Selim Arıkan said rescue teams were searching the rubble. \"We will not rest,\" said Ayşe Demirtaş, the regional governor. Paweł Nowak and Jiří Dvořák, two engineers, said the buildings were poorly built.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Selim Arıkan", "Ayşe Demirtaş", "Paweł Nowak", "Jiří Dvořák"]));
    expect(b.who.find((w) => w.name === "Selim Arıkan")?.role).toBe("Interior Minister");
    // Evidence spans point at the text as written.
    const evidence = b.who.find((w) => w.name === "Ayşe Demirtaş")!.evidence;
    expect(b.cited.find((c) => c.sentence === evidence.sentence)!.text).toContain("Ayşe Demirtaş");
  });

  it("joins a full name, a titled name and a surname into one person with the role", () => {
    const b = mustBrief({
      text: "Interior Minister Anna Kowalska announced new border checks on Monday. Kowalska said the checks would start next month. Critics said Ms Kowalska had not consulted regional governors.",
      published: "2025-05-06",
    });
    const people = b.who.filter((w) => /Kowalska/.test(w.name));
    expect(people).toEqual([expect.objectContaining({ name: "Anna Kowalska", kind: "person", role: "Interior Minister", mentions: 3 })]);
  });

  it("makes no person of a named storm or of the publication's own reporter ('Storm Hester', 'Our reporter in Lakeport, Ellie Varga, says')", () => {
    const b = mustBrief({ text: "Storm Hester made landfall on Saturday. Our reporter in Lakeport, Ellie Varga, says the sea wall has been overtopped. Mayor Bethan Morrow said the town was coping.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).toEqual(["Bethan Morrow"]);
    expect(b.stance.map((s) => s.actor)).toEqual(["Bethan Morrow"]);
  });

  it("reads a press release: a ticker names no one, a country may open a body's name with 'and', the distributor is cited", () => {
    const b = mustBrief({ text: "BOSTON, April 1, 2026 /PRNewswire/ -- Kestrel Biotech, Inc. (NASDAQ: KSTB), a leader in diagnostics, today announced that it will acquire Lumen Assays. The U.S. Food and Drug Administration must approve the deal.\nMedia Contact:\nJordan Pell", published: "2026-04-01" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Kestrel Biotech", "U.S. Food and Drug Administration"]));
    for (const junk of ["KSTB", "U.S. Food", "Drug Administration", "PRNewswire", "Media Contact"]) expect(names).not.toContain(junk);
    expect(b.source.citing).not.toContain("Media Contact");
    expect([b.source.publisher, ...b.source.citing]).toContain("PRNewswire");
  });

  it("takes a company's short name that opens with a first name for the company ('Savanna Link' = 'Savanna Link Airways')", () => {
    const b = mustBrief({ text: "Kenya grounded Savanna Link Airways on Monday after a safety audit. Savanna Link rejected the findings and said it would appeal.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Savanna Link Airways")).toMatchObject({ kind: "org", mentions: 2 });
    expect(b.who.map((w) => w.name)).not.toContain("Savanna Link");
  });

  it("treats a company's or a team's short name as its full one ('Brandco' = 'Brandco Holdings'), but not a town where things happen", () => {
    const b = mustBrief({ text: "Brandco Holdings cut its profit forecast on Tuesday. Brandco said demand in Europe was weak. Westfield United beat Harbour City 2-1 on Saturday. Westfield scored late. Fans celebrated in Westfield.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Brandco Holdings", "Westfield United"]));
    expect(names).not.toContain("Brandco");
    expect(b.who.find((w) => w.name === "Westfield United")?.mentions).toBe(2);
  });

  it("reads 'Rival' before a company as a description, and as a role only before a first name", () => {
    const b = mustBrief({ text: "Brandco cut its forecast on Tuesday. Rival Lantern Devices declined to comment. Rival Samsung said sales were strong. Rival Ana Ruiz won the vote.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Lantern Devices")).toMatchObject({ kind: "org" });
    expect(b.who.find((w) => w.name === "Samsung")).toMatchObject({ kind: "org" });
    expect(b.who.find((w) => w.name === "Samsung")?.role).toBeUndefined();
    expect(b.who.find((w) => w.name === "Ana Ruiz")).toMatchObject({ kind: "person", role: "Rival" });
  });

  it("takes a role in apposition that ends with the sentence ('said Jan Wolski, head of the dockers' union.')", () => {
    const b = mustBrief({ text: 'Dock workers walked out on Monday. "We have waited long enough," said Jan Wolski, head of the dockers\' union.', published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Jan Wolski")?.role).toBe("head of the dockers' union");
  });

  it("keeps a common noun's possessive inside a body's name ('People's Party'), not a place's ('Lakeport's council')", () => {
    const b = mustBrief({ text: "The conservative People's Party won 118 seats on Sunday. Lakeport's Council met on Monday.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toContain("People's Party");
    expect(names).not.toContain("People");
    expect(names).not.toContain("Lakeport's Council");
  });

  it("reads a body named by its aim as one name ('Campaign to Protect Rural England')", () => {
    const b = mustBrief({ text: "Ministers will set out plans to build homes on green belt land on Thursday. The Campaign to Protect Rural England condemned the plans.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).toContain("Campaign to Protect Rural England");
    expect(b.stance).toEqual([expect.objectContaining({ actor: "Campaign to Protect Rural England", position: "opposes" })]);
  });

  it("keeps a title's field in the role ('housing secretary', 'race winner'), not a word from before it", () => {
    const b = mustBrief({ text: 'Ministers set out the housing plan on Thursday. Shadow housing secretary Tom Akers said: "They cannot agree." The plan was praised by three-time world champion Ana Ruiz and by the election of mayor Grace Preston.', published: "2025-05-07" });
    const role = (name: string) => b.who.find((w) => w.name === name)?.role;
    expect(role("Tom Akers")).toBe("Shadow housing secretary");
    expect(role("Ana Ruiz")).not.toMatch(/^time/);
    expect(role("Grace Preston")).toBe("mayor");
  });

  it("treats an acronym and its expansion as one organisation", () => {
    const b = mustBrief({ text: "The World Health Organization declared an emergency on Friday. The WHO said cases had doubled in a week. WHO officials urged calm." });
    expect(b.who.filter((w) => /World Health|WHO/.test(w.name))).toHaveLength(1);
    expect(b.who[0]).toMatchObject({ name: "World Health Organization", kind: "org" });
  });

  it("reads a capital that acts as its government, and keeps it a place where things happen in it", () => {
    const b = mustBrief({
      text: "Ministers met in Berlin on Tuesday to discuss the trade deal. Beijing rejected the proposal hours later, calling it unfair. Berlin said talks would continue.",
      published: "2025-05-07",
    });
    expect(b.stance).toEqual(expect.arrayContaining([expect.objectContaining({ actor: "China", position: "opposes", as: "Beijing" })]));
    expect(b.where.map((w) => w.name)).toContain("Berlin");
    expect(b.where.map((w) => w.name)).not.toContain("Beijing");
  });

  it("reads a capital as its government across a relative clause ('Beijing, whose exports have doubled, condemned …')", () => {
    const b = mustBrief({ text: "Canada will impose new tariffs on imported steel from next month. Beijing, whose steel exports to Canada have doubled in two years, condemned the move as protectionist.", published: "2025-05-07" });
    expect(b.stance).toEqual(expect.arrayContaining([expect.objectContaining({ actor: "China", position: "opposes", as: "Beijing" })]));
    expect(b.where.map((w) => w.name)).not.toContain("Beijing");
  });

  it("knows a capital by the short name articles use ('Washington' for 'Washington, D.C.')", () => {
    const met = mustBrief({ text: "Trade ministers met in Washington on Tuesday to discuss tariffs on steel. Officials said the talks would continue next month.", published: "2025-05-07" });
    expect(met.where.map((w) => `${w.name}, ${w.country}`)).toEqual(["Washington, United States"]);
    const acted = mustBrief({ text: "Ministers met in Berlin on Tuesday to discuss the trade deal. Washington rejected the proposal hours later, calling it unfair.", published: "2025-05-07" });
    expect(acted.stance).toEqual(expect.arrayContaining([expect.objectContaining({ actor: "United States", position: "opposes", as: "Washington" })]));
  });

  it("resolves 'the French capital' to Paris", () => {
    const b = mustBrief({ text: "Farmers drove tractors into the French capital on Monday to protest against fuel taxes. Police said 300 tractors took part." });
    expect(b.where.map((w) => w.name)).toContain("Paris");
  });

  it("keeps news outlets out of the actors and lists them as sources", () => {
    const b = mustBrief({
      text: "The mayor of Springfield resigned on Friday, Reuters reported. A council member told the Springfield Gazette that the resignation was overdue. The mayor told CNN he was proud of his record.",
      publisher: "Example News",
    });
    const actors = b.who.map((w) => w.name);
    for (const outlet of ["Reuters", "Springfield Gazette", "CNN"]) expect(actors).not.toContain(outlet);
    expect(b.source.citing).toEqual(expect.arrayContaining(["Reuters", "CNN"]));
    expect(b.source.publisher).toBe("Example News");
  });

  it("keeps a government agency an actor ('Environmental Protection Agency'), and a news agency a source", () => {
    const b = mustBrief({ text: "A judge blocked the water tariff in Lakeport on Thursday, Anadolu Agency reported. The state Environmental Protection Agency did not respond to a request for comment.", published: "2025-05-07" });
    expect(b.source.citing).toEqual(["Anadolu Agency"]);
    expect(b.stance).toEqual(expect.arrayContaining([expect.objectContaining({ actor: "Environmental Protection Agency", position: "no_comment" })]));
  });

  it("takes a name after a medium and its head ('the state news agency KVN reported') as an outlet, not an actor", () => {
    const b = mustBrief({ text: "Officials in the northern province reopened the main border crossing on Sunday after a week of closures, the state news agency KVN reported. Traders welcomed the move.", published: "2025-05-07", publisher: "Example Post" });
    expect(b.source.citing).toEqual(["KVN"]);
    expect(b.who.map((w) => w.name)).not.toContain("KVN");
  });

  it("keeps a listed outlet named with 'and' whole ('the Globe and Mail') and cites outlets named without a media word ('Variety')", () => {
    const b = mustBrief({ text: "Lakeport council voted on Monday to close the old library, the Globe and Mail reported. A librarian told Variety the decision was a shock. Councillor Ana Hill said the building was unsafe.", published: "2025-05-07", publisher: "Example Post" });
    expect(b.source.citing).toEqual(expect.arrayContaining(["Globe and Mail", "Variety"]));
    const names = b.who.map((w) => w.name);
    for (const part of ["Globe", "Mail", "Variety"]) expect(names).not.toContain(part);
    expect(names).toContain("Ana Hill");
  });

  it("takes a company's name with and without its designators as one body named in full ('Harlow Dynamics' is 'Harlow Dynamics Inc.'), and names joined by '&' as a firm's", () => {
    const b = mustBrief({ text: "Harlow Dynamics Inc. said on Tuesday it would buy Brightmoor Controls Corp for $2 billion. Harlow Dynamics chief executive Dana Whitfield said the deal would double its sales. Brightmoor Controls shares rose 20%. Analysts at Pelham Capital said Harlow Dynamics was paying too much. Hartwell & Cole, a rival, said it would not bid.", published: "2025-05-07" });
    const who = Object.fromEntries(b.who.map((w) => [w.name, w]));
    expect(who["Harlow Dynamics Inc."]).toMatchObject({ kind: "org", mentions: 3 });
    expect(who["Brightmoor Controls Corp"]).toMatchObject({ kind: "org", mentions: 2 });
    expect(Object.keys(who)).not.toEqual(expect.arrayContaining(["Harlow Dynamics"]));
    expect(Object.keys(who)).not.toEqual(expect.arrayContaining(["Brightmoor Controls"]));
    expect(who["Hartwell & Cole"]).toMatchObject({ kind: "org" });
  });

  it("reads where someone is from as a place, not a body ('Ana Ruiz, from Swindon,', 'the 24-year-old from Knoxville'), and a name described as 'the opposition leader who …' as a person", () => {
    const b = mustBrief({ text: "Lakeport council voted on Monday to close the old library. \"It is a disgrace,\" said Ana Ruiz, from Swindon, who has used it for years. The 24-year-old from Knoxville, Tennessee, signed a petition. Rasa Vaitkiene, the opposition leader who tabled the motion, said the council had failed.", published: "2025-05-07" });
    const kinds = Object.fromEntries(b.who.map((w) => [w.name, w.kind]));
    expect(kinds["Swindon"]).toBeUndefined();
    expect(kinds["Knoxville"]).toBeUndefined();
    expect(kinds["Rasa Vaitkiene"]).toBe("person");
    expect(b.where.map((w) => w.name)).toEqual(expect.arrayContaining(["Swindon", "Knoxville"]));
  });

  it("reads a name after a company's trade as the company's ('the retailer Hartley Brown'), but a builder's or a developer's as a person's", () => {
    const b = mustBrief({ text: "The retailer Hartley Brown will close 40 stores, it said on Monday. Hartley Brown said trading was tough. Property developer Grace Preston said the empty shops would be hard to let.", published: "2025-05-07" });
    const kinds = Object.fromEntries(b.who.map((w) => [w.name, w.kind]));
    expect(kinds["Hartley Brown"]).toBe("org");
    expect(kinds["Grace Preston"]).toBe("person");
  });

  it("reads British police ranks written short before a name ('Det Ch Insp Laura Fenn', 'DCI Tom Hadley') as no name of their own", () => {
    const b = mustBrief({ text: "A man was charged with murder on Saturday. Det Ch Insp Laura Fenn said the family had been told. DCI Tom Hadley said inquiries continued.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).toEqual(expect.arrayContaining(["Laura Fenn", "Tom Hadley"]));
    expect(b.who.map((w) => w.name)).not.toEqual(expect.arrayContaining(["Ch"]));
    expect(b.who.find((w) => w.name === "Tom Hadley")?.role).toBe("DCI");
  });

  it("spells out ranks written short as the role ('Det Ch Insp' → Detective Chief Inspector, 'Lt Col', 'Cllr'), and keeps them as written beside a title ('Lt. Gov.')", () => {
    const b = mustBrief({ text: "A man was charged with murder on Saturday. Det Ch Insp Laura Fenn said the family had been told. Lt Col Omar Aziz said troops had helped the search. Cllr Ana Ruiz said the town was in shock. Lt. Gov. Tom Hadley said the state would help.", published: "2025-05-07" });
    const role = (name: string) => b.who.find((w) => w.name === name)?.role;
    expect(role("Laura Fenn")).toBe("Detective Chief Inspector");
    expect(role("Omar Aziz")).toBe("Lieutenant Colonel");
    expect(role("Ana Ruiz")).toBe("Councillor");
    expect(role("Tom Hadley")).toBe("Lt. Gov.");
  });

  it("reads a party's acronym as a body, not a province whose code it shares ('CHP')", () => {
    const b = mustBrief({ text: "Parliament in Ankara approved the bill on Wednesday. The main opposition CHP said it would appeal to the Constitutional Court. \"This law is a padlock,\" CHP deputy Selin Arslan told reporters.", published: "2025-05-07" });
    expect(b.where.map((w) => w.name)).not.toContain("CHP");
    expect(b.who.find((w) => w.name === "CHP")?.kind).toBe("org");
  });

  it("reads a title word before a medium's word as the start of its name ('the Official Gazette'), not a titled person", () => {
    const b = mustBrief({ text: "The law was published in the Official Gazette on Friday, the government said. President Ana Ruiz said it would take effect at once.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("Gazette");
    expect(b.who.find((w) => w.name === "Ana Ruiz")?.role).toBe("President");
  });

  it("knows the BBC as an outlet, keeps 'BBC News' whole, and cites 'NBC' and 'NBC News' once", () => {
    const b = mustBrief({ text: "The city council approved a new stadium on Monday, the BBC understands. A council member told BBC News the vote was close. NBC News reported the cost at $2 billion. NBC said work would start in June.", published: "2025-05-07", publisher: "Example Post" });
    expect(b.who.map((w) => w.name)).not.toEqual(expect.arrayContaining(["BBC"]));
    expect(b.source.citing).toEqual(["BBC News", "NBC News"]);
  });

  it("cites a listed outlet written in lower case first ('eNCA'), and one by its whole name where the text drops its 'The'", () => {
    const b = mustBrief({ text: "Thousands of homes in Lakeport lost power on Monday after a substation fire. The utility's spokesperson, Ana Ruiz, told eNCA that crews were working to restore supply. The Age also reported on the outage.", published: "2025-05-07", publisher: "Example Post" });
    expect(b.source.citing).toEqual(expect.arrayContaining(["eNCA", "The Age"]));
    // A listed name read from capitals keeps its own spelling.
    expect(mustBrief({ text: "Lakeport council voted on Monday to close the old library. A librarian told ABS-CBN the decision was a shock.", published: "2025-05-07", publisher: "Example Post" }).source.citing).toEqual(["ABS-CBN"]);
    expect(b.who.map((w) => w.name)).not.toEqual(expect.arrayContaining(["eNCA"]));
  });

  it("shows a site's short name as the outlet's name ('foxnews' is Fox News), never cites the publisher's own names, and cites 'AP' and 'Associated Press' once", () => {
    const text = "Lakeport council voted on Monday to close the old library. A librarian told Fox News the decision was a shock, according to the Associated Press. The AP said the vote was 5-4. Ana Ruiz told the Guardian she would appeal.";
    expect(mustBrief({ text, published: "2025-05-07", publisher: "foxnews" }).source).toMatchObject({ publisher: "Fox News", citing: ["Associated Press", "Guardian"] });
    expect(mustBrief({ text, published: "2025-05-07", publisher: "theguardian" }).source).toMatchObject({ publisher: "The Guardian", citing: ["Fox News", "Associated Press"] });
    // A name the publisher was given in full stays as given.
    expect(mustBrief({ text, published: "2025-05-07", publisher: "Lakeport Evening Star" }).source.publisher).toBe("Lakeport Evening Star");
  });

  it("knows a publisher by its site's short name ('ldherald' is the Lakeport Daily Herald), and a nationality's media as no outlet", () => {
    const text = "Lakeport council voted on Monday to close the old library, the Lakeport Daily Herald has learned. A librarian told Spanish media the decision was a shock. Ana Ruiz told the Herald she would appeal.";
    const b = mustBrief({ text, published: "2025-05-07", publisher: "ldherald" });
    expect(b.source).toMatchObject({ publisher: "Lakeport Daily Herald", citing: [] });
    expect(b.who.map((w) => w.name)).not.toContain("Lakeport Daily Herald");
  });

  it("knows whom a speaker told, named with its kind, as an outlet ('told Spanish newspaper Marea', 'told state broadcaster KRT')", () => {
    const b = mustBrief({ text: 'Westfield United sold their striker on Monday. "Nobody is bigger than this club," the club president, Wu Haoran, told Spanish newspaper Marea. "There is no alternative," Grace Preston told state broadcaster KRT. Ana Ruiz told Tom Hadley she agreed.', published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).not.toContain("Marea");
    expect(names).not.toContain("KRT");
    expect(b.source.citing).toEqual(expect.arrayContaining(["Marea", "KRT"]));
    expect(names).toContain("Tom Hadley");
  });

  it("keeps an outlet's section with its name ('told BBC Sport')", () => {
    const b = mustBrief({ text: "Westfield United sacked manager Tom Hadley on Sunday after a run of eight defeats. Hadley told BBC Sport he was disappointed.", published: "2025-05-07", publisher: "Daily Example" });
    expect(b.who.map((w) => w.name)).not.toContain("Sport");
    expect(b.source.citing).toEqual(["BBC Sport"]);
  });

  it("makes no person of an outlet or a name 'of' a big city ('BBC Radio Castlebridge', 'Le Matin de Paris'), and knows an outlet named with its kind", () => {
    const b = mustBrief({ text: "Thousands marched in central Paris on Saturday against the pension reform. Police said 40,000 people took part, the newspaper Le Matin de Paris reported. Castlebridge United lost 3-1 at home. Manager Tom Hadley told BBC Radio Castlebridge the result was unacceptable. Fans in Castlebridge booed the team.", published: "2025-05-07" });
    const people = b.who.filter((w) => w.kind === "person").map((w) => w.name);
    expect(people).toEqual(["Tom Hadley"]);
    expect(b.source.citing).toContain("Le Matin de Paris");
    expect(b.where.map((w) => w.name)).toContain("Paris");
  });

  it("knows an outlet that saw a document or a journal that published a study ('a memo seen by TechWire', 'in the journal Microbial Frontiers')", () => {
    const b = mustBrief({ text: "Quarrel Systems will cut 1,200 jobs, according to an internal memo seen by TechWire. A study published on Monday in the journal Microbial Frontiers found the bacteria in rivers. Chief executive Dana Holloway said the cuts were necessary.", published: "2025-05-07" });
    expect(b.source.citing).toEqual(expect.arrayContaining(["TechWire", "Microbial Frontiers"]));
    expect(b.who.map((w) => w.name)).not.toEqual(expect.arrayContaining(["TechWire"]));
    expect(b.who.map((w) => w.name)).not.toContain("Microbial Frontiers");
  });

  it("knows an outlet introduced by its kind ('first reported by the technology news site TechWire', 'according to the state news agency Velna', 'the Korvian daily La Voz reported', 'Local newspaper Mokolo said')", () => {
    const b = mustBrief({ text: "Quarrel Systems will cut 1,200 jobs. The cuts were first reported by the technology news site TechWire, which said staff were told on Monday. The plan was approved by the board, according to the state news agency Velna. The Korvian daily La Voz reported that the union would strike. Local newspaper Mokolo said the plant would close. Chief executive Dana Holloway said the cuts were necessary.", published: "2025-05-07", publisher: "Daily Example" });
    expect(b.source.citing).toEqual(expect.arrayContaining(["TechWire", "Velna", "La Voz", "Mokolo"]));
    expect(b.stance.map((s) => s.actor).join(" ")).not.toMatch(/TechWire|Velna|La Voz|Mokolo/);
  });

  it("cites none of the publisher's own names: its initials without 'The' ('told TOL' in The Times of Lakeport), its name with a generic word ('Times of Lakeport News'), its own stations ('BBC Radio 4')", () => {
    const times = mustBrief({ text: "Hundreds of workers protested outside the plant on Monday. \"This is retrenchment by another name,\" union leader Suresh Gowda told TOL. The company said the cuts were voluntary, according to Times of Lakeport News.", published: "2017-06-14", publisher: "The Times of Lakeport" });
    expect(times.source.citing).toEqual([]);
    const bbc = mustBrief({ text: "The fitness app Stridely said on Monday that hackers had stolen user data. \"I am deeply sorry,\" chief executive Dana Okafor told BBC Radio 4's Today programme.", published: "2018-05-14", publisher: "BBC" });
    expect(bbc.source.citing).toEqual([]);
  });

  it("does not cite a wire agency whose own copyright notice closes the story ('(AP) —' … 'Copyright 2018 The Associated Press. … This material may not be published')", () => {
    const b = mustBrief({ text: "LAKEPORT, Ohio (AP) — A jury on Tuesday ordered a chemical company to pay $12 million to a family, lawyers said.\n\nThe company said it would appeal.\n\nCopyright 2018 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", published: "2018-07-18" });
    expect(b.source.citing).toEqual([]);
    expect(b.source.publisher).toMatch(/^(?:AP|The Associated Press)$/);
  });

  it("keeps a role in apposition that closes on the body's short name in brackets ('…, the president of the Korvian Trade Union Confederation (Kotuc)')", () => {
    const b = mustBrief({ text: 'Unions staged a strike on Monday over the overtime law. "This law is a disaster," said Ilona Szel, the president of the Korvian Trade Union Confederation (Kotuc). "We will keep working," said Ramon Cruz, spokesman for the National Disaster Risk Reduction and Management Council (NDRRMC).', published: "2018-12-17" });
    expect(b.who.find((w) => w.name === "Ilona Szel")?.role).toBe("president of the Korvian Trade Union Confederation");
    expect(b.who.find((w) => w.name === "Ramon Cruz")?.role).toBe("spokesman for the National Disaster Risk Reduction and Management Council");
  });

  it("keeps a country's full name whole ('the Democratic Republic of the Congo') and a name that opens with a country named by an honorific's word ('Sri Lanka Janata Sandanaya')", () => {
    const b = mustBrief({ text: "Health officials in the Democratic Republic of the Congo confirmed a new Ebola case on Monday. Sri Lanka Janata Sandanaya leader Ana Perera said the vote was rigged.", published: "2018-12-17" });
    const names = b.who.map((w) => w.name);
    expect(names).not.toContain("Democratic Republic of the");
    expect(names).not.toContain("Lanka Janata Sandanaya");
    expect(b.who.find((w) => w.name === "Ana Perera")?.role).toBe("Sri Lanka Janata Sandanaya leader");
  });

  it("reads a town before '-based' as the place something sits, not a body ('The Lausanne-based court dismissed her appeal')", () => {
    const b = mustBrief({ text: "PARIS (AFP) - The Court of Arbitration for Sport on Tuesday upheld a four-year ban on swimmer Ana Ruiz. The Lausanne-based court dismissed her appeal. Ruiz said she would fight on.", published: "2018-12-12" });
    expect(b.who.map((w) => w.name)).not.toContain("Lausanne");
    expect(b.where.map((w) => w.name)).toContain("Lausanne");
  });

  it("cites outlets named with their kind after them ('Velnar newspaper reported'), a channel whose name ends on its medium ('Al Velna TV said'), one opened by its medium ('broadcast by TV Korva') and a listed outlet's national channel ('told CNN Philippines')", () => {
    const b = mustBrief({ text: "At least 65 people died in a heatwave in Karachi, Velnar newspaper reported on Tuesday. Officials told CNN Philippines the toll could rise. The footage was broadcast by TV Korva. The rebel-run Al Velna TV said 12 people died.", published: "2018-12-17", publisher: "Daily Example" });
    expect(b.source.citing).toEqual(expect.arrayContaining(["Velnar", "CNN Philippines", "TV Korva", "Al Velna TV"]));
    expect(b.who.map((w) => w.name).join(" ")).not.toMatch(/Velnar|Korva|Velna|Philippines/);
    // A network's affiliate and a paper's editorial board are outlets too.
    const affiliate = mustBrief({ text: "A tornado destroyed 20 homes in Lakeport on Monday, CNN affiliate KVLN reported. The Lakeport Citizen editorial board called the plan reckless.", published: "2018-12-17", publisher: "Daily Example" });
    expect(affiliate.source.citing).toEqual(expect.arrayContaining(["KVLN", "Lakeport Citizen"]));
    expect(affiliate.who.map((w) => w.name)).not.toContain("KVLN");
    // A body's own website is no outlet.
    const site = mustBrief({ text: "Trams were suspended on Monday after a derailment. \"We are asking people to please visit the Lakeport Transit website for updates,\" a spokesman said. Lakeport Transit said services would resume on Tuesday.", published: "2018-12-17", publisher: "Daily Example" });
    expect(site.source.citing).toEqual([]);
  });

  it("reads a role in apposition by the head of its noun phrase ('the Velna health secretary', 'a fire department spokesman'), and prefers it to a lone rank ('Colonel Ahmed Harbi, a spokesman for the coalition,')", () => {
    const b = mustBrief({ text: 'A heatwave killed 65 people in Karachi on Monday. Dr Saima Junejo, the Velna health secretary, said wards had been added. Colonel Ahmed Harbi, a spokesman for the coalition, rejected the report. "Rescue teams are still searching," said Lieutenant Rafael Couto, a fire department spokesman.', published: "2018-12-17" });
    const role = (name: string) => b.who.find((w) => w.name === name)?.role;
    expect(role("Saima Junejo")).toBe("Velna health secretary");
    expect(role("Ahmed Harbi")).toBe("spokesman for the coalition");
    expect(role("Rafael Couto")).toBe("fire department spokesman");
  });

  it("places the story in the town the lead names before a big city's dateline (a bureau's) and before the region around it ('MEXICO CITY (AP) — … in the town of Velmora Nacional in Oaxaca state')", () => {
    const b = mustBrief({ text: "Hotel collapses as quake jolts southern Mexico\n\nMEXICO CITY (AP) — A magnitude 6.4 earthquake shook southern Mexico late Sunday, toppling a hotel in the coastal town of Velmora Nacional in Oaxaca state and killing at least eight people, authorities said. The quake was also felt in Mexico City.", published: "2018-03-05" });
    expect(b.where[0]?.name).toBe("Velmora Nacional");
    const square = mustBrief({ text: "Thousands of strikers gathered on Thursday in Harbour Square in Tunis, union officials said.", published: "2018-03-05" });
    expect(square.where[0]?.name).toBe("Tunis");
  });

  it("keeps 'former', 'outgoing' or 'acting' before a title in the role ('former President Tom Hadley'), cites no chamber someone told ('told the House'), and drops 'or its affiliated companies' from a copyright holder", () => {
    const b = mustBrief({ text: "The prime minister told the House on Tuesday that wages would not rise. Outgoing President Ana Ruiz and former President Tom Hadley both criticised the plan.\n\n© Daily Example Media Limited or its affiliated companies. All rights reserved.", published: "2018-12-17" });
    expect(b.who.find((w) => w.name === "Tom Hadley")?.role).toBe("former President");
    expect(b.source.citing).not.toContain("House");
    expect(b.source.publisher).toBe("Daily Example Media Limited");
  });

  it("takes the one outlet the story's people speak to as its publisher when nothing else names one ('told the Lakeport Gazette', 'approached by the Gazette'), but not an outlet it quotes", () => {
    const own = mustBrief({ text: 'A council meeting on Monday voted to close the library. "It is a sad day," resident Ana Ruiz told the Lakeport Gazette. The mayor declined to comment when approached by the Gazette.', published: "2018-12-17" });
    expect(own.source).toMatchObject({ publisher: "Lakeport Gazette", citing: [] });
    const quoted = mustBrief({ text: "A council meeting on Monday voted to close the library, the Lakeport Gazette reported. Resident Ana Ruiz said it was a sad day.", published: "2018-12-17" });
    expect(quoted.source.publisher).toBeUndefined();
  });

  it("reads everyday occupational titles before a name as roles ('Trustee Tom Rennick', 'consultant midwife Dr Fiona Rees', 'Shiv Sena corporator Manohar Sawant', 'Advocate Farhan Merchant')", () => {
    const b = mustBrief({ text: "The school board voted on Monday to close Maple Elementary. Trustee Tom Rennick said the decision was painful. Consultant midwife Dr Fiona Rees said the ward was safe. Shiv Sena corporator Manohar Sawant said the road was flooded. Advocate Farhan Merchant said he would appeal.", published: "2018-12-17" });
    const role = (name: string) => b.who.find((w) => w.name === name)?.role;
    expect(role("Tom Rennick")).toBe("Trustee");
    expect(role("Fiona Rees")).toBe("Consultant midwife");
    expect(role("Manohar Sawant")).toBe("Shiv Sena corporator");
    expect(role("Farhan Merchant")).toBe("Advocate");
  });

  it("reads a capitalised count before 'of' as no name ('Amman, Jordan - Tens of thousands of Jordanians …')", () => {
    const b = mustBrief({ text: "Jordan strike over tax bill\n\nUnions say the bill hurts the poor\n\nAmman, Jordan - Tens of thousands of Jordanians went on strike on Wednesday to protest against a tax bill. Dozens of shops stayed shut.", published: "2018-12-17" });
    expect(b.who.map((w) => w.name)).not.toContain("Tens");
  });

  it("takes the publisher from a copyright line when nothing else names it", () => {
    const b = mustBrief({ text: "Lakeport council approved a new stadium on Monday after a long debate. Council leader Grace Preston said it was a great day.\n© 2026 Daily Example. All rights reserved.", published: "2025-05-07" });
    expect(b.source.publisher).toBe("Daily Example");
  });

  it("reads 'Cllr' as an honorific, not a name", () => {
    const b = mustBrief({ text: "The council approved the plan on Monday. Cllr Janet Pike said it was essential.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).toContain("Janet Pike");
  });

  it("knows whoever contacts people for comment as an outlet ('when contacted by Harbourview Digest')", () => {
    const b = mustBrief({ text: "Two men were shot dead outside a nightclub in Lakeport on Saturday. The club's owner declined to comment when contacted by Harbourview Digest.", published: "2025-05-07", publisher: "Daily Example" });
    expect(b.source.citing).toEqual(["Harbourview Digest"]);
    expect(b.who.map((w) => w.name)).not.toContain("Harbourview Digest");
  });

  it("ends a cited outlet's name on its media word, unless a corporate word follows", () => {
    const b = mustBrief({ text: "Lakeport council voted on Monday to close the old library. Ana Ruiz told the Lakeport Post City Hall staff were angry. The Westfield News Service said the library had 300 visitors a day.", published: "2025-05-07" });
    expect(b.source.citing).toEqual(["Lakeport Post", "Westfield News Service"]);
  });

  it("makes a people phrase the actor when no name is the subject", () => {
    const b = mustBrief({ text: "Dozens of firefighters battled a blaze at a chemical plant on Sunday. The fire broke out shortly after midnight.", published: "2025-05-05" });
    expect(b.who[0]).toMatchObject({ name: "Dozens of firefighters", kind: "group" });
  });

  it("makes no group of a count of things ('Thousands of homes lost power')", () => {
    const b = mustBrief({ text: "Thousands of homes lost power on Sunday after a substation fire. Hundreds of residents gathered outside the plant. The utility said supply would return by Monday.", published: "2025-05-05" });
    expect(b.who.map((w) => w.name)).not.toContain("Thousands of homes");
    expect(b.who.map((w) => w.name)).toContain("Hundreds of residents");
  });

  it("reads a temperature scale after a reading as no name ('35 Celsius (95 Fahrenheit)', '40 degrees Celsius')", () => {
    const b = mustBrief({ text: "Wildfires killed 14 people near Lakeport on Sunday as temperatures rose above 35 Celsius (95 Fahrenheit). Another town saw 40 degrees Celsius. Mayor Ana Ruiz said the fires were contained.", published: "2025-05-05" });
    expect(b.who.map((w) => w.name)).toEqual(["Ana Ruiz"]);
  });

  it("keeps a month's short form inside a place name ('Mar del Plata', 'Vina del Mar') but reads it as a date beside a day ('Tue, March 22', 'Mar 3')", () => {
    const doc = analyse(null, "The fire reached Vina del Mar on Sunday and spread to Mar del Plata. It rained on Mar 3 and on Tue, March 22.");
    const m = findMentions(doc, wordStats(doc)).map((x) => x.words.join(" "));
    expect(m).toEqual(expect.arrayContaining(["Vina del Mar", "Mar del Plata"]));
    expect(m).not.toEqual(expect.arrayContaining(["Mar"]));
    expect(m).not.toEqual(expect.arrayContaining(["Tue"]));
  });

  it("reads a name glued to a participle ('UN-brokered', 'Velmoran-controlled') as a modifier, not a longer name", () => {
    const b = mustBrief({ text: "A UN-brokered truce between the government and rebels began on Sunday. The Velmoran-controlled port reopened under a UN-mediated deal, Mayor Ana Ruiz said.", published: "2025-05-05" });
    const names = b.who.map((w) => w.name);
    expect(names).not.toEqual(expect.arrayContaining(["UN-brokered"]));
    expect(names).not.toEqual(expect.arrayContaining(["UN-mediated"]));
    expect(names).toContain("Ana Ruiz");
  });

  it("tells a small town from a surname", () => {
    const b = mustBrief({ text: "Senator Maria Sherman criticised the bill on Wednesday. Sherman said it would raise costs for families." });
    expect(b.who[0]).toMatchObject({ name: "Maria Sherman", kind: "person" });
    expect(b.where.map((w) => w.name)).not.toContain("Sherman");
  });

  it("does not take an organisation named after a person of the story for a local one", () => {
    const b = mustBrief({ text: "Senator Grace Preston said on Monday she would run for governor. The Preston campaign raised two million dollars in a week, aides said.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).toContain("Grace Preston");
    // Preston is also a city of 300,000: "the Preston campaign" would otherwise place the story there.
    expect(b.where.map((w) => w.name)).not.toContain("Preston");
  });

  it("takes a big city's organisation as a hint of place, and not a small town's namesake", () => {
    const where = (text: string) => mustBrief({ text, published: "2025-05-07" }).where.map((w) => w.name);
    expect(where("Denver Police said on Monday two men had been arrested after the robbery. Officers said the men would appear in court on Friday.")).toEqual(["Denver"]);
    // Sherman is a town of 40,000, and a surname.
    expect(where("The Sherman administration said on Monday the budget would be cut. Critics said the cuts would hurt schools.")).toEqual([]);
    // "in" places the administration, not a town.
    expect(where("Budgets were cut twice in the Sherman administration, critics said on Monday. Schools lost the most.")).toEqual([]);
    expect(where("Budgets were cut twice in Sherman, critics said on Monday. Schools lost the most.")).toEqual(["Sherman"]);
  });

  it("does not take where a body has its seat or a person was born for where the event happened", () => {
    const b = mustBrief({ text: "Brandco, which is headquartered in Chicago, said on Monday it would close its plant in Toledo, cutting 300 jobs. Union official Derek Holm, who was born in Denver, said the closure was a betrayal.", published: "2025-05-07" });
    expect(b.where.filter((w) => w.role === "event").map((w) => w.name)).toEqual(["Toledo"]);
    // Still places: a birthplace is mentioned, and no organisation.
    expect(b.where.map((w) => w.name)).toEqual(expect.arrayContaining(["Chicago", "Denver"]));
    const born = mustBrief({ text: "The actress Vivienne Ashcombe has died at her home in Brighton, her family said on Sunday. Born in Hull in 1941, she trained in London.", published: "2025-05-07" });
    expect(born.where.find((w) => w.name === "Hull")).toMatchObject({ role: "mentioned", country: "United Kingdom" });
    expect(born.who.map((w) => w.name)).not.toContain("Hull");
  });

  it("places what happens on the edge, the outskirts or in the heart of a town there ('on the edge of Marrowby')", () => {
    const b = mustBrief({ text: "Plans to build 400 homes on the edge of Marrowby were rejected on Tuesday. Protesters gathered in the heart of Kelderby.", published: "2025-05-07" });
    expect(b.where.map((w) => w.name)).toEqual(expect.arrayContaining(["Marrowby", "Kelderby"]));
    expect(b.who.map((w) => w.name)).not.toContain("Marrowby");
  });

  it("makes no body of an everyday abbreviation ('CCTV', 'AI') or a place of a campaign named after one ('the Save Ashgill Valley campaign')", () => {
    const b = mustBrief({ text: "Police in Lakeport released CCTV images on Monday after a jewellery raid. Brandco said AI would not replace its staff. Ana Ruiz, chair of the Save Ashgill Valley campaign, said the ruling was a victory.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).not.toContain("CCTV");
    expect(names).not.toContain("AI");
    expect(b.where.map((w) => w.name)).not.toContain("Save Ashgill Valley");
  });

  it("knows continents and regions of the world as places, not bodies ('Europe's security', 'the Middle East')", () => {
    const b = mustBrief({ text: "Ministers met in Geneva on Thursday. Velmora's foreign minister said the pact was essential for Europe's security. Tensions in the Middle East were also discussed.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("Europe");
    expect(b.where.map((w) => w.name)).toEqual(expect.arrayContaining(["Geneva", "Europe", "Middle East"]));
  });

  it("keeps a body a body when a role stands before its name ('Castlebridge host Aldermoor City', 'rival Brightpath Software')", () => {
    const b = mustBrief({ text: "Lakeport Rovers won 2-0 on Saturday. Castlebridge host Aldermoor City next week. Quarrel Systems cut jobs on Monday, while rival Brightpath Software hired 200 people.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Aldermoor City")).toMatchObject({ kind: "org" });
    expect(b.who.find((w) => w.name === "Brightpath Software")).toMatchObject({ kind: "org" });
  });

  it("does not put a town in its bigger namesake's country abroad when the story counts in pounds", () => {
    const where = (money: string) => mustBrief({ text: `Councillors in Richmond voted on Tuesday to close two libraries to save ${money}400,000 a year. Council leader Grace Preston said the decision was painful.`, published: "2025-05-07" }).where;
    expect(where("£")).toEqual([expect.objectContaining({ name: "Richmond", role: "event" })]);
    expect(where("£")[0].country).toBeUndefined();
    expect(where("$")[0]).toMatchObject({ name: "Richmond", country: "United States" });
  });

  it("knows cities by their English names as well as their own ('Geneva', 'Cologne', 'Kiev', 'Köln') and Turkey by its English name", () => {
    const where = (text: string) => mustBrief({ text, published: "2025-05-07" }).where.map((w) => `${w.name}, ${w.country}`);
    expect(where("Foreign ministers met in Geneva on Monday. Delegates later travelled to Cologne and Kiev.")).toEqual(["Geneva, Switzerland", "Cologne, Germany", "Kiev, Ukraine"]);
    expect(where("Police in Köln said on Monday two men had been arrested.")).toEqual(["Köln, Germany"]);
    const b = mustBrief({ text: "Foreign ministers met on Monday. Turkey said it would not attend.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Turkey")).toMatchObject({ kind: "place" });
  });

  it("knows states and provinces as places in their country, but not a first name that is one", () => {
    const where = (text: string) => mustBrief({ text, published: "2025-05-07" }).where.map((w) => `${w.name}, ${w.country}`);
    // Also a town in Cuba and a province of Bolivia: the US state is the likelier one.
    expect(where("Wildfires forced thousands from their homes in Florida on Sunday, officials said. Crews worked through the night.")).toEqual(["Florida, United States"]);
    const voters = mustBrief({ text: "Voters in North Carolina queued for hours on Tuesday. Officials said turnout was the highest in twenty years.", published: "2025-05-07" });
    expect(voters.where.map((w) => `${w.name}, ${w.country}`)).toEqual(["North Carolina, United States"]);
    expect(voters.who.map((w) => w.name)).not.toContain("North Carolina");
    expect(where("Virginia told reporters on Monday she would stand for mayor. Her rivals said the race was wide open.")).toEqual([]);
  });

  it("places a city whose name other countries share in the country the article names", () => {
    const where = (text: string) => mustBrief({ text, published: "2025-05-07" }).where.map((w) => `${w.name}, ${w.country}`);
    const flood = "Floods hit Valencia on Tuesday. Residents of Valencia said the water rose within minutes and several roads were closed.";
    expect(where(flood)).toEqual(["Valencia, Venezuela"]);
    expect(where(`${flood} Spain sent soldiers to help clear the streets, the government said.`)).toEqual(["Valencia, Spain"]);
    expect(where(`Spanish police said the ${flood.slice(0, 1).toLowerCase()}${flood.slice(1)}`)).toEqual(["Valencia, Spain"]);
    // A capital keeps its country whatever else is named.
    expect(where("Trade talks opened in London on Monday. Canada's trade minister said the talks would last a week.")).toEqual(["London, United Kingdom"]);
  });

  it("leaves no lower-case remnant of a role as a person ('the 12th President of the Republic')", () => {
    const b = mustBrief({ text: 'Singer Maya Perez called for calm after Victor Lang was sworn in as the 12th President of the Republic on Wednesday.\n\n"Our voices will be heard," she tweeted.', published: "2025-05-07" });
    expect(b.who.filter((w) => !/^\p{Lu}/u.test(w.name))).toEqual([]);
    expect(b.stance.map((s) => s.actor)).not.toContain("the");
  });

  it("does not join a describing word that opens a sentence to the place after it", () => {
    const names = (text: string) => mustBrief({ text, published: "2025-05-07" }).who.map((w) => w.name);
    expect(names("The match ended late on Sunday.\n\nPoor Denver lost again, its fifth defeat in a row. Coach Ana Ruiz said the team would recover.")).not.toContain("Poor Denver");
    expect(names("The branch network is shrinking.\n\nLiberty Bank said on Monday it would close ten branches.")).toContain("Liberty Bank");
  });

  it("keeps one entity for a name read both as a person and as an organisation", () => {
    const who = (text: string) => mustBrief({ text, published: "2025-05-07" }).who.map((w) => `${w.name}/${w.kind}`);
    // "Lily" is a first name; "the Lily Garden" is an organisation.
    const garden = who("The Lily Garden said on Monday it would reopen in May. Lily Garden staff welcomed the news, and Lily Garden will hire ten gardeners.");
    expect(garden.filter((w) => !w.endsWith("/group"))).toEqual(["Lily Garden/org"]);
    // A plural demonym names a team, though "Austin" is a first name.
    const team = who("The Austin Canadians beat the home side 3-1 on Sunday. Austin Canadians coach Ana Ruiz said the team had earned the win.");
    expect(team.filter((w) => w.startsWith("Austin Canadians"))).toEqual(["Austin Canadians/org"]);
  });

  it("counts a group described twice by the same head word once ('Teen driver' and 'A 19-year-old driver')", () => {
    const b = mustBrief({ text: "Teen driver clocked at 140mph on motorway\n\nA 19-year-old driver was caught speeding at 140mph near Lakeport on Sunday, police said. Officers stopped the car after a chase.", published: "2025-05-07" });
    const drivers = b.who.filter((w) => w.kind === "group" && / driver$/i.test(w.name));
    expect(drivers).toEqual([expect.objectContaining({ name: "Teen driver", mentions: 2 })]);
  });

  it("makes no group of a people noun that describes a thing ('A passenger plane', 'Police fire tear gas')", () => {
    const plane = mustBrief({ text: "A passenger plane crashed while landing at Lakeport airport on Monday, killing 49 people. Emergency personnel pulled 22 people from the wreckage.", published: "2025-05-07" });
    expect(plane.who.map((w) => w.name)).not.toContain("A passenger plane");
    expect(plane.who.map((w) => w.name)).toContain("Emergency personnel");
    const headline = mustBrief({ title: "Police fire tear gas as pension protest turns violent", text: "Police fired tear gas at protesters in Lakeport on Wednesday as a march against pension cuts turned violent.", published: "2025-05-07" });
    expect(headline.who.map((w) => w.name)).not.toContain("Police fire");
  });

  it("keeps a hyphenated body's whole name in the role before a person ('Velmora-Brandt chief executive')", () => {
    const b = mustBrief({ text: "Velmora-Brandt chief executive Dana Whitlock said on Monday the offer was fair.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Dana Whitlock")?.role).toBe("Velmora-Brandt chief executive");
  });

  it("makes no place of a common word written in capitals after a preposition ('named in the Order' beside 'the order')", () => {
    const b = mustBrief({ text: "An appeals court in Lakeport refused on Thursday to reinstate the travel ban. Travellers from the countries named in the Order were stopped at airports. The order was signed last month.", published: "2025-05-07" });
    expect(b.where.map((w) => w.name)).toEqual(["Lakeport"]);
  });

  it("makes no actor of a people or a faith ('Muslim leaders', 'Europeans', 'Nepalis'), but keeps a man named Christian and a team called 'the Canadians'", () => {
    const b = mustBrief({ text: "On Friday, Muslim leaders in Lakeport condemned the attack on a mosque. European officials and Nepalis living in the city also condemned it. Christian Ortiz, a priest, said the town was in shock. Christian said he would hold a vigil.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    for (const bare of ["Muslim", "European", "Nepalis"]) expect(names).not.toContain(bare);
    expect(b.who.find((w) => w.name === "Christian Ortiz")).toMatchObject({ kind: "person" });
    const team = mustBrief({ text: "The Canadians beat Westfield United 3-1 on Saturday. The Canadians scored twice late on.", published: "2025-05-07" });
    expect(team.who.map((w) => w.name)).toContain("Canadians");
  });

  it("makes no actor of a name used as a yardstick ('an Earth-sized planet', 'a Velmora-class ship')", () => {
    const b = mustBrief({ text: "Astronomers at the Lakeport Observatory said on Tuesday they had found an Earth-sized planet. A Velmora-class probe will study it, said Ana Ruiz, who led the team.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toContain("Ana Ruiz");
    expect(names).not.toContain("Earth");
    expect(names).not.toContain("Velmora");
  });

  it("names the holder of a styled title by the title and its seat ('the Duke of Kendal')", () => {
    const b = mustBrief({ text: "The Duke of Kendal opened a new children's ward at the Westfield hospital on Monday. Hospital chief executive Tom Hadley said the visit lifted spirits.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(b.who.find((w) => w.name === "Duke of Kendal")).toMatchObject({ kind: "person" });
    expect(names).not.toContain("Duke");
    expect(names).not.toContain("Kendal");
  });

  it("reads whole titles before a name: a modifier and a field after 'of' ('Special Minister of State'), a field between title words ('Chief Product Officer'), 'TD' like 'MP'", () => {
    const b = mustBrief({ text: "The government announced a lower voting age on Thursday. Special Minister of State Rachel Fenwick said the change was overdue. Sinn Féin TD Ciarán Daly said the plan was rushed. Chief Product Officer Daniel Roux said the system was ready.", published: "2025-05-07" });
    const roles = Object.fromEntries(b.who.map((w) => [w.name, w.role]));
    expect(roles["Rachel Fenwick"]).toBe("Special Minister of State");
    expect(roles["Ciarán Daly"]).toBe("Sinn Féin TD");
    expect(roles["Daniel Roux"]).toBe("Chief Product Officer");
  });

  it("keeps a title's field after 'for' in the role ('Minister for Health Aidan Roche'), and a company's whole name before a title", () => {
    const b = mustBrief({ text: "The government announced new hospital funding on Monday. Minister for Health Aidan Roche said the money would cut waiting lists. Velmora's Minister for Enterprise, Siobhán Keane, said it was welcome. Quarrel Systems chief executive Dana Holloway said the firm would bid. Its managing director Claire Fenton agreed. Her agent Roger Tillman declined to comment.", published: "2025-05-07" });
    const role = (name: string) => b.who.find((w) => w.name === name)?.role;
    expect(role("Aidan Roche")).toBe("Minister for Health");
    expect(role("Siobhán Keane")).toBe("Velmora's Minister for Enterprise");
    expect(role("Dana Holloway")).toBe("Quarrel Systems chief executive");
    expect(role("Claire Fenton")).toBe("managing director");
    expect(role("Roger Tillman")).toBe("agent");
    const names = b.who.map((w) => w.name);
    expect(names).not.toContain("Enterprise");
    expect(names).not.toContain("Health");
  });

  it("reads bodies' names whole: 'and' inside one ('Food and Drug Administration'), a national branch ('Riverwatch UK'), a plural head before 'of' ('Royal Courts of Justice')", () => {
    const b = mustBrief({ text: "The Food and Drug Administration said on Monday it would review the case. The Transport and Allied Workers' Union backed the strike. Riverwatch UK criticised the plan. The case was heard at the Royal Courts of Justice. Brandco and Lantern Group welcomed it.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Food and Drug Administration", "Transport and Allied Workers' Union", "Riverwatch UK", "Royal Courts of Justice", "Brandco", "Lantern Group"]));
    for (const piece of ["Food", "Drug Administration", "Transport", "UK", "Royal Courts"]) expect(names).not.toContain(piece);
    const french = mustBrief({ text: "Thousands marched in Paris on Saturday. The Confédération Générale des Salariés Unis said 200,000 people took part.", published: "2025-05-07" });
    expect(french.who.map((w) => w.name)).toEqual(["Confédération Générale des Salariés Unis"]);
  });

  it("reads bodies' names whole: a field listed with commas, a given name that is also a word, a county before 'X and Y Service', a modifier before 'Bank of'", () => {
    const b = mustBrief({ text: "New rules were approved on Monday. The Department for Business, Energy and Industrial Strategy said it would act. The Department of Health and Social Care declined to comment. West Yorkshire Fire and Rescue Service said crews were at the scene. The State Bank of India backed the plan. The International Brotherhood of Teamsters opposed it.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Department for Business, Energy and Industrial Strategy", "Department of Health and Social Care", "West Yorkshire Fire and Rescue Service", "State Bank of India", "International Brotherhood of Teamsters"]));
    for (const piece of ["Energy", "Industrial Strategy", "Social Care", "Rescue Service", "Bank of India", "Teamsters"]) expect(names).not.toContain(piece);
    expect(b.who.find((w) => w.name === "State Bank of India")?.kind).toBe("org");
    // A list that does not close as a field stays apart.
    const apart = mustBrief({ text: "The deal was agreed on Monday. The Department for Transport, Network Rail and the unions signed it.", published: "2025-05-07" });
    expect(apart.who.map((w) => w.name)).toEqual(expect.arrayContaining(["Department for Transport", "Network Rail"]));
  });

  it("gives a shared name to the big city, not to a small capital ('Hamilton' is Ontario's, not Bermuda's), unless the text names the capital's country", () => {
    const b = mustBrief({ text: "Hamilton council votes to close library\n\nHamilton city council voted on Monday to close the Barton Street library branch, despite a petition.", published: "2025-05-07" });
    expect(b.where[0]).toMatchObject({ name: "Hamilton", country: "Canada" });
    expect(b.who.map((w) => w.name)).not.toContain("Bermuda");
    const bermuda = mustBrief({ text: "Storm lashes Bermuda\n\nHurricane winds tore roofs off homes in Hamilton, Bermuda's capital, on Monday, officials said.", published: "2025-05-07" });
    expect(bermuda.where.find((w) => w.name === "Hamilton")?.country).toBe("Bermuda");
  });

  it("reads a currency written with its country's letters glued to the dollar sign ('US$1.86 million', 'A$40 million') as no actor", () => {
    const b = mustBrief({ text: "A former spy chief was jailed on Thursday for diverting 2.1 billion won (US$1.86 million) and A$40 million, prosecutors said.", published: "2018-11-22" });
    expect(b.who.map((w) => w.name)).not.toEqual(expect.arrayContaining(["US$"]));
    expect(b.who.map((w) => w.name)).not.toContain("A$");
  });

  it("reads a coined brand alone as the company whose fuller name introduced it ('Southcross' of 'Southcross Communications'), not a later product's ('Cravelle Milk Chocolate')", () => {
    const b = mustBrief({ text: "Southcross fined over outages\n\nTelecoms company Southcross Communications was fined $10 million on Wednesday over network outages, the regulator said. Southcross said it accepted the penalty. Arcton Semiconductor, a rival, declined to comment. Arcton shares fell 2%.", published: "2018-11-22" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Southcross Communications", "Arcton Semiconductor"]));
    expect(names).not.toContain("Southcross");
    expect(names).not.toContain("Arcton");
    expect(b.who.find((w) => w.name === "Arcton Semiconductor")?.kind).toBe("org");
    const product = mustBrief({ text: "Cravelle changes shape of bars\n\nCravelle has changed the shape of its bars, angering fans. Cravelle said costs had risen. The Cravelle Milk Chocolate bar now weighs 150g.", published: "2018-11-22" });
    expect(product.who[0].name).toBe("Cravelle");
  });

  it("reads 'at' after a feeling or a blow as its target, not a place ('Fans angry at Brandco', 'hit out at Lakeport')", () => {
    const b = mustBrief({ text: "Fans angry at Brandco change\n\nBrandco has changed the shape of its bars. Critics hit out at Westvale over the plan.", published: "2018-11-22" });
    expect(b.where.map((w) => w.name)).not.toContain("Brandco");
    expect(b.who.find((w) => w.name === "Brandco")?.kind).toBe("org");
  });

  it("reads names of the world press whole: 'Cox's Bazar', 'Ukara Island' (not Iceland), 'Democratic Republic of Congo', 'MLA Rafiq Shaikh', 'the Philippine military'", () => {
    const b = mustBrief({ text: "Thousands fled to camps in Cox's Bazar and on Ukara Island on Monday, officials said. The Democratic Republic of Congo said it would send aid. Local Samajwadi Party MLA Rafiq Shaikh accused the civic body of negligence. The Philippine military said airstrikes would continue.", published: "2018-07-25" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Democratic Republic of Congo", "Rafiq Shaikh", "Philippines"]));
    for (const piece of ["Cox", "Bazar", "Island", "Iceland", "Democratic Republic", "Philippine"]) expect(names).not.toContain(piece);
    expect(b.who.find((w) => w.name === "Rafiq Shaikh")?.role).toBe("Local Samajwadi Party MLA");
    expect(b.where.map((w) => w.name)).toEqual(expect.arrayContaining(["Cox's Bazar", "Ukara Island"]));
  });

  it("reads a state's office abbreviation before a name as the role ('Missouri Gov. Ana Ruiz'), and puts the person a headline names by title first ('Missouri governor signs …')", () => {
    const text = "JEFFERSON CITY, Mo. (AP) — Missouri Gov. Patrick Hendley on Monday signed a law that bars labor contracts from requiring union fees. Hendley signed the bill at a plant in Fenton. Missouri unions vowed a referendum. Missouri lawmakers passed the bill last week, and Missouri business groups praised it.";
    const b = mustBrief({ title: "Missouri governor signs right-to-work law", text, published: "2018-05-15" });
    expect(b.who[0]).toMatchObject({ name: "Patrick Hendley", role: "Missouri Gov." });
    // A title abbreviation alone still opens the name.
    const alone = mustBrief({ text: "Sen. Ana Ruiz voted against the bill on Monday.", published: "2018-05-15" });
    expect(alone.who[0]).toMatchObject({ name: "Ana Ruiz", role: "Sen." });
  });

  it("reads an office alone as no one ('in protest at Prime Minister's Brexit plan'), and a sentence-opening portfolio once ('Justice Secretary Ana Ruiz')", () => {
    const text = "Foreign Secretary Dominic Strand resigned on Sunday night, saying the Prime Minister's plan was a surrender. Justice Secretary Amelia Barraclough said: \"Walking away is not leadership.\"";
    const b = mustBrief({ title: "Foreign Secretary quits Cabinet in protest at Prime Minister's Brexit plan", text, published: "2018-07-09" });
    expect(b.who.map((w) => w.name)).not.toContain("Prime Minister's");
    expect(b.where.map((w) => w.name)).not.toContain("Prime Minister's");
    expect(b.who.find((w) => w.name === "Amelia Barraclough")?.role).toBe("Justice Secretary");
    // An office's own body keeps its name.
    const office = mustBrief({ text: "Settlers were arrested on Sunday over an arson attack. The Prime Minister's Office declined to comment.", published: "2016-07-04" });
    expect(office.stance.find((x) => x.position === "no_comment")?.actor).toBe("Prime Minister's Office");
  });

  it("reads a faith's political adjective as describing people, no actor ('Islamist militants')", () => {
    const b = mustBrief({ text: "Islamist militants attacked an army base in the north on Sunday, the military said.", published: "2019-02-17" });
    expect(b.who.map((w) => w.name)).not.toContain("Islamist");
  });

  it("reads a lawmaker's party and district tag (', R-San Antonio,', '(D-Wichita)') as neither an actor nor a place, so the lawmaker speaks", () => {
    const text = "The Texas House on Tuesday killed a bill on school funding. House Speaker Joe Straus, R-San Antonio, said the bill was dead. Sen. Ann Ruhl (D-Wichita) said she opposed the move.";
    const b = mustBrief({ title: "Texas House kills school funding bill", text, published: "2017-07-26" });
    const names = [...b.who.map((w) => w.name), ...b.where.map((w) => w.name)];
    for (const tag of ["R-San Antonio", "San Antonio", "D-Wichita", "Wichita"]) expect(names).not.toContain(tag);
    expect(b.stance.map((x) => x.actor)).toEqual(expect.arrayContaining(["Joe Straus", "Ann Ruhl"]));
  });

  it("reads where a journey started or was going ('from the northern city of Rangpur') as no place of the event", () => {
    const b = mustBrief({ text: "At least 23 people were killed on Monday when a bus plunged into a river. The bus was travelling from the northern city of Rangpur when it veered off a bridge near the town of Bhairab, police said.", published: "2018-01-08" });
    expect(b.where[0].name).toBe("Bhairab");
    expect(b.where.find((w) => w.name === "Rangpur")?.role ?? "mentioned").toBe("mentioned");
  });

  it("places a story no place is named in at the state a body is named after ('The Texas Senate passed …'), as only mentioned", () => {
    const b = mustBrief({ text: "The Texas Senate on Tuesday passed a bill restricting bathroom use in public schools. Democrats in the chamber said they would fight it in court.", published: "2017-07-26" });
    expect(b.where).toEqual([expect.objectContaining({ name: "Texas", role: "mentioned", country: "United States" })]);
    const cited = b.cited.find((c) => c.sentence === b.where[0].evidence!.sentence)!;
    expect(b.where[0].evidence!.start).toBeGreaterThanOrEqual(cited.start);
  });

  it("reads a place's own government acting as an actor and a place of the story ('Hamilton council votes …', 'The Queensland government cut …')", () => {
    const council = mustBrief({ text: "Hamilton council voted on Monday to close the Barton Street branch of the public library next spring, despite protests.\n\nResidents said the city was abandoning the east end.", published: "2018-11-27" });
    expect(council.who[0].name).toBe("Hamilton");
    expect(council.where[0]).toMatchObject({ name: "Hamilton", country: "Canada" });
    const state = mustBrief({ text: "The Queensland government on Tuesday cut the health budget by 5%, officials said.", published: "2018-11-27" });
    expect(state.where[0]).toMatchObject({ name: "Queensland", country: "Australia" });
    // However small the town, its own council places the story there.
    const town = mustBrief({ text: "The Brookfield city council voted on Monday to increase funding for its libraries.", published: "2018-11-27" });
    expect(town.where.map((w) => w.name)).toContain("Brookfield");
  });

  it("reads East Asian names with a hyphenated given name whole ('Yoon Young-seok', 'Kang Mi-sook')", () => {
    const b = mustBrief({ text: "Seoul said on Monday it would reopen talks. Government spokesman Yoon Young-seok and Kang Mi-sook, a lawmaker, welcomed the move.", published: "2025-05-07" });
    const people = b.who.filter((w) => w.kind === "person").map((w) => w.name);
    expect(people).toEqual(expect.arrayContaining(["Yoon Young-seok", "Kang Mi-sook"]));
  });

  it("places an event in a town named 'Port …' and in a country a disaster struck, and makes no body of workers opening a sentence", () => {
    const b = mustBrief({ text: "Workers in Port Hesketh walked out on Monday in a row over pay.", published: "2025-05-07" });
    expect(b.where.map((w) => w.name)).toEqual(["Port Hesketh"]);
    expect(b.who.filter((w) => w.kind === "org" || w.kind === "person")).toEqual([]);
    const quake = mustBrief({ text: "A strong earthquake struck northern Italy on Tuesday, killing four people.", published: "2025-05-07" });
    expect(quake.where).toEqual([expect.objectContaining({ name: "Italy", role: "event" })]);
  });

  it("takes a role before a name that ends the sentence ('said its president, Derek Holm.')", () => {
    const b = mustBrief({ text: "Velmora will ban diesel cars from next year. Car makers warned the ban would cost jobs. \"This is a disaster for our members,\" said its president, Derek Holm.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Derek Holm")).toMatchObject({ kind: "person", role: "president" });
  });

  it("does not read a body's name opening with common words as a person's, though its last word is used alone ('Clean Air Lakeport')", () => {
    const b = mustBrief({ title: "Lakeport approves new incinerator", text: "Lakeport council approved plans for a new waste incinerator on Tuesday. Clean Air Lakeport slammed the move as reckless. The Westfield Chamber of Commerce backed the scheme.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Clean Air Lakeport")).toMatchObject({ kind: "org" });
    expect(b.stance.find((s) => s.actor === "Clean Air Lakeport")?.position).toBe("opposes");
    expect(b.who.map((w) => w.name)).toContain("Westfield Chamber of Commerce");
  });

  it("keeps a river or a mountain a place, even where it acts ('the River Vell burst its banks')", () => {
    const b = mustBrief({ text: "Hundreds of residents were evacuated in Lakeport on Thursday after the River Vell burst its banks. Mount Kesh was covered in snow.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("River Vell");
    expect(b.where.map((w) => w.name)).toEqual(expect.arrayContaining(["Lakeport", "River Vell"]));
  });

  it("knows utilities and transport companies by their designators ('Westward Rail', 'Dales Water', 'Southland Power')", () => {
    const b = mustBrief({ text: "A storm hit the south-west on Sunday. Westward Rail said services would resume on Monday. Dales Water announced a hosepipe ban. Southland Power said 40,000 homes had no electricity.", published: "2025-05-07" });
    expect(b.who.map((w) => `${w.name}|${w.kind}`)).toEqual(expect.arrayContaining(["Westward Rail|org", "Dales Water|org", "Southland Power|org"]));
    expect(b.who.map((w) => w.name)).not.toContain("Rail");
  });

  it("takes a common word opening a sentence before a company's designator as the company's name ('Quarrel Systems will cut')", () => {
    const b = mustBrief({ text: "Quarrel Systems will cut 1,200 jobs, the software maker said on Thursday. Harvest Foods said it would hire 300 people.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Quarrel Systems", "Harvest Foods"]));
    expect(names).not.toContain("Systems");
  });

  it("names a group by its people noun and what follows 'of', never ending on 'of'", () => {
    const b = mustBrief({ text: "Residents of Lakeport said on Monday the new bridge had cut their journeys in half. Fans of the old ferry said they would miss it.", published: "2025-05-07" });
    const groups = b.who.filter((w) => w.kind === "group").map((w) => w.name);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.filter((g) => / of$/.test(g))).toEqual([]);
  });

  it("does not take capitalised common words at the start of captions or headlines for names", () => {
    const text = "Lakeport council closed the old bridge on Monday after engineers found cracks. 12 Neighbours of the bridge gathered at the scene. Her neighbours said the closure would cut the town in two. Dad-of-two Jo Harper said the detour added an hour to her day.";
    const b = mustBrief({ text, published: "2025-05-07" });
    const names = [...b.who.map((w) => w.name), ...b.stance.map((s) => s.actor)];
    expect(names).not.toContain("Neighbours");
    expect(names).not.toContain("Dad-of");
    expect(names).toContain("Jo Harper");
  });

  it("takes a role given in apposition after the name, and not a clause", () => {
    const text = "Dock workers in Lakeport walked out on Monday over pay. Jo Harper, head of the dockers' union, said the strike would last a week. Sam Ortega, who runs a cafe by the docks, said trade had halved.";
    const b = mustBrief({ text, published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Jo Harper")).toMatchObject({ kind: "person", role: "head of the dockers' union" });
    expect(b.who.find((w) => w.name === "Sam Ortega")?.role).toBeUndefined();
  });

  it("keeps a modifier word with the place it names, and drops letters, contractions and function words", () => {
    for (const place of ["Greater Manchester", "New Lisbon"]) {
      const b = mustBrief({ text: `Ana Ruiz staged a protest at the town hall in ${place}. The Daily Lakeport Times said the crowd was calm. Ruiz said she would stay.`, published: "2025-05-07" });
      expect(b.where.map((w) => w.name)).toEqual([place]);
      expect(b.who.map((w) => w.name)).toEqual(["Ana Ruiz"]);
    }
    const b = mustBrief({ text: "Fans gathered outside the stadium on Tuesday. 22 However the club said the match would go ahead. I'm staying, one fan said. The U. S. Open was postponed.", published: "2025-05-07" });
    const names = [...b.who.map((w) => w.name), ...b.stance.map((s) => s.actor)];
    for (const junk of ["However", "I'm", "S", "U"]) expect(names).not.toContain(junk);
  });

  it("folds a caption's run-on into the known person, but keeps a fuller name and shouted kickers out of roles", () => {
    const b = mustBrief({
      text: "Race halted after a crash involving Ana Ruiz Brightwater. Ana Ruiz crashed on lap 19 on Sunday. Ana Ruiz said she was fine. SHOCK Tom Hadley praised the marshals. Jo De Sa said the track was wet. De Sa added that the race was fair.",
      published: "2025-05-07",
    });
    const names = b.who.map((w) => w.name);
    expect(names).toContain("Ana Ruiz");
    expect(names).not.toContain("Ana Ruiz Brightwater");
    expect(names).toContain("Jo De Sa");
    expect(b.who.find((w) => w.name === "Tom Hadley")).toMatchObject({ kind: "person" });
    expect(b.who.find((w) => w.name === "Tom Hadley")?.role).toBeUndefined();
  });

  it("does not take a known person's surname after a preposition for a place", () => {
    const b = mustBrief({ text: "Mayor Ana Ortiz opened the new harbour on Monday. Ortiz said the harbour would bring jobs. At a dinner last year a rival senator tore into Ortiz over the cost.", published: "2025-05-07" });
    expect(b.where.map((w) => w.name)).not.toContain("Ortiz");
    expect(b.who.find((w) => w.name === "Ana Ortiz")?.mentions).toBe(3);
  });

  it("takes a title with its complement and no name after it for nobody ('Secretary of Commerce')", () => {
    const b = mustBrief({ text: "Ana Ruiz was sworn in as Secretary of Commerce on Monday. Ruiz said she would visit Lakeport's port first. The new Secretary of Commerce said trade had doubled.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("Commerce");
    expect(b.stance.map((s) => s.actor)).not.toContain("Commerce");
    // A place there is still the place: "President of France" mentions France, as no person.
    const p = mustBrief({ text: "Ana Ruiz met the President of France on Monday. Ruiz said the talks went well.", published: "2025-05-07" });
    expect(p.who.filter((w) => w.kind === "person").map((w) => w.name)).toEqual(["Ana Ruiz"]);
  });

  it("reads a title word that opens an organisation's name as part of it ('Premier Alliance')", () => {
    const b = mustBrief({ text: "The Premier Alliance fined the club on Monday. The Premier Alliance said the fine would go to charity.", published: "2025-05-07" });
    expect(b.who[0]).toMatchObject({ name: "Premier Alliance", kind: "org" });
    expect(b.who[0].role).toBeUndefined();
  });

  it("reads a compass word before a known place as part of the place ('South Denver')", () => {
    const b = mustBrief({ text: "A bus overturned in South Denver on Monday, injuring nine people. Denver Health said five were taken to hospital. Denver mayor Ana Ruiz said an inquiry would follow.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("South Denver");
    expect(b.where.find((w) => w.name === "South Denver")).toMatchObject({ country: "United States" });
  });

  it("gives roles to people only, and takes no place in a dateline for a role", () => {
    const b = mustBrief({ text: "Former champion Brazil beat Spain 2-1 on Sunday. Brazil said the team had played well.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Brazil")).toMatchObject({ kind: "place" });
    expect(b.who.filter((w) => w.kind !== "person" && w.role)).toEqual([]);
    const d = mustBrief({ text: "Denver Ana Ruiz may have won the vote on Tuesday, but Ruiz said on Wednesday that she would wait for the final count.", published: "2025-05-07" });
    expect(d.who.find((w) => w.name === "Ana Ruiz")?.role).toBeUndefined();
  });

  it("reads a caption that repeats the name it runs into as the name once", () => {
    const b = mustBrief({ text: "Lakeport council voted on Monday to close the old library. Budget Marisol Quintero Marisol Quintero said the vote was a mistake. Ana Ruiz Ruiz suggested a public meeting.", published: "2025-05-07" });
    const names = [...b.who.map((w) => w.name), ...b.stance.map((s) => s.actor)];
    expect(names).toContain("Marisol Quintero");
    expect(names).toContain("Ana Ruiz");
    expect(names.filter((n) => /Quintero .*Quintero|Ruiz Ruiz/.test(n))).toEqual([]);
  });

  it("reads a small town's name after a name as a surname, and splits off only a big city run on", () => {
    // Kendal (England, ~29,000 people) is in the gazetteer; Denver is a big city.
    const b = mustBrief({ text: "Mayor Velmoran Kendal opened the new harbour on Monday. Kendal said the harbour would bring jobs. Crowds cheered Ana Ruiz Denver.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Velmoran Kendal")).toMatchObject({ kind: "person", role: "Mayor", mentions: 2 });
    expect(b.who.map((w) => w.name)).not.toContain("Ana Ruiz Denver");
  });

  it("skips a scraped 'Related stories' box of teasers, and reads the article again after it", () => {
    const text = [
      "Lakeport council closed the old bridge on Monday after engineers found cracks in two of its piers.",
      "Ana Ruiz, the council leader, said the bridge would stay shut until spring.",
      "Related stories BRIDGE OF SIGHS Marisol Quintero unveils plans for a glass walkway over the harbour DOG DAYS Grace Preston says her terrier saved the town fair from ruin GONE FISHING Westfield angler lands record pike",
      "Engineers said repairs would cost about two million pounds.",
      'Jo Harper, who runs a cafe by the bridge, said: "Trade has halved since Monday."',
    ].join(" ");
    const b = mustBrief({ text, published: "2025-05-07" });
    const names = [...b.who.map((w) => w.name), ...b.stance.map((s) => s.actor)];
    for (const teaser of ["Marisol Quintero", "Grace Preston"]) expect(names).not.toContain(teaser);
    expect(names).toContain("Jo Harper");
    expect(b.cited.map((c) => c.text).join(" ")).not.toMatch(/BRIDGE OF SIGHS/);
  });

  it("reads 'shares in Brandco' as what is held, not a place", () => {
    const b = mustBrief({ text: "Brandco unveiled a new phone on Wednesday at an event in Denver. Shares in Brandco rose 1% in New York.", published: "2025-05-07" });
    expect(b.where.map((w) => w.name)).not.toContain("Brandco");
    expect(b.who[0]).toMatchObject({ name: "Brandco", kind: "org" });
  });

  it("reads 'analysts at Brandco' as where people work, not a place", () => {
    const b = mustBrief({ text: "Shares in Lakeport Motors fell 12% on Tuesday. Analysts at Brandco said the fall was overdone. Fans gathered at Elm Park to watch the launch.", published: "2025-05-07" });
    expect(b.where.map((w) => w.name)).not.toContain("Brandco");
    expect(b.who.find((w) => w.name === "Brandco")).toMatchObject({ kind: "org" });
    expect(b.where.map((w) => w.name)).toContain("Elm Park");
  });

  it("takes a country and a body before a title as part of the role ('US District Judge')", () => {
    const b = mustBrief({ text: "US District Judge Marisol Quintero blocked the new law on Thursday. Quintero said the law was unconstitutional.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Marisol Quintero")).toMatchObject({ kind: "person", role: "US District Judge", mentions: 2 });
  });

  it("keeps the body's name before a lower-case title in the role ('Lakeport National Park director')", () => {
    const b = mustBrief({ text: "Rangers counted the island's tortoises on Monday. Lakeport National Park director Ana Ruiz said about 250 remain.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Ana Ruiz")?.role).toBe("Lakeport National Park director");
  });

  it("reads particles in pairs inside a name, and a particle surname used alone as the person named in full", () => {
    const b = mustBrief({ text: "President Marisol van der Berg said on Monday that talks would continue. Van der Berg met ministers in Brussels. Police closed the Place de la Rotonde on Saturday.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Marisol van der Berg")).toMatchObject({ kind: "person", role: "President", mentions: 2 });
    const names = [...b.who.map((w) => w.name), ...b.where.map((w) => w.name)];
    expect(names.filter((n) => /^(Berg|Van der Berg|Rotonde|Place)$/.test(n))).toEqual([]);
    const del = mustBrief({ text: "Director Marisol del Rio said on Monday the film was finished. Del Rio thanked the crew.", published: "2025-05-07" });
    expect(del.who.find((w) => w.name === "Marisol del Rio")).toMatchObject({ kind: "person", mentions: 2 });
  });

  it("takes an English word that opens sentence after sentence as their subject for a name ('Lantern said …')", () => {
    const b = mustBrief({ text: "Lantern recalls 12,000 heaters over fire risk\n\nLantern is recalling 12,000 heaters sold in Britain, regulators said on Tuesday. Lantern said it knew of no injuries. Lantern's shares fell 3%.", published: "2025-05-07" });
    expect(b.who[0]).toMatchObject({ name: "Lantern", kind: "org" });
    // A plural in the same place stays a common word.
    const c = mustBrief({ text: "Prices rose 3% in May, the statistics office said on Tuesday. Prices are expected to rise again in June. Prices have risen for ten months.", published: "2025-05-07" });
    expect([...c.who.map((w) => w.name), ...c.stance.map((s) => s.actor)]).not.toContain("Prices");
  });

  it("keeps a title word that ends an organisation's name after 'of' or 'for' ('Department of Justice')", () => {
    const b = mustBrief({ text: "The Department of Justice said on Monday it would appeal the ruling. The Lakeport Center for Justice said the law was unfair.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Department of Justice", "Lakeport Center for Justice"]));
    expect(names.filter((n) => / (of|for)$/.test(n))).toEqual([]);
  });

  it("takes a common word that only ever describes people for no one ('Furious shoppers'), but not an organisation's spokesman", () => {
    const b = mustBrief({ text: "Brandco raised the price of its tea on Monday to £4 Furious shoppers called the rise greedy. A Lantern spokesman said costs had risen for every maker.", published: "2025-05-07" });
    const names = [...b.who.map((w) => w.name), ...b.stance.map((s) => s.actor)];
    expect(names).not.toContain("Furious");
    expect(names).toContain("Lantern");
  });

  it("reads a country's name that is also a state of the country where the other places lie as the state ('Atlanta, Georgia')", () => {
    const b = mustBrief({ text: "A tornado tore through Atlanta, Georgia, on Tuesday, killing three people. Officials in Alabama and Georgia said more storms were expected.", published: "2025-05-07" });
    expect(b.where.find((w) => w.name === "Georgia")).toMatchObject({ country: "United States" });
    expect(b.who.map((w) => w.name)).not.toContain("Georgia");
    // Beside the country's own capital it stays the country.
    const c = mustBrief({ text: "Protesters marched in Tbilisi on Tuesday. Georgia said it would hold new elections.", published: "2025-05-07" });
    expect(c.who.find((w) => w.name === "Georgia")).toMatchObject({ kind: "place" });
  });

  it("keeps a glued description whole in a group ('A 34-year-old man')", () => {
    const b = mustBrief({ text: "A 34-year-old man has been charged with murder after a woman was found dead in Lakeport.", published: "2025-05-07" });
    expect(b.who[0]).toMatchObject({ name: "A 34-year-old man", kind: "group" });
  });

  it("ends a cited outlet's name on its media word unless a lower-case word carries it on ('Journal of …')", () => {
    const b = mustBrief({ text: "Coffee drinkers may live longer, a study suggests. The researchers told the Lakeport Journal of Preventive Medicine the effect was small.", published: "2025-05-07", publisher: "Daily Example" });
    expect(b.source.citing).toContain("Lakeport Journal of Preventive Medicine");
  });

  it("takes a role in apposition before a name closed by commas ('Lakeport's transport minister, Velmoran Diaz, said')", () => {
    const b = mustBrief({ text: "Ministers agreed a ban on new petrol cars on Thursday. Lakeport's transport minister, Velmoran Diaz, welcomed the deal. In a letter to the chairman, Ana Ruiz said the plan was flawed.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Velmoran Diaz")).toMatchObject({ kind: "person", role: "Lakeport's transport minister" });
    expect(b.who.find((w) => w.name === "Ana Ruiz")?.role).toBeUndefined();
    const mayor = mustBrief({ text: "The mayor of Lakeport, Marisol Quintero, resigned on Monday after an audit. Quintero said she was sorry.", published: "2025-05-07" });
    expect(mayor.who.find((w) => w.name === "Marisol Quintero")?.role).toBe("mayor of Lakeport");
    // A company in the same place has no role and stays a company.
    const owner = mustBrief({ text: "A fire at a chemical plant forced 2,000 residents from their homes on Wednesday. The plant's owner, Brandco Chemicals, said all workers were safe.", published: "2025-05-07" });
    expect(owner.who.find((w) => w.name === "Brandco Chemicals")).toMatchObject({ kind: "org" });
  });

  it("takes a capitalised title, a title's field after 'of' and a possessor of several words before a name closed by commas", () => {
    const b = mustBrief({
      text: "Velmora's Interior Minister, Ana Ruiz, said the attack was a terrorist act. The council's director of finance, Grace Preston, told the meeting the rise was needed. The opposition Lantern Party's economics spokesman, Tom Hadley, said the rise was wrong.",
      published: "2025-05-07",
    });
    expect(b.who.find((w) => w.name === "Ana Ruiz")?.role).toBe("Velmora's Interior Minister");
    expect(b.who.find((w) => w.name === "Grace Preston")?.role).toBe("director of finance");
    expect(b.who.find((w) => w.name === "Tom Hadley")?.role).toBe("Lantern Party's economics spokesman");
  });

  it("reads a time zone after a clock time as no name ('1:57am PST Ruiz's protest')", () => {
    const b = mustBrief({ text: "Ana Ruiz posted the video at 1:57am PST Ruiz's protest came a day after the vote. The quake struck at 05:03 local time (22:03 GMT Tuesday).", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).not.toContain("GMT");
    expect(names.some((n) => n.includes("PST"))).toBe(false);
    expect(b.who.find((w) => w.name === "Ana Ruiz")?.mentions).toBe(2);
  });

  it("keeps a plural possessive inside a body's name ('Lakeport Manufacturers' Association')", () => {
    const b = mustBrief({ text: "The Lakeport Manufacturers' Association warned on Thursday that the target was too hard. A man will appear before Westfield Magistrates' Court on Tuesday.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Lakeport Manufacturers' Association", "Westfield Magistrates' Court"]));
    expect(names).not.toContain("Association");
  });

  it("reads a capital after a conjunction as the subject that acts ('as Ottawa kept up the pressure'), and an area named before its noun as a place", () => {
    const b = mustBrief({ text: "Lakeport said on Tuesday it would drop the tariffs, as Ottawa kept up the pressure on its neighbours. Officials said the tariffs had hit the southern Velmora region hardest.", published: "2025-05-07" });
    expect(b.where.map((w) => w.name)).not.toContain("Ottawa");
    expect(b.who.map((w) => w.name)).toContain("Canada");
    expect(b.where.map((w) => w.name)).toContain("Velmora");
    expect(b.who.map((w) => w.name)).not.toContain("Velmora");
  });

  it("runs an academy's or a museum's name on through 'of' ('Lakeport Academy of Dramatic Art')", () => {
    const b = mustBrief({ text: "Ana Ruiz trained at the Lakeport Academy of Dramatic Art before joining the Westfield Museum of Modern Art as a curator on Monday.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Lakeport Academy of Dramatic Art", "Westfield Museum of Modern Art"]));
    expect(names).not.toContain("Dramatic Art");
  });

  it("splits a standfirst run into the lead at a person's name both halves of which the article uses alone ('the Lakeport Grand Prix Grace Preston, …')", () => {
    const mentionsOf = (text: string) => {
      const doc = analyse(null, text);
      return findMentions(doc, wordStats(doc)).map((m) => m.words.join(" "));
    };
    const text = "Ana Ruiz finished third at the Lakeport Grand Prix Grace Preston, the team principal, praised her drive on Sunday. The Lakeport Grand Prix was held in heavy rain. Grace Preston said the team would celebrate.";
    expect(mentionsOf(text)).toEqual(["Ana Ruiz", "Lakeport Grand Prix", "Grace Preston", "Lakeport Grand Prix", "Grace Preston"]);
    // A name seen only whole stays whole.
    expect(mentionsOf("Lakeport Grand Prix Grace Preston praised the drivers on Sunday. Grace Preston said the race was wet.")).toContain("Lakeport Grand Prix Grace Preston");
  });

  it("keeps a title word that opens a body's name in the name ('General Workers Confederation'), and a people noun inside a name makes no group", () => {
    const text = "Thousands marched through Lakeport on Saturday against pension reform. Organisers from the General Workers Confederation said 120,000 people took part.";
    const who = mustBrief({ text, published: "2025-05-07" }).who;
    expect(who.find((w) => w.name === "General Workers Confederation")).toMatchObject({ kind: "org" });
    expect(who.find((w) => w.name === "General Workers Confederation")?.role).toBeUndefined();
    expect(who.map((w) => w.name).filter((n) => /Workers/.test(n))).toEqual(["General Workers Confederation"]);
  });

  it("reads a name like a place's that acts as a body ('the group Clean State welcomed'), and one things happen at as a place", () => {
    const b = mustBrief({ text: "A former minister was jailed for six years on Thursday. The anti-corruption group Clean State welcomed the sentence. Flights at Lakeport Airport were delayed.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Clean State")).toMatchObject({ kind: "org" });
    expect(b.where.map((p) => p.name)).toEqual(["Lakeport Airport"]);
  });

  it("knows a company by its short name when its full one is named with any designator ('Brandco Pharmaceuticals')", () => {
    const who = mustBrief({ text: "The study was funded by Brandco Pharmaceuticals. Brandco said it would apply for approval this year.", published: "2025-05-07" }).who;
    expect(who.map((w) => [w.name, w.mentions])).toEqual([["Brandco Pharmaceuticals", 2]]);
  });

  it("knows a name written family name first by its first word ('Wu Haoran' … 'Mr Wu')", () => {
    const text = "Local farmer Wu Haoran found the missing hikers on Sunday. Mr Wu said he had followed their tracks for hours. Wu was later thanked by the mayor.";
    const who = mustBrief({ text, published: "2025-05-07" }).who;
    expect(who.filter((w) => /Wu/.test(w.name)).map((w) => [w.name, w.mentions])).toEqual([["Wu Haoran", 3]]);
  });

  it("knows a three-word name written family name first by its first word ('Tran Van Minh' … 'Tran')", () => {
    const text = "Two neighbouring states signed a fishing pact on Monday. Foreign Minister Tran Van Minh called it a milestone. Tran said the talks had taken two years.";
    const who = mustBrief({ text, published: "2025-05-07" }).who;
    expect(who.filter((w) => /Tran/.test(w.name)).map((w) => [w.name, w.mentions])).toEqual([["Tran Van Minh", 2]]);
  });

  it("keeps the portfolio of a title that opens a sentence ('Housing Secretary Peter Lyle said')", () => {
    const who = mustBrief({ text: "The housing bill was defeated on Tuesday. Housing Secretary Peter Lyle said he was disappointed.", published: "2025-05-07" }).who;
    expect(who.find((w) => w.name === "Peter Lyle")?.role).toBe("Housing Secretary");
  });

  it("keeps a function word written in capitals inside a name ('the Save Our Streets group'), but not an article that opens a run-on sentence", () => {
    const names = (text: string) => mustBrief({ text, published: "2025-05-07" }).who.map((w) => w.name);
    expect(names("Lakeport council approved the tram line on Wednesday. Opponents, led by the Save Our Streets group, said it would ruin businesses.")).toContain("Save Our Streets");
    expect(names("Lakeport council approved the tram line on Wednesday. Mayor Ana Ruiz The council said the vote was close.")).not.toContain("Ana Ruiz The");
  });

  it("reads a titled name ending like a place's as a person ('Education Minister Owen Park')", () => {
    const who = mustBrief({ text: "Teachers voted to strike on Friday. Education Minister Owen Park said he was disappointed.", published: "2025-05-07" }).who;
    expect(who.find((w) => w.name === "Owen Park")).toMatchObject({ kind: "person", role: "Education Minister" });
  });

  it("reads a month's name that is a first name as one before a surname ('said Jan Wolski'), and a month before a day as a date", () => {
    const b = mustBrief({ text: "Dock workers walked out at the port on Monday over pay. \"We have waited long enough,\" said Jan Wolski, who leads the dockers. The strike began on Jan 5 and talks failed on April 2.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).toContain("Jan Wolski");
    expect(b.stance).toEqual(expect.arrayContaining([expect.objectContaining({ actor: "Jan Wolski" })]));
    expect(b.who.map((w) => w.name).join(" ")).not.toMatch(/Jan 5|April/);
  });
  it("keeps a family name's glued particle ('al-Rahmani', 'el-Masri') and reads a hyphenated title or a rank as a role", () => {
    const b = mustBrief({ text: "Militia leader Abdelkader al-Rahmani said on Monday the group would fight on. Colonel Samir Haddad, a coalition spokesman, said the strike hit its target. Later, al-Rahmani said more attacks would follow. Ahmed el-Masri, a local elder, said the village was empty.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Abdelkader al-Rahmani", "Samir Haddad", "Ahmed el-Masri"]));
    for (const piece of ["Rahmani", "Abdelkader", "Masri", "Colonel Samir Haddad"]) expect(names).not.toContain(piece);
    // A lone rank gives way to the office an apposition names; alone, it is the role.
    expect(b.who.find((w) => w.name === "Samir Haddad")?.role).toBe("coalition spokesman");
    expect(mustBrief({ text: "Colonel Samir Haddad said on Monday the strike hit its target.", published: "2025-05-07" }).who.find((w) => w.name === "Samir Haddad")?.role).toBe("Colonel");
    expect(b.who.find((w) => w.name === "Abdelkader al-Rahmani")?.mentions).toBe(2);
    const un = mustBrief({ text: "U.N. Secretary-General spokesman Tom Hadley said on Monday the talks would resume. The party's secretary-general, Kees Holm, said it would boycott the vote.", published: "2025-05-07" });
    expect(un.who.map((w) => [w.name, w.role])).toEqual([["Tom Hadley", "U.N. Secretary-General spokesman"], ["Kees Holm", "secretary-general"]]);
  });
  it("places the event in a city named after a place noun ('in the Velmoran capital Astana', 'near the provincial capital, Portoviejo') and makes no place of a people's adjective it does not know", () => {
    const signed = mustBrief({ text: "The agreement was signed in the Velmoran capital Astana on Monday, officials said.", published: "2025-05-07" });
    expect(signed.where.map((w) => [w.name, w.role])).toEqual([["Astana", "event"]]);
    const quake = mustBrief({ text: "The quake struck near the provincial capital, Portoviejo, on Monday. Rescue teams searched the rubble, officials said.", published: "2025-05-07" });
    expect(quake.where.map((w) => [w.name, w.role])).toEqual([["Portoviejo", "event"]]);
    expect(quake.who.map((w) => w.name)).not.toContain("Portoviejo");
  });
  it("reads a town placed in its state ('in Orrin Falls, Wisconsin') as a place, not a person, and a company's base as no event place", () => {
    const b = mustBrief({ text: "Calloway Dairy Foods, based in Orrin Falls, Wisconsin, said on Monday it would buy a rival processor. A truck overturned in Dana Lake, Ohio, on Sunday.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("Orrin Falls");
    expect(b.who.map((w) => w.name)).not.toContain("Dana Lake");
    expect(b.where).toEqual(expect.arrayContaining([expect.objectContaining({ name: "Orrin Falls", role: "mentioned", country: "United States" }), expect.objectContaining({ name: "Dana Lake", country: "United States" })]));
  });
  it("keeps 'and' inside the field a body is named for ('Office for Product Safety and Standards'), splits two bodies ('Ministry of Justice and Home Office'), and keeps a national body's nation ('Public Health England')", () => {
    const b = mustBrief({ text: "The Alliance for Progress and Renewal rejected the result on Monday. The Office for Product Safety and Standards said it was looking into the case. The Organization for Security and Co-operation in Europe said the vote was fair. The Ministry of Justice and Home Office issued a joint statement. The Department of Health and Human Services said the rule was sound. A spokesman for Public Health England said the risk was low, and Cancer Research UK welcomed the study.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Alliance for Progress and Renewal", "Office for Product Safety and Standards", "Organization for Security and Co-operation", "Ministry of Justice", "Home Office", "Department of Health and Human Services", "Public Health England", "Cancer Research UK"]));
    for (const piece of ["Renewal", "Standards", "Co-operation", "Public Health", "England", "Cancer Research"]) expect(names).not.toContain(piece);
  });
  it("places each country of a list where the event happened, keeps countries named only as places out of who, and reads a name described by an age or a person noun as a person's", () => {
    const b = mustBrief({ text: "Floods across India, Nepal and Bangladesh have killed more than 200 people this week, officials said. Anwara Begum, a villager, said her house was gone. Rashida Khatun, 45, said the water rose fast. Zolgen Biologix, a maker of pumps, said it would help.", published: "2025-05-07" });
    expect(b.where.map((w) => [w.name, w.role])).toEqual([["India", "event"], ["Nepal", "event"], ["Bangladesh", "event"]]);
    const kinds = Object.fromEntries(b.who.map((w) => [w.name, w.kind]));
    expect(kinds).toEqual({ "Anwara Begum": "person", "Rashida Khatun": "person", "Zolgen Biologix": "org" });
  });
  it("reads a capital as its government, not a place, when it acts beside another ('Paris and Washington urged'), before a quoted verb, or as the other party ('talks with Beijing')", () => {
    const b = mustBrief({ text: "Protests spread across Tunisia on Friday, officials said. Paris and Washington urged calm. Moscow \"has always supported\" the government, a spokesman said. The country signed agreements with Beijing last year.", published: "2025-05-07" });
    expect(b.where.map((w) => w.name)).toEqual(["Tunisia"]);
    expect(b.who.map((w) => w.name)).toEqual(expect.arrayContaining(["France", "United States", "Russia", "China"]));
  });
  it("knows more countries' adjectives ('The Kyrgyz government said'), makes no actor of a capitalised adjective ('the former Soviet republic') or of a caption's 'L-R'", () => {
    const b = mustBrief({ text: "Voters in the former Soviet republic went to the polls on Sunday. The Kyrgyz government said the vote was fair. Pictured (L-R) are Ana Ruiz and Tom Hadley.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toContain("Kyrgyzstan");
    for (const junk of ["Soviet", "Kyrgyz", "L-R", "L", "R"]) expect(names).not.toContain(junk);
  });
  it("leaves a company's trade out of its name ('Retailer Bellamy & Cole'), joins its short name ('Stellan' of 'Stellan Motor Components'), and reads 'head of product safety' and 'a statistician at … University' as roles", () => {
    const b = mustBrief({ text: "Retailer Bellamy & Cole said it would close 12 stores. \"We are shocked,\" said Shopwatch head of product safety Tamsin Rourke. Prof Adrian Kowalczyk, a statistician at Lenfield University, said the figures were odd. Stellan Motor Components will cut 300 jobs. Stellan said demand fell.", published: "2025-05-07" });
    const who = Object.fromEntries(b.who.map((w) => [w.name, [w.kind, w.role]]));
    expect(who["Bellamy & Cole"]).toEqual(["org", undefined]);
    expect(who["Tamsin Rourke"]).toEqual(["person", "Shopwatch head of product safety"]);
    expect(who["Adrian Kowalczyk"]).toEqual(["person", "statistician at Lenfield University"]);
    expect(who["Stellan Motor Components"]?.[0]).toBe("org");
    expect(Object.keys(who)).not.toContain("Stellan");
    expect(Object.keys(who)).not.toContain("Retailer Bellamy & Cole");
  });
  it("makes a wire dateline's town, where the text names it, the event's place before its state, and takes the namesake in the state written after a town", () => {
    const text = "ELMSFORD JUNCTION, Pa. (AP) — A commuter train slammed into a stalled freight train Tuesday night in eastern Pennsylvania, killing two people, officials said. The train struck the freight train near a rural crossing just west of Elmsford Junction, a small borough, according to county officials.";
    const b = mustBrief({ text, published: "2025-05-07" });
    expect(b.where[0]).toMatchObject({ name: "Elmsford Junction", role: "event", country: "United States" });
    expect(b.who.map((w) => w.name)).not.toContain("Elmsford Junction");
    const fire = mustBrief({ text: "A wildfire destroyed 40 homes outside Santa Fe, New Mexico, on Tuesday, officials said.", published: "2025-05-07" });
    expect(fire.where[0]).toMatchObject({ name: "Santa Fe", country: "United States" });
  });
  it("reads a station's dateline with a postal state code ('PARMA, OH (WKRX) -'): the US town, not Italy's city", () => {
    const b = mustBrief({ text: "Coach fired over hazing\n\nPARMA, OH (WKRX) - The head football coach at a Parma high school has been fired after an investigation into hazing, the school district announced on Friday.", published: "2017-10-20" });
    expect(b.where[0]).toMatchObject({ name: "Parma", country: "United States" });
  });

  it("places the story at a dateline the text never names again (no evidence span, basis 'dateline'), after a place the lead names where the dateline is a big city's bureau, and not at a kicker ('EXCLUSIVE -')", () => {
    const town = mustBrief({ text: "DUNMORE FLATS, Kan. (AP) — A grain elevator exploded on Monday, killing two workers, officials said. Investigators said dust had ignited.", published: "2025-05-07" });
    expect(town.where[0]).toEqual({ name: "Dunmore Flats", role: "event", country: "United States", basis: "dateline" });
    const bureau = mustBrief({ text: "WASHINGTON (Reuters) - Rebels shelled a market in Aleppo on Tuesday, killing 12 people, a monitoring group said. The group said the toll could rise.", published: "2025-05-07" });
    expect(bureau.where.map((w) => w.name)).toEqual(["Aleppo", "Washington"]);
    const city = mustBrief({ text: "ACCRA (Reuters) - Ghana's central bank raised its main interest rate on Monday to curb inflation, it said. Analysts at a London-based research firm had expected the move.", published: "2025-05-07" });
    expect(city.where[0]).toMatchObject({ name: "Accra", country: "Ghana", basis: "dateline" });
    const kicker = mustBrief({ text: "EXCLUSIVE - Kestrel Mining is preparing a bid for a smaller rival, three people familiar with the matter said on Monday.", published: "2025-05-07" });
    expect(kicker.where.map((w) => w.name)).not.toContain("Exclusive");
  });
  it("reads where someone lives ('a 31-year-old man from Ilkeston', 'Gregory Hale, 58, of Glendale,') as a place mentioned, no actor; a country before a person's name in the possessive ('Belgium's Elise Vandamme') as a nationality, no actor; and a group said not to be there ('No pupils were hurt') as no actor", () => {
    const b = mustBrief({ text: "A jury convicted a former investment adviser, Gregory Hale, 58, of Glendale, of fraud on Monday in Los Angeles. Police have arrested a 31-year-old man from Ilkeston. No pupils were hurt, officials said. Tereza Novotna beat Belgium's Elise Vandamme in the final.", published: "2017-01-16" });
    const who = b.who.map((w) => w.name);
    for (const junk of ["Glendale", "Ilkeston", "No pupils", "Belgium"]) expect(who).not.toContain(junk);
    expect(who).toEqual(expect.arrayContaining(["Gregory Hale", "Elise Vandamme"]));
    expect(b.where[0]).toMatchObject({ name: "Los Angeles", role: "event" });
    expect(b.where.filter((w) => w.name === "Glendale" || w.name === "Ilkeston").map((w) => w.role)).toEqual(["mentioned", "mentioned"]);
    const acting = mustBrief({ text: "Belgium's government said on Monday it would send aid. Belgium also recalled its ambassador.", published: "2017-01-16" });
    expect(acting.who.map((w) => w.name)).toContain("Belgium");
  });
  it("keeps a given name that is also a town's before a double-barrelled surname ('David Pryce-Morgan', 'Anna Lee-Smith')", () => {
    const b = mustBrief({ text: "David Pryce-Morgan, a former minister, launched a leadership challenge on Monday. On Tuesday Anna Lee-Smith said she would back him.", published: "2017-03-31" });
    expect(b.who.map((w) => w.name)).toEqual(expect.arrayContaining(["David Pryce-Morgan", "Anna Lee-Smith"]));
  });
  it("keeps a body's name whole across a title's or an eponym's possessive ('the Information Commissioner's Office', 'the Alzheimer's Association') and drops a quoted nickname from a name ('Leonard \"Lenny\" Marsh')", () => {
    const b = mustBrief({ text: "The Information Commissioner's Office fined the firm on Monday. The Alzheimer's Association welcomed the study. Leonard \"Lenny\" Marsh, 64, said he was pleased. Marsh has sung for 40 years.", published: "2017-03-31" });
    const who = b.who.map((w) => w.name);
    expect(who).toEqual(expect.arrayContaining(["Information Commissioner's Office", "Alzheimer's Association", "Leonard Marsh"]));
    for (const piece of ["'s Office", "Alzheimer", "Association", "Lenny", "Leonard", "Marsh"]) expect(who).not.toContain(piece);
  });
  it("reads a region's or a city's government as an actor ('the Queensland government on Monday cut …', 'the Delhi government declined to comment'), past a date between subject and verb", () => {
    const b = mustBrief({ text: "The Queensland government on Monday cut fuel taxes by 10 cents a litre. The Delhi government declined to comment. Truckers said they were pleased.", published: "2017-03-31" });
    expect(b.who.map((w) => w.name)).toEqual(expect.arrayContaining(["Queensland", "Delhi"]));
    expect(b.where.map((w) => w.name)).not.toContain("Delhi");
    expect(b.stance.find((x) => x.actor === "Delhi")?.position).toBe("no_comment");
  });
  it("reads where someone grew up or lives ('who grew up in Kumasi and lives in Leeds') as places mentioned, not the event's", () => {
    const b = mustBrief({ text: "Striker Kwame Mensah signed a three-year deal with Harlow Rovers in Manchester on Tuesday. Mensah, who grew up in Kumasi and lives in Leeds, said he was delighted.", published: "2017-09-15" });
    expect(b.where[0]).toMatchObject({ name: "Manchester", role: "event" });
    expect(b.where.filter((w) => w.name === "Kumasi" || w.name === "Leeds").map((w) => w.role)).toEqual(["mentioned", "mentioned"]);
  });
  it("reads common occupations before a name as roles ('Met Office forecaster Grahame Lister', 'District collector Sravan Kumar Bollam', 'spinner Imran Qadir'), so the name is a person's, and no verb as one ('rain continued to batter London')", () => {
    const b = mustBrief({ text: "Storms hit the coast on Monday. The weather service's forecaster Grahame Lister said winds would ease. District collector Sravan Kumar Bollam visited the site. Left-arm spinner Imran Qadir took four wickets. Torrential rain continued to batter London.", published: "2017-03-31" });
    const who = Object.fromEntries(b.who.map((w) => [w.name, [w.kind, w.role]]));
    expect(who["Grahame Lister"]?.[0]).toBe("person");
    expect(who["Grahame Lister"]?.[1]).toMatch(/forecaster$/);
    expect(who["Sravan Kumar Bollam"]).toEqual(["person", "District collector"]);
    expect(who["Imran Qadir"]?.[0]).toBe("person");
    expect(Object.keys(who)).not.toContain("London");
  });
  it("keeps a body's field after 'on' in its name ('Kenya National Commission on Human Rights', 'Council on Foreign Relations'), but not a date ('The committee on Monday')", () => {
    const b = mustBrief({ text: "The Kenya National Commission on Human Rights said on Monday the vote was flawed. The Council on Foreign Relations said the result was close. The Election Committee on Tuesday rejected the complaint.", published: "2017-08-17" });
    const who = b.who.map((w) => w.name);
    expect(who).toEqual(expect.arrayContaining(["Kenya National Commission on Human Rights", "Council on Foreign Relations", "Election Committee"]));
    for (const piece of ["Human Rights", "Foreign Relations", "Kenya National Commission"]) expect(who).not.toContain(piece);
  });
  it("joins a first surname used alone to the full Spanish name ('Larrain' of 'Sebastian Larrain Echeverria'), hears a capital pressed by a verb as its government ('urged Canberra to act'), and knows national outlets ('NDTV reported')", () => {
    const b = mustBrief({ title: "Larrain wins Chile runoff", text: "Conservative billionaire Sebastian Larrain Echeverria won Chile's presidential runoff on Sunday. Larrain thanked voters. NDTV reported that the count was quick. The United States urged Canberra to recognise the result.", published: "2017-12-18" });
    const who = b.who.map((w) => w.name);
    expect(who).toContain("Sebastian Larrain Echeverria");
    expect(who).not.toContain("Larrain");
    expect(who).toContain("Australia");
    expect(who).not.toContain("NDTV");
    expect(b.where.map((w) => w.name)).not.toContain("Canberra");
    expect(b.source.citing).toContain("NDTV");
  });
  it("reads a count opening the lead ('At least 23 people have been killed …, officials said') as its subject, not an opening phrase before the attribution", () => {
    const b = mustBrief({ text: "At least 23 people have been killed and more than 80 injured after a passenger train derailed in the northern state of Uttar Pradesh, officials said. Rescuers worked through the night.", published: "2017-08-20" });
    expect(b.who[0]?.name).toBe("At least 23 people");
    expect(b.who.map((w) => w.name)).not.toContain("Officials");
  });
  it("does not place the event where a distance is measured from 'the city of' a place, nor where an official works ('a senior police officer in Kanpur')", () => {
    const b = mustBrief({ text: "At least 96 people were killed when an express train derailed in the northern state of Uttar Pradesh on Sunday, officials said. The train came off the tracks near the small town of Bhitarganj, about 60 km from the city of Kanpur. \"Rescue operations are over,\" said Zaheer Qureshi, a senior police officer in Kanpur.", published: "2017-11-20" });
    expect(b.where[0]?.name).not.toBe("Kanpur");
    expect(b.where.find((w) => w.name === "Kanpur")?.role ?? "mentioned").toBe("mentioned");
  });
  it("reads a role in apposition past a possessor ('Sunil Ramaswamy, the party's deputy leader') and so hears 'he added' as that person", () => {
    const b = mustBrief({ text: "David Pryce-Morgan launched a leadership challenge on Monday. \"The party needs new direction,\" Pryce-Morgan said. \"This is a distraction,\" said Sunil Ramaswamy, the party's deputy leader. \"Our leader has our full support,\" he added.", published: "2017-03-31" });
    expect(b.who.find((w) => w.name === "Sunil Ramaswamy")).toMatchObject({ kind: "person", role: "party's deputy leader" });
    expect(b.stance.find((x) => x.quote?.includes("full support"))?.actor).toBe("Sunil Ramaswamy");
  });
  it("leaves an age out of a role before a name in commas ('a 47-year-old businesswoman, Ada Obi,')", () => {
    const b = mustBrief({ text: "Police rescued a 47-year-old businesswoman, Ada Obi, on Monday, three days after she was kidnapped.", published: "2017-06-19" });
    expect(b.who.find((w) => w.name === "Ada Obi")?.role).toBe("businesswoman");
  });
  it("reads holidays as events, not actors ('New Year's Eve', 'Valentine's Day', 'St Patrick's Day'), keeps 'Doris Day' a person, and hears no words in a car that 'slammed into' another", () => {
    const b = mustBrief({ text: "Reality star Brandi Kesh was jailed for 90 days on Monday over a crash on New Year's Eve. Her Range Rover slammed into a car, prosecutors said. Fans had gathered on Valentine's Day and again on St Patrick's Day. Singer Doris Day said she was sad.", published: "2017-06-05" });
    const who = b.who.map((w) => w.name);
    for (const junk of ["Eve", "New Year", "Valentine", "Valentine's Day", "Patrick's Day", "Day"]) expect(who).not.toContain(junk);
    expect(who).toContain("Doris Day");
    expect(b.stance.map((x) => x.actor)).not.toContain("Range Rover");
  });
  it("gives an apposition after 'Name of Place,' to the name, not the place ('Rep. Jim Harlan of South Carolina, chairman of the caucus,')", () => {
    const b = mustBrief({ text: "The House passed the health bill on Thursday. \"It is a bad deal,\" said Rep. Jim Harlan of South Carolina, chairman of the House Freedom Caucus, who voted against it.", published: "2017-05-05" });
    const place = b.where.find((w) => w.name === "South Carolina");
    expect(place?.country ?? "United States").toBe("United States");
    expect(b.who.find((w) => w.name === "South Carolina")?.role).toBeUndefined();
  });
  it("makes no actor of a party's adjective ('a Republican who signed the bill', 'the Republican-controlled legislature')", () => {
    const b = mustBrief({ text: "A federal judge on Thursday blocked a law passed by the Republican-controlled legislature. Gov. Dale Pruett, a Republican who signed the bill, said the state would appeal.", published: "2017-06-02" });
    const who = b.who.map((w) => w.name);
    expect(who).not.toContain("Republican");
    expect(who).toContain("Dale Pruett");
  });
  it("joins a short form defined in brackets to its body, whatever its letters ('National Disaster Mitigation Agency (BNPB)', 'Commission on Human Rights (CHR)')", () => {
    const b = mustBrief({ text: "The National Disaster Mitigation Agency (BNPB) said 54 people died in the quake on Wednesday. BNPB spokesman Sutopo Nugroho said rescuers were searching. The Commission on Human Rights (CHR) said it would investigate, and the CHR asked for calm.", published: "2017-12-07" });
    const who = b.who.map((w) => w.name);
    expect(who).toEqual(expect.arrayContaining(["National Disaster Mitigation Agency", "Commission on Human Rights"]));
    for (const short of ["BNPB", "CHR", "Human Rights"]) expect(who).not.toContain(short);
  });
  it("does not place the event in a city named only to measure a distance from", () => {
    const b = mustBrief({ text: "A mother of three who went to the Calder County Courthouse to ask for protection was arrested there by federal agents last Friday, her attorney said on Monday. Her family said she was later moved to a detention center. The center lies near the town of Dilworth, about 50 miles south of San Antonio.", published: "2025-05-07" });
    const names = b.where.map((w) => w.name);
    expect(names.indexOf("San Antonio")).toBeGreaterThan(names.indexOf("Calder County Courthouse"));
    expect(b.where.find((w) => w.name === "San Antonio")?.role).not.toBe("event");
  });
  it("keeps names whole across a possessive before a later head ('Prairie Women's Health Center'), 'and' inside a country's or a region's name, a body of two places, and a hospital named after its city", () => {
    const b = mustBrief({ text: "Staff at the Prairie Women's Health Center said the ruling was a relief. U.S. Immigration and Customs Enforcement said the arrest was lawful. Avon and Somerset Police said a man had been arrested. The patient was taken to Leeds General Infirmary. Trinidad and Tobago said it would send aid. Flooding hit Dumfries and Galloway on Monday.", published: "2025-05-07" });
    const names = [...b.who.map((w) => w.name), ...b.where.map((w) => w.name)];
    expect(names).toEqual(expect.arrayContaining(["Prairie Women's Health Center", "U.S. Immigration and Customs Enforcement", "Avon and Somerset Police", "Leeds General Infirmary", "Trinidad and Tobago", "Dumfries and Galloway"]));
    for (const piece of ["Prairie Women", "Health Center", "Customs Enforcement", "Avon", "Somerset Police", "General Infirmary", "Trinidad", "Tobago", "Galloway"]) expect(names).not.toContain(piece);
  });
  it("reads names in a Title Case headline only where the body writes them so, or as countries and big cities ('Federal Judge Blocks Kansas Abortion Law')", () => {
    const judge = mustBrief({ title: "Federal Judge Blocks Kansas Abortion Law", text: "A federal judge on Monday blocked a Kansas law that would have banned a common abortion procedure, siding with the Prairie Women's Health Center.", published: "2025-05-07" });
    const names = [...judge.who.map((w) => w.name), ...judge.where.map((w) => w.name)];
    expect(names).toContain("Kansas");
    expect(names.join(" ")).not.toMatch(/Blocks|Abortion Law/);
    const bill = mustBrief({ title: "Governor Signs Bill Banning Texting While Driving", text: "Governor Ana Ruiz signed a bill on Monday that bans texting while driving across the state.", published: "2025-05-07" });
    expect(bill.who.map((w) => w.name)).toEqual(["Ana Ruiz"]);
  });
  it("reads an unknown 'X City' as a club or council unless something happens in it, one with its short name, and a byline 'at' a ground as no actor", () => {
    const b = mustBrief({ text: "By Gareth Lomas at Mill Lane\nThe part-timers knocked Championship high-fliers Norbury City out of the FA Cup with a 2-1 victory at Mill Lane on Saturday. Norbury manager Graham Kellett said his side were poor.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toContain("Norbury City");
    expect(names).not.toContain("Norbury");
    expect(names).not.toContain("Gareth Lomas");
    expect(b.where.map((w) => w.name)).toEqual(["Mill Lane"]);
    const city = mustBrief({ text: "A wildfire forced thousands to flee Carson City on Monday, officials said.", published: "2025-05-07" });
    expect(city.where.map((w) => w.name)).toContain("Carson City");
  });
  it("reads the world press's names: currencies before amounts name no one, a title's field is no person, hyphenated given names, honorifics, 'binti', two- and three-word states, and 'At least' groups", () => {
    const india = mustBrief({ text: "The state government on Tuesday announced a relief package of Rs 500 crore for farmers. Chief Minister Shri Arvind Kulkarni said the money would reach farmers within a week. Smt Lata Deshmukh, a local leader, welcomed it. The deal is worth HK$2 billion and $US90 million, or Dh3.4 billion.", published: "2025-05-07" });
    const names = india.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Arvind Kulkarni", "Lata Deshmukh"]));
    for (const junk of ["Rs", "HK", "US90", "Dh3"]) expect(names).not.toContain(junk);
    const irish = mustBrief({ text: "The Minister for Foreign Affairs, Ciaran Dolan, said Ireland would send aid to the region. Minister for Health Aoife Brennan said hospitals were ready for the wounded.", published: "2025-05-07" });
    expect(irish.who.map((w) => w.name)).not.toContain("Affairs");
    const asia = mustBrief({ text: "Daesan Group chairman Kang Tae-sung was arrested on Monday. Kang denied any wrongdoing. His Highness Shaikh Majid Bin Tahnoun Al Falasi opened the fair. Siti Aminah binti Yusof, 34, was charged with fraud. At least 12 people died when bushfires hit New South Wales on Sunday.", published: "2025-05-07" });
    const who = asia.who.map((w) => w.name);
    expect(who).toEqual(expect.arrayContaining(["Kang Tae-sung", "Majid Bin Tahnoun Al Falasi", "Siti Aminah binti Yusof"]));
    for (const piece of ["Kang Tae", "Kang", "Yusof", "New South"]) expect(who).not.toContain(piece);
    expect(asia.where.map((w) => w.name)).toContain("New South Wales");
  });
  it("reads a capital's name that is also a state of the country where the article's big cities lie as that state ('Victoria's west' beside Melbourne)", () => {
    const b = mustBrief({ text: "Bushfires threaten towns in Victoria's west\n\nFirefighters battled dozens of blazes across Victoria's west on Tuesday as temperatures topped 44C, fire officials said. Melbourne recorded its hottest day in three years.", published: "2025-01-16" });
    expect(b.where[0]).toMatchObject({ name: "Victoria", country: "Australia" });
    expect(b.who.map((w) => w.name)).not.toContain("Seychelles");
  });

  it("reads a town after 'residents of' as a place of the story, not a body", () => {
    const b = mustBrief({ text: "Floods cut off towns on Tuesday, officials said.\n\nResidents of Haltwhistle were told to leave their homes as the river rose.", published: "2025-01-16" });
    expect(b.where.map((w) => w.name)).toContain("Haltwhistle");
    expect(b.stance.map((s) => s.actor)).not.toContain("Haltwhistle");
  });

  it("gives a town beside another country's big cities no foreign namesake's country", () => {
    const b = mustBrief({ text: "Bushfire threatens towns\n\nA bushfire burned towards Horsham on Tuesday, fire officials said. Melbourne recorded its hottest day in three years as crews from Sydney flew in.", published: "2025-01-16" });
    const town = b.where.find((w) => w.name === "Horsham");
    expect(town).toBeDefined();
    expect(town?.country).not.toBe("United Kingdom");
  });

  it("keeps a capital that is also a state elsewhere when the article's big cities lie in the capital's country", () => {
    const b = mustBrief({ text: "Storm batters Seychelles capital\n\nHeavy rain flooded streets in Victoria on Tuesday, officials said. Residents of Victoria were told to stay indoors as the storm moved on.", published: "2025-01-16" });
    expect(b.where[0]).toMatchObject({ name: "Victoria", country: "Seychelles" });
  });

  it("reads a capital's name that is also a state of the country whose states the article names as that state ('Queensland, Victoria and Western Australia')", () => {
    const b = mustBrief({ text: "Bushfires burned across Queensland, Victoria and Western Australia on Sunday, officials said. Victoria declared a state of emergency.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("Seychelles");
    expect(b.where.find((w) => w.name === "Victoria")?.country).toBe("Australia");
  });
  it("keeps buildings out of who ('the Glenmorrow Hotel'), reads abbreviated states as places ('Raleigh, N.C.') and a listing's code as no body ('(HLV.L)')", () => {
    const fire = mustBrief({ text: "A fire tore through the Glenmorrow Hotel in Aberlyn overnight, the Scottish Fire and Rescue Service said. Guests were evacuated. The blaze started in the kitchen.", published: "2025-05-07" });
    expect(fire.who.map((w) => w.name)).toEqual(["Scottish Fire and Rescue Service"]);
    const mill = mustBrief({ text: "The mill in Millbrook, N.C., will close in March, Halvering Stores (HLV.L) said on Monday. Workers in Raleigh, N.C., protested against the closure.", published: "2025-05-07" });
    expect(mill.who.map((w) => w.name)).not.toContain("HLV.L");
    expect(mill.who.map((w) => w.name)).not.toContain("N.C.");
    expect(mill.where.map((w) => w.name)).toContain("North Carolina");
  });
  it("joins a body's head word used alone to the one body named with it ('Police' and 'Lakeport Transport Police')", () => {
    const b = mustBrief({ text: "Police set to check driver's phone records\n\nA tram driver is being questioned after the crash in Lakeport on Monday. Lakeport Transport Police said it was too early to say what caused it. A spokeswoman added that the driver was helping officers.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toContain("Lakeport Transport Police");
    expect(names).not.toContain("Police");
  });
  it("matches a surname that is also a region's name to the person named before ('Sgt. Luis Carrasco' … 'Carrasco said'), while a state that acts is still its government", () => {
    const b = mustBrief({ text: "Phoenix police arrested Terrell Ambrose, 29, at an apartment complex in Glendale on Sunday, Sgt. Luis Carrasco said at a news conference. Detectives recovered a handgun and cash from the apartment, Carrasco said.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("Carrasco");
    expect(b.who.find((w) => w.name === "Luis Carrasco")?.mentions).toBe(2);
    const sued = mustBrief({ text: "Florida sued the federal government on Monday over the new rules, and Texas said it would join the case.", published: "2025-05-07" });
    expect(sued.who.map((w) => [w.name, w.kind])).toEqual(expect.arrayContaining([["Florida", "org"]]));
  });
  it("makes 'A 24-year-old man' the person the article later names with that age", () => {
    const b = mustBrief({ text: "A 24-year-old man has been charged with attempted murder after a stabbing in Kellsbury on Saturday. Dorian Pryce, 24, of Mill Lane, will appear before magistrates on Monday, police said. A second man, aged 31, was released.", published: "2025-05-07" });
    expect(b.who[0]?.name).toBe("Dorian Pryce");
    expect(b.who.map((w) => w.name)).not.toContain("A 24-year-old man");
  });
  it("takes no group from the people a study's finding is about ('Teenagers who eat breakfast …, according to a study')", () => {
    const text = "Teenagers who eat breakfast every day have better marks in maths than those who rarely eat it, according to a new study.\n\nResearchers at the Harwick Institute followed 800 pupils for a year. \"The link was clear,\" said Dr Lena Obradovic, who led the study.";
    const b = mustBrief({ text, published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("Teenagers");
    expect(b.who[0]?.name).toBe("Harwick Institute");
    // (A headline's "…, Lakeport study finds" states a finding too.)
    const headline = mustBrief({ title: "Teenagers who skip breakfast more likely to be overweight, Lakeport study finds", text: "Teenagers who regularly skip breakfast are almost twice as likely to be overweight, according to new research from the Harwick Institute.\n\n\"The link was clear,\" said Dr Lena Obradovic, who led the study.", published: "2025-05-07" });
    expect(headline.who.map((w) => w.name)).not.toContain("Teenagers");
  });
  it("keeps a public body named for two areas whole ('Wendlow and Stour Vale NHS Trust'), and makes its board's act its own", () => {
    const text = "Maternity unit to close\n\nThe board of Wendlow and Stour Vale NHS Trust voted on Tuesday to close the maternity unit at Brackwater General Hospital, despite protests.\nBrackwater General Hospital will keep a midwife-led unit. Chief executive Ana Ruiz said the decision was about safety.";
    const b = mustBrief({ text, published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).toContain("Wendlow and Stour Vale NHS Trust");
    expect(b.who.map((w) => w.name)).not.toContain("Wendlow");
    // The board voted: its trust acts, ahead of the hospital named again.
    const board = mustBrief({ text: text.replace("Wendlow and Stour Vale NHS Trust", "Harlow Hospitals Trust"), published: "2025-05-07" });
    expect(board.who[0]?.name).toBe("Harlow Hospitals Trust");
    // Two companies joined by "and" stay two.
    const deal = mustBrief({ text: "Brandco and Lantern Group agreed a merger on Monday, the companies said.", published: "2025-05-07" });
    expect(deal.who.map((w) => w.name)).toEqual(expect.arrayContaining(["Brandco", "Lantern Group"]));
  });
  it("makes the people a body is named for, heading a headline ('Basic school tutors declare strike'), that body", () => {
    const text = "Basic school tutors declare indefinite strike over unpaid allowances\n\nThe Lakeport Education Service has described as illegal a strike declared on Tuesday by tutors in basic schools.\nThe National Association of Basic School Tutors directed its members to withdraw from classrooms until arrears are paid.";
    expect(mustBrief({ text, published: "2017-06-07" }).who[0]?.name).toBe("National Association of Basic School Tutors");
  });

  it("makes a headline's name and lower-case kind ('Harrowby school board votes to close …') the body the lead names after that name", () => {
    const text = "Harrowby school board votes to close Ardleigh Public School\n\nWENDLOW — Ardleigh Public School will close in June after trustees with the Harrowby District School Board voted 7-3 Wednesday night to shut the building.\nAbout 200 parents packed the meeting. Board chair Ana Ruiz said the district could no longer run a half-empty school.";
    const b = mustBrief({ text, published: "2018-03-01" });
    expect(b.who[0]?.name).toBe("Harrowby District School Board");
  });

  it("makes a headline's 'Board' the body of that kind the lead names, its head before its field ('Wendlow Board of Education')", () => {
    const text = "Board votes to close Ardleigh, Brackwater elementary schools\n\nWENDLOW — Two of the city's oldest elementary schools will close at the end of the school year after the Wendlow Board of Education voted 5-2 Monday night to consolidate them.\nAbout 200 parents packed the auditorium for the vote. Superintendent Ana Ruiz said the district could no longer run half-empty buildings.";
    const b = mustBrief({ text, published: "2025-05-07" });
    expect(b.who[0]?.name).toBe("Wendlow Board of Education");
    // The dateline, which the text names only inside the board's name, is the place.
    expect(b.where[0]).toMatchObject({ name: "Wendlow" });
  });
  it("makes a word whose own council the text names a place ('Ardleigh's libraries' beside 'Ardleigh District Council'), and counts a gallery in prose as text", () => {
    const text = "Four of Ardleigh's branch libraries will shut this summer after councillors voted to close them last night.\n\nMembers of Ardleigh District Council backed the plan by 31 votes to 22 after a debate that was interrupted by protesters in the public gallery.";
    const b = mustBrief({ text, published: "2025-05-07" });
    expect(b.who[0]?.name).toBe("Ardleigh District Council");
    expect(b.who.map((w) => w.name)).not.toContain("Ardleigh");
    expect(b.where.map((w) => w.name)).toContain("Ardleigh");
  });
  it("puts a building every town has ('City Hall', 'the Statehouse') after the town it stands in", () => {
    const b = mustBrief({ text: "Hundreds of hawkers protested outside City Hall in Lakeport on Tuesday against a ban on street trading. Ana Ruiz, who chairs the vendors' association, said the ban would cost 3,000 jobs.", published: "2018-02-21" });
    expect(b.where.map((p) => p.name).slice(0, 2)).toEqual(["Lakeport", "City Hall"]);
  });

  it("takes a competition opened by a place's word ('the County Senior Cup', 'the Lake Harrowby Marathon') for no place", () => {
    const b = mustBrief({ text: "Ivo Pellimore was the hero at Crowther Park on Saturday as his hat-trick sent Harrowby Town into the County Senior Cup final. He had won the Lake Harrowby Marathon a year before.", published: "2015-04-20" });
    expect(b.where.map((p) => p.name).join(" | ")).not.toMatch(/Cup|Marathon/);
  });

  it("puts a mountain range the story crosses after a bureau's dateline ('BRUSSELS (Reuters) - … goods across the Alps')", () => {
    const text = "BRUSSELS (Reuters) - The European Commission fined Italian freight forwarder Marrowby Logistics 210 million euros on Wednesday for price-fixing.\n\nThe EU competition authority said Marrowby had colluded with rivals to set toll surcharges, raising costs for manufacturers that ship goods across the Alps.";
    expect(mustBrief({ text, published: "2018-03-14" }).where[0]?.name).toBe("Brussels");
  });

  it("puts a region of the world after a place the event happens in ('biggest Baltic drill … at the Tarvasoo training area in Estonia')", () => {
    const text = "Nato launches biggest Baltic drill of the year\n\nMore than 4,000 troops from 11 countries began the Northern Anvil exercise at the Tarvasoo training area in Estonia on Monday, Nato said.";
    expect(mustBrief({ text, published: "2025-05-07" }).where.map((p) => p.name).slice(0, 2)).toEqual(["Tarvasoo", "Baltic"]);
  });
  it("makes a headline's 'Foundation' the foundation the lead names", () => {
    const text = "Foundation pledges $25 million to fight Velmora cholera outbreak\n\nGENEVA — A London-based charitable foundation on Tuesday pledged $25 million to help contain Velmora's cholera epidemic.\nThe Ana Ruiz Foundation, set up in 2009 by the businesswoman Ana Ruiz, said the money would fund treatment centres.";
    expect(mustBrief({ text, published: "2025-05-07" }).who[0]?.name).toBe("Ana Ruiz Foundation");
  });
  it("places a story that names no place at the building its headline or lead names ('Wendlow General Hospital')", () => {
    const text = "Hospital 'lost' 1,800 patients from follow-up lists, review finds\n\nWendlow General Hospital failed to follow up 1,800 patients over four years, an independent review has found. The trust's chief executive, Ana Ruiz, apologised.";
    expect(mustBrief({ text, published: "2025-05-07" }).where[0]).toMatchObject({ name: "Wendlow General Hospital", role: "event" });
  });
  it("takes a union of states named only as where ('the first scheme of its kind in the EU') for no actor", () => {
    const text = "Velmora to offer civil servants four-day week in EU first\n\nVelmora's government has approved plans to let civil servants work a four-day week, in what ministers say is the first scheme of its kind in the European Union.";
    const b = mustBrief({ text, published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("European Union");
    // Acting, it is one: "The EU fined Brandco".
    expect(mustBrief({ text: "The European Union fined Brandco 2 billion euros on Tuesday.", published: "2025-05-07" }).who[0]?.name).toBe("European Union");
  });
  it("makes 'the gunman' the person police identified as him, and counts no one the victims were identified as", () => {
    const text = "Police: Gunman kills 3 at Pellham bowling alley before killing himself\n\nPELLHAM, Ohio (AP) — A man who had been thrown out of a bowling alley returned with a rifle late Saturday and opened fire, killing three people before fatally shooting himself, authorities said.\nSheriff Rosa Ilkley identified the gunman as Corvin Ashdale, 37, of nearby Marlow. She said Ashdale had argued with staff earlier in the evening.\n\"He walked in and started shooting,\" Ilkley said.";
    const b = mustBrief({ text, published: "2025-05-07" });
    expect(b.who[0]?.name).toBe("Corvin Ashdale");
    expect(b.who.map((w) => w.name)).not.toContain("Gunman");
    // ("of nearby Marlow": his home, a place, not a body.)
    expect(b.who.map((w) => w.name)).not.toContain("Marlow");
    expect(b.where.map((w) => w.name)).toContain("Marlow");
    // A count of people is no one person identified.
    const victims = mustBrief({ text: "Three people were killed at a bowling alley in Pellham late Saturday. Sheriff Rosa Ilkley said the three people were identified as friends of Corvin Ashdale.", published: "2025-05-07" });
    expect(victims.who.map((w) => w.name)).toContain("Three people");
  });
  it("keeps a town that is also a first name one place when the text places it in its state ('in Dayton, Ohio' … 'Dayton police')", () => {
    const b = mustBrief({ text: "Police are hunting a gunman who opened fire inside a nightclub in Dayton, Ohio, early Sunday, killing two people. Dayton police Chief Raymond Okafor said the suspect fled on foot. Dayton residents held a vigil.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("Dayton");
    expect(b.where[0]?.name).toBe("Dayton");
  });
  it("reads a venue named 'X Room' or 'X Lounge' as a place", () => {
    const b = mustBrief({ text: "A gunman opened fire inside the Velvet Room in Lakeport early Sunday, killing two people, police said. The Harbour Lounge next door was evacuated.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("Velvet Room");
    expect(b.where.map((w) => w.name)).toContain("Velvet Room");
  });
  it("reads a state whose name the word list holds as a place where it does not act ('parts of Kansas and north Texas'), a town a storm tears through as where, and a scale's code ('EF-2') as nothing", () => {
    const b = mustBrief({ text: "A tornado tore through Shawnee, Oklahoma on Saturday night, killing two people. \"We're looking at EF-2 damage at least,\" meteorologist Ana Ruiz said. The storm also brought hail to parts of Kansas and north Texas.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).toEqual(["Ana Ruiz"]);
    expect(b.where[0]).toMatchObject({ name: "Shawnee", role: "event" });
    expect(b.where.map((w) => w.name)).toEqual(expect.arrayContaining(["Kansas", "Texas"]));
    expect(b.where.map((w) => w.name)).not.toContain("EF-2");
    // The county a village is named in is no rival for it ("in the Kent village of …").
    expect(mustBrief({ text: "Flood water rose in the Kent village of Hollingbury Green on Sunday, forcing 40 families from their homes, officials said.", published: "2025-05-07" }).where[0]).toMatchObject({ name: "Hollingbury Green", role: "event" });
  });

  it("reads a settlement the text introduces as a place ('the Kent village of Hollingbury Green', 'Dunmore Flats, a town of 4,000 people'), and the hospital someone is taken to as no event place", () => {
    const flood = mustBrief({ text: "Flood water swept through the Kent village of Hollingbury Green on Sunday, forcing 40 families from their homes, officials said.", published: "2025-05-07" });
    expect(flood.where[0]?.name).toBe("Hollingbury Green");
    expect(flood.who.map((w) => w.name)).not.toContain("Hollingbury Green");
    const town = mustBrief({ text: "Residents of Dunmore Flats, a town of 4,000 people in Jasper County, Texas, were told to boil their water on Sunday after a main burst, officials said.", published: "2025-05-07" });
    expect(town.who.map((w) => w.name)).not.toContain("Dunmore Flats");
    const farm = mustBrief({ text: "A farmer was seriously injured when his tractor overturned near Kirkby Stowell on Sunday. He was flown to James Cook University Hospital in Middlesbrough, police said.", published: "2025-05-07" });
    expect(farm.where.find((w) => w.name === "Middlesbrough")?.role).toBe("mentioned");
  });

  it("reads a headline's verb in -s after a body's name as no part of the role ('Quillfield State fires coach Ana Ruiz')", () => {
    const b = mustBrief({ title: "Quillfield State fires coach Ana Ruiz after 3-8 season", text: "Quillfield State fired football coach Ana Ruiz on Sunday, a day after the team closed a 3-8 season. Ruiz went 22-36 in five seasons.", published: "2016-11-21" });
    expect(b.who.find((w) => w.name === "Ana Ruiz")?.role).toBe("coach");
  });

  it("reads an era's adjective before a thing as no one ('a Victorian swimming baths', 'to close Edwardian terraces')", () => {
    const b = mustBrief({ title: "Lakeport council votes to close Victorian swimming baths", text: "A Victorian swimming baths in Lakeport will close this summer after councillors voted to stop funding it. The council also plans to sell Edwardian terraces on Mill Road, council leader Ana Ruiz said.", published: "2016-03-16" });
    const names = b.who.map((w) => w.name);
    expect(names).not.toContain("Victorian");
    expect(names).not.toContain("Edwardian");
    expect(names).toContain("Ana Ruiz");
  });

  it("places a story at a big city's dateline though a local body names the city too ('TOKYO (Reuters) - … the Tokyo Stock Exchange'), not at the homes of bodies described in apposition", () => {
    const b = mustBrief({ text: "TOKYO (Reuters) - Shares in Velnor Denki plunged 19 percent on Friday after the electronics maker cut its profit forecast. The stock ended at 1,862 yen on the Tokyo Stock Exchange. Dorling Capital, a Hong Kong-based hedge fund that owns 6 percent of Velnor, said it had lost confidence in the board. Orizon Mobile, the Shenzhen-based handset maker that is Velnor's largest customer, declined to comment.", published: "2016-08-06" });
    expect(b.where[0]?.name).toBe("Tokyo");
    // The homes of bodies in apposition locate those bodies only; "The Shenzhen-based company said …"
    // goes back to the story's own company, whose home may be where its news happened.
    const doc = analyse(null, "Dorling Capital, a Hong Kong-based hedge fund, said it had lost confidence. Orizon Mobile, the Shenzhen-based handset maker, declined to comment. The Lakeport-based company said the breach began in March.");
    const homes = findMentions(doc, wordStats(doc)).filter((m) => m.words.length && ["Hong Kong", "Shenzhen", "Lakeport"].includes(m.words.join(" ")));
    expect(homes.map((m) => [m.words.join(" "), m.reference])).toEqual([["Hong Kong", true], ["Shenzhen", true], ["Lakeport", false]]);
  });

  it("reads a country's adjective that opens with an honorific's word ('Sri Lankan forest') as no one's name", () => {
    const b = mustBrief({ title: "Lizard feared extinct rediscovered in Sri Lankan forest", text: "A small horned lizard has been found alive in a patch of forest in central Sri Lanka, scientists from the Kandy Reptile Trust said on Tuesday.", published: "2017-01-25" });
    expect(b.who.map((w) => w.name)).not.toContain("Lankan");
  });

  it("keeps an area's name whole though a word in it is an honorific's ('Phnom Penh's Por Sen Chey district')", () => {
    const b = mustBrief({ text: "About 4,000 workers at a garment factory in Phnom Penh's Por Sen Chey district walked off the job yesterday, demanding higher pay, union leader Vann Sokha said.", published: "2015-10-07" });
    expect(b.who.map((w) => w.name)).not.toContain("Chey");
    expect(b.who.map((w) => w.name)).not.toContain("Por");
  });

  it("reads a participle opening a headline before an unknown name ('Rediscovered Varnholt painting …', 'Embattled Brandco boss …') as no part of the name", () => {
    const painting = mustBrief({ title: "Rediscovered Varnholt painting sets record at Vienna auction", text: "A painting by the Austrian artist Leopoldine Varnholt sold for 4.2m euros in Vienna on Thursday evening.", published: "2016-12-02" });
    expect(painting.who.map((w) => w.name)).toEqual(["Leopoldine Varnholt"]);
    const boss = mustBrief({ title: "Embattled Brindlecom boss quits", text: "The chief executive of Brindlecom, Ana Ruiz, resigned on Thursday after months of criticism.", published: "2016-12-02" });
    expect(boss.who.map((w) => w.name)).not.toContain("Embattled Brindlecom");
  });

  it("reads 'Federation of Free Apparel Workers' as a body, though 'Free' is a given name too", () => {
    const b = mustBrief({ text: "About 4,000 garment workers in Lakeport walked off the job yesterday. The strike was called by the Federation of Free Apparel Workers, which said it would continue until the wage was set.", published: "2015-10-07" });
    expect(b.who.map((w) => w.name)).toContain("Federation of Free Apparel Workers");
  });

  it("reads a body followed by 'whose president, …,' as the body, not a person titled 'whose president'", () => {
    const b = mustBrief({ text: "About 4,000 garment workers in Lakeport walked off the job yesterday. The strike was called by the Lakeport Federation of Apparel Workers, whose president, Yim Sokha, said it would continue until the wage was set.", published: "2015-10-07" });
    const body = b.who.find((w) => w.name === "Lakeport Federation of Apparel Workers");
    expect(body).toMatchObject({ kind: "org" });
    expect(body?.role).toBeUndefined();
  });

  it("takes a headline's 'Kansas lawmakers' for the Kansas Legislature the lead names, not a group", () => {
    const b = mustBrief({ title: "Kansas lawmakers override governor's veto on raw milk sales", text: "TOPEKA, Kan. – The Kansas Legislature on Tuesday overrode Gov. Ana Ruiz's veto of a bill that lets farmers sell unpasteurized milk. The Senate voted 29-11 to override.", published: "2016-03-30" });
    expect(b.who[0]?.name).toBe("Kansas Legislature");
    expect(b.who.map((w) => w.name)).not.toContain("Kansas lawmakers");
  });

  it("takes a headline's bare 'Court' ('Court blocks coal mine') for the one court the next sentences name", () => {
    const b = mustBrief({ title: "Court blocks Wallaby Gap coal mine", text: "A $480 million coal mine planned for the valley has been blocked after the Lakeport Land and Environment Court found it would harm groundwater. In a judgment handed down on Tuesday, Justice Ana Ruiz upheld an appeal by residents against the approval of Brindle Resources' project.", published: "2015-08-12" });
    expect(b.who[0]?.name).toBe("Lakeport Land and Environment Court");
  });

  it("ranks the body that organised a march or called a strike before the crowd that took part", () => {
    const march = mustBrief({ title: "Thousands march in Lakeport against demolition of estate", text: "Thousands of residents marched through Lakeport on Sunday against plans to demolish the Marrowfield estate. \"We are not leaving,\" said Tomasz Brell, president of the Marrowfield Tenants Union, which organised the march.", published: "2018-05-14" });
    expect(march.who[0]?.name).toBe("Marrowfield Tenants Union");
    const strike = mustBrief({ title: "9,000 tea workers strike over wages", text: "Nearly 9,000 workers at 14 tea estates stopped plucking on Monday, demanding higher wages. The indefinite strike was called by the Lakeport Plantation Workers Front, which said the company had ignored three notices.", published: "2018-05-15" });
    expect(strike.who[0]?.name).toBe("Lakeport Plantation Workers Front");
  });

  it("reads a state before a people noun ('Florida man steals …', Florida also being a given name) as where someone is from: a place, no actor", () => {
    const b = mustBrief({ title: "Florida man steals ambulance outside hospital", text: "A man stole an ambulance from outside a Tampa hospital on Tuesday morning and led officers on a 20-minute chase, police said. Dario Velloso-Kent, 34, was arrested. The Office of the Public Defender, which represents him, declined to comment.", published: "2019-01-23" });
    expect(b.who.map((w) => w.name)).not.toContain("Florida");
    expect(b.where.map((w) => w.name)).toContain("Florida");
    expect(b.stance.map((x) => x.actor)).not.toContain("Florida");
    // A body's name on its head word and "of" keeps the title word that ends it.
    expect(b.who.map((w) => w.name)).toContain("Office of the Public Defender");
  });

  it("reads a family firm's name without '& Sons' as the firm, in the headline too, before its chairman of that surname", () => {
    const b = mustBrief({ title: "Belgian brewer agrees deal for Lakeport's Marrowby", text: "One of the oldest brewers in Lakeport, Marrowby & Sons, has agreed to be taken over by a Belgian group. \"Marrowby is a jewel,\" the group's chief executive Ana Ruiz said. Chairman Tom Marrowby said the board had recommended the offer.", published: "2016-02-16" });
    const firm = b.who.find((w) => w.name === "Marrowby & Sons");
    expect(firm?.mentions).toBe(3);
    expect(b.who.find((w) => w.name === "Tom Marrowby")?.mentions).toBe(1);
    expect(b.who.map((w) => w.name)).not.toContain("Marrowby");
  });

  it("reads a historical period's adjective before a thing as no one, opening a headline too ('Tudor manor found …', 'a Ming vase')", () => {
    const b = mustBrief({ title: "Tudor manor found under Lakeport school playground", text: "Archaeologists have found the remains of a large Tudor manor under a school playground in Lakeport, along with a Ming vase, the dig's leader Ana Ruiz said on Thursday.", published: "2017-06-16" });
    const names = b.who.map((w) => w.name);
    expect(names).not.toContain("Tudor");
    expect(names).not.toContain("Ming");
    expect(names[0]).toBe("Ana Ruiz");
  });

  it("takes a lead's subject describing one company ('A Wisconsin frozen food company …') for the company the next sentence introduces", () => {
    const b = mustBrief({ title: "Frozen vegetable recall expands after illnesses in 4 states", text: "A Wisconsin frozen food company on Wednesday expanded its recall to more than 100 products after health officials linked its plant to infections in four states.\nQuellbrook Foods, based in Marlow Falls, Wis., is recalling 112 frozen vegetable and fruit products sold under its own label.\nHealth officials say eight people in Wisconsin, Minnesota and Iowa have been sickened.", published: "2015-07-16" });
    expect(b.who[0]?.name).toBe("Quellbrook Foods");
  });

  it("reads the market's city after a share price's move ('fell 3.1pc in Frankfurt') as no place of the story", () => {
    const text = "German carmaker Quellbrook Motoren has recalled 410,000 cars worldwide, including 38,000 in Britain, because passenger airbags can rupture.\nThe Munich-based company said on Wednesday the fault lay with an inflator made by a supplier.\nNo deaths have been linked to the fault, but Quellbrook said it was aware of three incidents in Germany and Spain.\nShares in Quellbrook fell 3.1pc in Frankfurt.";
    const b = mustBrief({ title: "Quellbrook recalls 410,000 cars worldwide over faulty airbags", text, published: "2016-06-02" });
    expect(b.where[0]?.name).not.toBe("Frankfurt");
    const control = mustBrief({ text: "Shares in Quellbrook fell after the explosion in Frankfurt on Wednesday, which injured three workers at its plant.", published: "2016-06-02" });
    expect(control.where[0]?.name).toBe("Frankfurt");
  });

  it("reads the name someone is known by, introduced right after them, as that person ('The 23-year-old, known as Lolo,'), not a law's nickname", () => {
    const b = mustBrief({ text: "Lakeport Rovers have signed striker Nicolau Vasquez Ribeira from Vila Quellbrook for £18 million on Wednesday. The 23-year-old, known as Lolo, signed a five-year contract. Lolo scored 19 goals last season. Manager Tom Hadley said Lolo was the final piece of the puzzle.", published: "2016-07-28" });
    const names = b.who.map((w) => w.name);
    expect(names).toContain("Nicolau Vasquez Ribeira");
    expect(names).not.toContain("Lolo");
    const law = mustBrief({ text: "Senator Ana Ruiz on Tuesday attacked the Lakeport Care Act, known as Ruizcare, which she said had raised premiums. Ruizcare was passed in 2010.", published: "2016-07-28" });
    expect(law.who.map((w) => w.name)).toContain("Ruizcare");
  });

  it("reads a title's plural ('MPs', 'MEPs') and 'NGO' as no one, and drops a 'Text size Aa Aa' widget", () => {
    const b = mustBrief({ text: 'Text size Aa Aa\nQuellbrook will vote on 9 July on whether to cut its parliament from 240 to 160 seats, Prime Minister Ana Ruiz said on Tuesday.\n"Fewer MPs will not mean better MPs," opposition leader Tom Hadley said. MEPs were divided. An NGO accused the government of distraction.', published: "2017-04-25" });
    const names = b.who.map((w) => w.name);
    for (const none of ["Fewer MPs", "MPs", "MEPs", "NGO", "Aa Aa"]) expect(names).not.toContain(none);
    expect(names).toContain("Tom Hadley");
  });

  it("takes an office written with 'the' in the headline and lead for the person a later sentence introduces as its subject, past a standfirst", () => {
    const b = mustBrief({ title: "Health secretary approves closure of Quellbrook maternity unit", text: "Campaigners vow to seek judicial review after minister overrules council's objections\nThe health secretary has approved the closure of the maternity unit at St Oswin's hospital in Quellbrook, overruling objections from the local council.\nIn a written statement published on Wednesday evening, Ana Ruiz said she had accepted the advice of an independent review panel.\nLocal MP Tom Hadley said the decision was a disgrace.", published: "2016-06-09" });
    expect(b.who[0]?.name).toBe("Ana Ruiz");
    const named = mustBrief({ title: "Environment secretary Tom Hadley resigns over lobbyist meetings", text: "Rolling coverage of the day's political developments\nDana Vellacourt\nTom Hadley has resigned as environment secretary after it emerged that he held five undeclared meetings with lobbyists.", published: "2017-11-16" });
    expect(named.who[0]?.name).toBe("Tom Hadley");
  });

  it("reads a scholarly journal ('the Annals of Quellbrook Medicine') as one name that publishes a study, not a place and not an actor", () => {
    const b = mustBrief({ text: "An experimental pill cut liver fat by a third, researchers reported on Monday. The results were published in the Annals of Quellbrook Medicine. Lead author Ana Ruiz said the results were very encouraging.", published: "2017-06-20" });
    expect(b.where.map((p) => p.name)).not.toContain("Annals");
    expect(b.who.map((w) => w.name)).not.toContain("Annals of Quellbrook Medicine");
    expect(b.who[0]?.name).toBe("Ana Ruiz");
  });

  it("reads an Irish county written short ('Co Quellmore') as a place, and a common acronym's plural ('IPOs') as no one", () => {
    const b = mustBrief({ text: "The emergency department at St Oswin's hospital in Ballyquell, Co Quellmore, will close overnight from July, the hospital group said yesterday. Two planned IPOs were also postponed, chief executive Ana Ruiz said.", published: "2016-06-08" });
    expect(b.where.map((p) => p.name)).toContain("Co Quellmore");
    const names = b.who.map((w) => w.name);
    expect(names).not.toContain("Co Quellmore");
    expect(names).not.toContain("IPOs");
  });

  it("reads a transcript's speaker in capitals and a colon ('RUIZ: …') as no dateline, so no place", () => {
    const b = mustBrief({ title: "Interview: the mayor on the plan", text: "RUIZ: The council approved the plan on Monday and I think it is good for the town. HADLEY: I disagree with it entirely. Ruiz said later that she would not change her mind.", published: "2016-05-10" });
    expect(b.where.map((p) => p.name)).not.toContain("Ruiz");
  });

  it("reads 'USA TODAY' as the outlet, not the country and a date", () => {
    const b = mustBrief({ text: "Brandco Motors cut 300 jobs at its Lakeport plant on Monday, the company told USA TODAY. Union leader Ana Ruiz called the decision a betrayal of workers who had given decades to the firm.", published: "2017-01-10" });
    expect(b.who.map((w) => w.name)).not.toContain("USA");
  });

  it("names a person by the full name a particle surname ('Al Qasimi') was cut from, and reads 'General Department of …' as a body", () => {
    const b = mustBrief({ text: "Six men were arrested on Sunday, according to Colonel Faisal Abdulrahman Al Qasimi, deputy director of the General Department of Criminal Investigation. Col Al Qasimi said the gang had hidden the goods in a flat.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names).toContain("Faisal Abdulrahman Al Qasimi");
    expect(names).not.toContain("Al Qasimi");
    expect(b.who.find((w) => w.name === "General Department of Criminal Investigation")?.kind).toBe("org");
  });
});

describe("areas named for someone", () => {
  it("reads 'Prince Albert's County' and 'St. Aldric's Parish' as one place each, with no title or person in them", () => {
    const b = mustBrief({ text: "A man was shot dead in Prince Albert's County on Tuesday night, police said. Deputies from St. Aldric's Parish joined the search for the gunman.", published: "2025-05-07" });
    expect(b.where.map((w) => w.name)).toEqual(expect.arrayContaining(["Prince Albert's County", "St. Aldric's Parish"]));
    expect(b.who.map((w) => w.name).join(" ")).not.toMatch(/Albert|Aldric|County|Parish/);
  });
});

describe("words that name no one", () => {
  it("reads a nation's man or woman ('the 19-year-old Irishman', 'an Englishwoman') as describing someone, not as an actor", () => {
    const b = mustBrief({ text: "The 19-year-old Irishman passed Ana Ruiz for second place at Lakeport on Sunday. Tom Hadley, an Englishwoman's coach, said the race was wild.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).toEqual(expect.arrayContaining(["Ana Ruiz", "Tom Hadley"]));
    expect(b.who.map((w) => w.name).join(" ")).not.toMatch(/Irishman|Englishwoman/);
  });

  it("reads a modifier before a venue's name as part of it ('the New Ellery Hotel'), not a role", () => {
    const b = mustBrief({ text: "Ana Ruiz conceded defeat in a speech at the New Ellery Hotel on Wednesday.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("Ellery Hotel");
    expect(b.where.map((w) => w.name)).toContain("New Ellery Hotel");
  });

  it("reads a slogan in quotes ('Love Beats Fear') and a word stressed in capitals ('let FEAR win') as no one, and keeps a quoted body's name ('the \"Coalition of the Brave\"') and acronyms", () => {
    const b = mustBrief({ text: "Ana Ruiz held up a sign reading 'Love Beats Fear' outside the town hall on Sunday. \"We will never let FEAR win,\" she said. The \"Coalition of the Brave\" met on Monday. Fighters loyal to ISIS attacked a village nearby.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names.join(" ")).not.toMatch(/Love|Beats|FEAR/);
    expect(names).toEqual(expect.arrayContaining(["Ana Ruiz", "Coalition of the Brave", "ISIS"]));
  });

  it("reads a chant in quotes ('\"Go Gulls Go\"') as no one, the group before 'attack' as no place ('in a Korvath attack'), and splits a caption's place from the name that opens the text ('… in Buenos Aires Ana Ruiz took …')", () => {
    const chant = mustBrief({ text: "Thousands of fans poured into the streets, singing \"Go Gulls Go\" into the early hours on Thursday, Ana Ruiz said.", published: "2025-05-07" });
    expect(chant.who.map((w) => w.name).join(" ")).not.toMatch(/Gulls/);
    const attack = mustBrief({ text: "At least four people were killed in a Korvath attack on the consulate in Harwich on Thursday, officials said. The Korvath said it carried out the attack.", published: "2025-05-07" });
    expect(attack.where.map((w) => w.name)).not.toContain("Korvath");
    const caption = mustBrief({ text: "Media caption Lakeport Cup: Ana Ruiz wins a wild race in Buenos Aires Ana Ruiz took a dominant victory on Sunday. Ana Ruiz now leads the title race.", published: "2025-05-07" });
    expect(caption.who.map((w) => w.name)).toEqual(["Ana Ruiz"]);
    expect(caption.where.map((w) => w.name)).toContain("Buenos Aires");
  });

  it("reads letters glued to a number ('flight 4K9525', 'a £98M KSV move') as part of a code or an amount, and a newsletter box's privacy line as no text", () => {
    const b = mustBrief({ text: "Lakeair flight 4K9525 from Harwich crashed on Tuesday. Ana Ruiz completed a £98M KSV move. We will use your email address only for sending you newsletters. Please see our Privacy Notice for details.", published: "2025-05-07" });
    const names = b.who.map((w) => w.name);
    expect(names.join(" ")).not.toMatch(/K9525|\bM KSV|Privacy/);
    expect(names).toEqual(expect.arrayContaining(["Ana Ruiz", "KSV"]));
  });

  it("keeps a city the text places things in apart from a body named after it ('across Lisbon' … 'the Royal Lisbon' hospital)", () => {
    const b = mustBrief({ title: "Thousands of nurses walk out across Lisbon in first strike for 40 years", text: "Thousands of nurses across Lisbon walked out of hospitals at 8am today. Picket lines formed outside hospitals including the Royal Lisbon as nurses began a 24-hour stoppage.", published: "2025-05-07" });
    expect(b.who.find((w) => w.name === "Royal Lisbon")?.mentions ?? 1).toBe(1);
    expect(b.where[0]?.name).toBe("Lisbon");
  });

  it("reads a region's or a people's adjective ('The Breton said', 'Tibetan monks') as describing people, not as an actor", () => {
    const b = mustBrief({ text: "Farmers blocked roads across the region on Monday. The Breton said the protest would go on, and Tibetan monks marched in Lhasa.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name).join(" ")).not.toMatch(/Breton|Tibetan/);
  });

  it("reads a social platform named as where words were posted ('on his official Facebook page', 'took to Twitter') or credited for a picture ('(Instagram)') as no actor", () => {
    const b = mustBrief({ text: "The singer Ana Ruiz died on Sunday, a statement on her official Facebook page said. Fans took to Twitter to mourn her. Ana Ruiz on stage in Lakeport (Instagram) Tom Hadley, her manager, said she had been ill for a year.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name).join(" ")).not.toMatch(/Facebook|Twitter|Instagram/);
    expect(b.who.map((w) => w.name)).toEqual(expect.arrayContaining(["Ana Ruiz", "Tom Hadley"]));
  });

  it("names a group a tabloid opens in capitals as a sentence would ('RESCUERS are racing' → Rescuers, 'AT LEAST 12 people' → At least 12 people), keeping acronyms", () => {
    const b = mustBrief({ text: "RESCUERS are racing to reach a boy trapped in a well in Lakeport. AT LEAST 12 people have died in the fires, officials said on Monday. NHS staff walked out.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).toEqual(expect.arrayContaining(["Rescuers", "At least 12 people", "NHS"]));
  });

  it("reads exclamations ('thank God', 'God forbid'), a platform something was made for ('filmed for TikTok') and a newsletter box's sign-up lines as no actor", () => {
    const b = mustBrief({ text: "The school banned phones on Thursday after fights filmed for TikTok. \"God forbid there is an emergency,\" said Ana Ruiz. \"Honestly, thank God,\" said Tom Hadley. Sign up for exclusive newsletters, comment on stories and attend events. By clicking Sign up you confirm your data.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).toEqual(["Ana Ruiz", "Tom Hadley"]);
  });

  it("reads a region's adjective before a place noun ('the Hebridean island of Barra', 'a Tuscan village') as no actor", () => {
    const b = mustBrief({ text: "A ferry ran aground off the Hebridean island of Barra last night. Tourists flocked to a Tuscan village on Sunday.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name).join(" ")).not.toMatch(/Hebridean|Tuscan/);
    expect(b.where[0]?.name).toBe("Barra");
  });

  it("keeps 'Isle of X' whole, as a place and in a ship's name", () => {
    const b = mustBrief({ text: "The ferry ran aground off the Isle of Kerrera on Monday. The MV Isle of Kerrera was carrying 140 people, the operator said.", published: "2025-05-07" });
    expect(b.where[0]?.name).toBe("Isle of Kerrera");
    expect(b.who.map((w) => w.name).join(" ")).not.toMatch(/^Kerrera$|MV Isle(?! of)/);
  });

  it("reads a wildfire's name ('the Wolfden fire', 'the Ridge blaze') as no actor", () => {
    const b = mustBrief({ text: "The Wolfden fire had burned 9,000 acres near Lakeport by Wednesday evening, officials said. Firefighters battled the Ridge blaze.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name).join(" ")).not.toMatch(/Wolfden|Ridge/);
  });

  it("reads where a route starts or ends ('the flight from Lisbon to Harwich', 'a ferry bound for Eastport') as no place of the event", () => {
    const b = mustBrief({ text: "Lakeair flight 220 from Lisbon to Harwich crashed in the mountains today. The jet, flying from Lisbon to Harwich, went down near the village of Pradelle this morning. A ferry bound for Eastport picked up debris.", published: "2025-05-07" });
    expect(b.where[0]?.name).toBe("Pradelle");
  });

  it("reads a word for a person before a name neither list knows as a role ('Survivor Kostas Laganos')", () => {
    const b = mustBrief({ text: "Survivor Kostas Laganos said the flames came within minutes on Monday.", published: "2025-05-07" });
    expect(b.who[0]).toMatchObject({ name: "Kostas Laganos", role: "Survivor" });
  });

  it("reads 'from nearby X' and 'in nearby X' as places", () => {
    const b = mustBrief({ text: "A window cleaner from nearby Hollingbury Green said the tram tipped over on Monday. Residents in nearby Eastcombe were evacuated.", published: "2025-05-07" });
    expect(b.who.map((w) => w.name)).not.toContain("Hollingbury Green");
    expect(b.where.map((w) => w.name)).toEqual(expect.arrayContaining(["Hollingbury Green", "Eastcombe"]));
  });

  it("keeps a number written as a word inside a name ('Channel Four'), sets aside a common word with a number ('Stage 4') and ends a name at a gallery's counter ('Agency 22 Ana …')", () => {
    const f1 = mustBrief({ text: "Ana Ruiz said it was one of the best shows she had seen on Channel Four on Sunday.", published: "2025-05-07" });
    expect(f1.who.map((w) => w.name)).not.toContain("Channel");
    const game = mustBrief({ text: "The Lakeport Gulls won Stage 4 on Wednesday night, beating the Harbour Kings 8-7, Ana Ruiz said.", published: "2025-05-07" });
    expect([...game.who, ...game.where].map((w) => w.name).join(" ")).not.toMatch(/Stage/);
    const gallery = mustBrief({ text: "Ana Ruiz was named as the fourth victim on Friday. Flowers left at the scene Agency 22 Ana was described as a gentle soul by her family.", published: "2025-05-07" });
    expect(gallery.who.map((w) => w.name).join(" ")).not.toMatch(/Agency/);
    expect(gallery.who.find((w) => w.name === "Ana Ruiz")?.mentions).toBe(2);
  });

  it("reads a headline's verb after a title when the noun after it only describes the next noun ('Governor signs teacher pay bill')", () => {
    const b = mustBrief({ title: "Governor signs teacher pay bill into law", text: "Brackenholt Governor Ysolde Carramore-Pike signed a bill on Friday that raises the minimum salary for teachers. The measure passed last week.", published: "2025-05-07" });
    expect(b.who[0].name).toBe("Ysolde Carramore-Pike");
    expect(b.who.map((w) => w.name).join(" ")).not.toMatch(/signs/);
  });

  it("takes a name the gazetteer does not know, followed by ', who' and a verb, as a person's", () => {
    const b = mustBrief({ text: "Drumlevin's mayor has resigned. Maelis Quenby-Tarrowby, who had held the office since June, announced her decision at a council meeting on Wednesday evening.", published: "2025-05-08" });
    expect(b.who.find((w) => w.name === "Maelis Quenby-Tarrowby")?.kind).toBe("person");
  });

  it("reads a name before 'mayor' or 'residents' in the possessive as a settlement ('Drumlevin's mayor')", () => {
    const b = mustBrief({ text: "Drumlevin's mayor has resigned following weeks of controversy over her expense claims. She announced her decision at a special meeting on Wednesday evening. \"This is a sad night for Drumlevin,\" a councillor told reporters.", published: "2025-05-08" });
    expect(b.who.map((w) => w.name)).not.toContain("Drumlevin");
    expect(b.where.map((w) => w.name)).toContain("Drumlevin");
  });

  it("names no actor for the world in 'walk the Earth' or 'on the Moon'", () => {
    const b = mustBrief({ text: "Scientists at Pellinore University unveiled the remains of a dinosaur on Wednesday that they say was one of the largest animals ever to walk the Earth. Its bones were found near Harrowgate.", published: "2025-05-08" });
    expect([...b.who, ...b.where].map((w) => w.name)).not.toContain("Earth");
    // ("slightly larger than Earth": the planet without its article.)
    const planet = mustBrief({ text: "Astronomers at the Pellinore Institute announced on Wednesday that they had found a rocky planet slightly larger than Earth orbiting a nearby star.", published: "2025-05-08" });
    expect(planet.who.map((w) => w.name)).not.toContain("Earth");
  });

  it("reads the name of a company's site as where it stands ('its Ashley Brenley plant'), there and wherever else the name stands", () => {
    const b = mustBrief({ title: "Corvane to close Ashley Brenley plant", text: "Carmaker Corvane Motors will close its Ashley Brenley assembly plant with the loss of 1,400 jobs, the company said on Wednesday. Ashley Brenley MP Ana Ruiz called it a hammer blow. The council said it wanted Ashley Brenley to keep making things.", published: "2025-05-08" });
    expect(b.who.map((w) => w.name)).not.toContain("Ashley Brenley");
    expect(b.where[0].name).toBe("Ashley Brenley");
  });

  it("reads a stock exchange as neither a place nor an actor ('trading on the Nasdaq')", () => {
    const b = mustBrief({ title: "Kelmscott Health soars 38% in Nasdaq debut", text: "Shares of Kelmscott Health jumped 38 percent in their first day of trading on the Nasdaq on Monday.", published: "2025-05-08" });
    expect([...b.who, ...b.where].map((w) => w.name)).not.toContain("Nasdaq");
  });

  it("reads 'New York' in a dateline and in running text as the city, one place", () => {
    const datelineOnly = mustBrief({ text: "NEW YORK — Shares of Kelmscott Health jumped 38 percent on Monday, the company said.", published: "2025-05-08" });
    expect(datelineOnly.where[0]).toMatchObject({ name: "New York", country: "United States" });
    const both = mustBrief({ text: "NEW YORK — Shares of Kelmscott Health jumped 38 percent on Monday. The company's offices in New York opened in 2012.", published: "2025-05-08" });
    expect(both.where[0].name).toMatch(/^New York/);
    expect(both.where.filter((w) => /New York/.test(w.name))).toHaveLength(1);
  });

  it("reads a name before 'island' with no determiner as the island's ('off the coast of Merrovy island'), and a coast's 'of' as placing", () => {
    const b = mustBrief({ text: "MANILA (Reuters) - A strong earthquake struck off the coast of Merrovy island in the southern Philippines early on Saturday, killing at least nine people, officials said.", published: "2025-05-10" });
    expect(b.who.map((w) => w.name)).not.toContain("Merrovy");
    expect(b.where[0].name).toBe("Merrovy");
  });

  it("puts the places the lead puts the event in before a capital's dateline the text never places anything in, but not a country before its city", () => {
    const floods = mustBrief({ title: "Floods force thousands from their homes", text: "DHAKA, Bangladesh (AP) — Floodwaters burst through a river embankment in northern Bangladesh on Monday, submerging dozens of villages, officials said. The embankment gave way near Talvasa in Gaibandha district. Aid agencies based in Dhaka said supplies were on their way.", published: "2025-05-06" });
    expect(floods.where[0].name).not.toBe("Dhaka");
    const ferry = mustBrief({ title: "Overloaded ferry capsizes; 19 dead, dozens missing", text: "JAKARTA, Indonesia (Reuters) - At least 19 people died after a ferry capsized off Kestwick island in South Sulawesi province on Monday, the rescue agency said.", published: "2025-05-06" });
    expect(ferry.where[0].name).not.toBe("Jakarta");
    const deal = mustBrief({ text: "MINNEAPOLIS — Ostrel Foods agreed on Monday to buy a rival for $2.1 billion, creating the third-largest dairy processor in the United States.", published: "2025-05-06" });
    expect(deal.where[0].name).toBe("Minneapolis");
  });

  it("takes the court a sentence was passed at as where", () => {
    const b = mustBrief({ text: "A former councillor has been jailed for four years for fraud. Tom Hadley, 58, was sentenced at Dunrobin Crown Court yesterday after a jury found him guilty.", published: "2025-05-06" });
    expect(b.where[0].name).toBe("Dunrobin Crown Court");
  });

  it("reads a demonym several countries share as the biggest one's ('American' is the United States'), and demonyms of two words ('South African') as a country's, a region's people ('Central Asian') as no one", () => {
    const us = mustBrief({ text: "The American government said on Monday it would send an envoy to Velmora.", published: "2025-05-06" });
    expect(us.who[0]).toMatchObject({ name: "United States", kind: "place" });
    const b = mustBrief({ text: "The South African government said on Monday it would send an envoy, while the Central Asian neighbours traded accusations. Ana Ruiz said the talks had failed.", published: "2025-05-06" });
    expect(b.who.map((w) => w.name)).toContain("South Africa");
    expect(b.who.map((w) => w.name).join(" ")).not.toMatch(/Central Asian|South African/);
  });

  it("reads a Malay place word opening a name ('Gunung Tembarai', 'Bukit Kerawang') as a place, and a page stamp with '@' before its time as no date of the event", () => {
    const b = mustBrief({ title: "Firemen rescue 11 hikers trapped by floods on Gunung Tembarai", text: "December 4, 2015 @ 8:05am\nEleven hikers trapped for 30 hours by flash floods on Gunung Tembarai were rescued by firemen on Wednesday (Dec 2). The group had set off from Bukit Kerawang on Monday.", published: "2015-12-04" });
    expect(b.where[0]?.name).toBe("Gunung Tembarai");
    expect(b.who.map((w) => w.name)).not.toContain("Gunung Tembarai");
    expect(b.when?.date).toBe("2015-12-02");
  });

  it("takes a title opening the headline, capitalised as its first word ('Governor declares …'), for the person who holds it", () => {
    const text = "The fire has burned more than 22,000 acres and destroyed at least 41 homes.\nPINECREST FALLS, Colo. — Gov. Marisol Quintaverde declared a state of emergency Wednesday night as the fast-moving Elk Ridge Fire tore through forest west of Pinecrest Falls, forcing more than 6,000 people from their homes.\nThe declaration frees up $5 million.\n\"This fire is moving faster than anything,\" Quintaverde said.\nIncident commander Tomas Arvello said the Elk Ridge Fire had grown.";
    const b = mustBrief({ title: "Governor declares state of emergency as Elk Ridge Fire forces thousands to flee", text, published: "2018-08-02" });
    expect(b.who[0].name).toBe("Marisol Quintaverde");
  });

  it("takes the person who opens the next sentence as the one a lead's subject describes unnamed ('A former treasurer of … was sentenced … Tom Hadley, 58, pleaded guilty')", () => {
    const b = mustBrief({ title: "Former church treasurer jailed for stealing from food bank", text: "A former treasurer of Thornwick Baptist Church was sentenced Tuesday to four years in prison for stealing more than $480,000 from the church's food bank. Tom Hadley, 58, of Quillmark, pleaded guilty in November to theft. The judge said he had betrayed the congregation.", published: "2025-05-14" });
    expect(b.who[0].name).toBe("Tom Hadley");
  });

  it("keeps a place before a title with its field ('Ohio Secretary of State Mira Castellane', 'Superintendent of Police K. Velraj-Anand') as the role, and the person named", () => {
    const text = "The appeals court freed the activist on Monday. Ohio Secretary of State Mira Castellane said the ruling was clear. Kerrin Superintendent of Police K. Velraj-Anand declined to comment on the verdict.";
    const b = mustBrief({ text, published: "2025-05-14" });
    expect(b.who.find((w) => w.name === "Mira Castellane")?.role).toBe("Ohio Secretary of State");
    expect(b.who.find((w) => w.name === "K. Velraj-Anand")?.role).toBe("Kerrin Superintendent of Police");
    expect(b.stance.find((s) => s.actor === "K. Velraj-Anand")?.position).toBe("no_comment");
  });

  it("reads a title's field after it as no one ('Cabinet Secretary for Energy, Ana Ruiz,'), 'B.C.' as British Columbia, and a gerund opening a sentence ('Reading an e-book') as no place", () => {
    const minister = mustBrief({ text: "\"This is a historic day for our region,\" Kenya's Cabinet Secretary for Energy, Ana Ruiz, said on Tuesday at the signing ceremony.", published: "2025-05-14" });
    expect(minister.who.map((w) => w.name).join(" ")).not.toMatch(/for Energy/);
    const study = mustBrief({ title: "Screens before bed cost children sleep: B.C. study", text: "Children who use phones before bed sleep less, according to a study published on Monday. \"Reading an e-book is not the same as playing a game,\" said Tom Hadley, who led the work.", published: "2025-05-14" });
    expect(study.where.map((w) => w.name)).toContain("British Columbia");
    expect(study.where.map((w) => w.name)).not.toContain("Reading");
  });

  it("reads an ocean's region ('four North Atlantic nations') as no one", () => {
    const b = mustBrief({ text: "Fisheries ministers from four North Atlantic nations agreed on Thursday to cut the catch of cod by 22 percent, Ana Ruiz said.", published: "2025-05-14" });
    expect(b.who.map((w) => w.name)).not.toContain("North Atlantic");
  });

  it("keeps an accused's address ('of Fenton Road, Quillmark') after the town the event happened in", () => {
    const b = mustBrief({ text: "A man has been charged with arson after a fire tore through a community centre in Quillmark at the weekend. Tom Hadley, 34, of Fenton Road, Quillmark, was charged yesterday evening.", published: "2025-05-14" });
    expect(b.where[0].name).toBe("Quillmark");
  });

  it("reads a place after a hyphenated modifier as placed ('at a rain-lashed Fenton Park')", () => {
    const b = mustBrief({ text: "Quillmark are through to the semi-finals after a nerve-shredding win over Thornwick at a rain-lashed Fenton Park yesterday.", published: "2025-05-14" });
    expect(b.where[0]).toMatchObject({ name: "Fenton Park", role: "event" });
  });

  it("reads a province written short, its full stop split off ('near Wendham, Alta., on Wednesday'), as placing the town, no actor", () => {
    const b = mustBrief({ text: "Twenty-two people were hurt when a charter bus rolled into a ditch near Quillmark, Alta., on Wednesday night, police said.", published: "2025-05-15" });
    expect(b.who.map((w) => w.name)).not.toContain("Alta");
    expect(b.where[0]).toMatchObject({ name: "Quillmark", country: "Canada" });
  });

  it("reads a people noun describing a thing in a headline set in capitals as no group ('PASSENGER TRAIN DERAILS')", () => {
    const b = mustBrief({ title: "PASSENGER TRAIN DERAILS IN SOUTHERN POLAND, TWO KILLED", text: "Two people were killed when a passenger train derailed near a village in southern Poland on Sunday, officials said.", published: "2025-05-12" });
    expect(b.who.map((w) => w.name)).not.toContain("Passenger train");
  });

  it("keeps a place after a title's 'for' in the role, up to a given name ('senior coroner for west Wendshire Ana Ruiz')", () => {
    const b = mustBrief({ text: "An inquest jury found on Wednesday that the crash was an accident. Senior coroner for west Wendshire Ana Ruiz said the crossing had been safe.", published: "2015-11-27" });
    expect(b.who.find((w) => w.name === "Ana Ruiz")).toMatchObject({ role: "Senior coroner for west Wendshire" });
  });

  it("drops 'Hon.' and 'Madam' before a name as honorifics, and names no one for a currency's letters ('GH¢48 million', 'S$410m')", () => {
    const b = mustBrief({ text: "Traders blocked roads in Lakeport on Tuesday over GH¢48 million in unpaid grants. Hon. Kwame Adjei, the city's chief executive, said the market would be rebuilt. Madam Ama Serwaa, who chairs the traders' union, said they would not move. A rival bid was S$410m.", published: "2016-03-09" });
    const names = b.who.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Kwame Adjei", "Ama Serwaa"]));
    expect(names.join(" | ")).not.toMatch(/Hon\.|Madam|\bGH\b|\bS\b/);
  });

  it("takes a law's name for no one, though its first words read like a role ('the Emergency Medical Services Fee Limitation Act')", () => {
    const b = mustBrief({ text: "The Lakeport legislature passed a bill on Wednesday capping rural ambulance fees. The Emergency Medical Services Fee Limitation Act passed third reading 36-18. It cites the First Amendment.", published: "2018-05-31" });
    expect(b.who.map((w) => w.name).join(" ")).not.toMatch(/Act|Amendment/);
  });

  it("names no one or nowhere for a clock's 'PM', an archive picture's 'FILE -' or a tabloid's opening 'A MAN'", () => {
    const clock = mustBrief({ text: "Expatriates in Oman will pay twice the visa fees from July, the ministry said at 9:41 PM on Wednesday.", published: "2017-04-06" });
    expect(clock.who.map((w) => w.name)).not.toContain("PM");
    const credit = mustBrief({ title: "Governor orders limits on lawn watering", text: "FILE - In this Aug. 12, 2015 file photo, a sprinkler waters a lawn. (AP Photo/Ana Ruiz, File)\nCARSON CITY, Nev. (AP) — Nevada Gov. Tom Hadley on Tuesday ordered the first statewide limits on lawn watering.", published: "2017-04-06" });
    expect([...credit.who, ...credit.where].map((w) => w.name)).not.toContain("File");
    const tabloid = mustBrief({ text: "A MAN has been charged with burglary after a jewellers in Quillmark was raided on Monday, police said.", published: "2017-04-06" });
    expect(tabloid.who.map((w) => w.name)).not.toContain("MAN");
    // ("Van driver who killed cyclist jailed" … "A VAN driver …": the common word, not the town of Van.)
    const van = mustBrief({ title: "Van driver who killed cyclist jailed", text: "A VAN driver who was scrolling through his phone when he hit a cyclist has been jailed for six years. Tom Hadley, 29, was sentenced at Lakeport Crown Court yesterday.", published: "2017-03-14" });
    expect(van.where.map((p) => p.name)).not.toContain("Van");
  });

  it("takes the person a later sentence introduces with an age as the one a headline's subject describes ('Former councillor guilty …')", () => {
    const b = mustBrief({ title: "Former church treasurer guilty of fraud", text: "A former treasurer of Thornwick Baptist Church has been found guilty of stealing more than $480,000 from its food bank. A jury in Sydney on Wednesday convicted Tom Hadley, 61, who kept the church's books for 14 years, on nine counts of fraud.", published: "2017-04-06" });
    expect(b.who[0].name).toBe("Tom Hadley");
  });

  it("reads a shire as a place ('a former Quillmark Shire councillor')", () => {
    const b = mustBrief({ text: "A former Quillmark Shire councillor has been found guilty of fraud, a court in Sydney heard on Wednesday.", published: "2017-04-06" });
    expect(b.who.map((w) => w.name)).not.toContain("Quillmark Shire");
    expect(b.where.map((w) => w.name)).toContain("Quillmark Shire");
  });

  it("names no one for letters glued to a number ('from OMR20 to OMR40')", () => {
    const b = mustBrief({ text: "The fee for each family visa will rise from OMR20 to OMR40 in July, the minister Ana Ruiz said on Wednesday.", published: "2017-04-06" });
    expect(b.who.map((w) => w.name).join(" ")).not.toMatch(/OMR/);
  });

  it("keeps a title and its 'of' in the role before a name ('Minister of Finance Ana Ruiz', 'Minister of Manpower Tariq Quenby')", () => {
    const b = mustBrief({ text: "Minister of Finance Ana Ruiz said on Monday the tax would rise. Minister of Manpower Tariq Quenby announced the new visa fees on Wednesday.", published: "2017-04-06" });
    expect(b.who.find((w) => w.name === "Ana Ruiz")?.role).toBe("Minister of Finance");
    expect(b.who.find((w) => w.name === "Tariq Quenby")?.role).toBe("Minister of Manpower");
  });
});
