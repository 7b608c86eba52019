/**
 * Who: the actors of the story, most central first. Centrality is where an actor appears (subject
 * of the headline or lead, in the event sentence) before how often. When the subject of the event
 * is not a name ("Several people died …"), that phrase is the actor: a group.
 */
import { headlineClauseStart, subjectRange } from "./clause";
import type { Entity } from "./entities";
import { lexicon, placeKey } from "./lexicon";
import type { Mention } from "./mentions";
import { joinTokens, type Token } from "./nlp";
import { isCompanyTrade, isTitleWord } from "./roles";
import type { Doc, Sentence } from "./sentences";
import { leadSentences, type What } from "./what";

export type ActorKind = "person" | "org" | "place" | "group";

export interface Actor {
  name: string;
  kind: ActorKind;
  role?: string;
  mentions: number;
  sentence: number;
  start: number;
  end: number;
  score: number;
  entity?: Entity;
}

const MAX_WHO = 10;
const ACTOR_TYPES = new Set(["person", "org", "country"]);

export function isActorEntity(e: Entity): boolean {
  return ACTOR_TYPES.has(e.type) && !e.outlet;
}

interface Subject {
  sentence: Sentence;
  range: [number, number];
  /** Weight for the head of the subject; a name that only modifies it ("Brazil GP") gets less. */
  weight: number;
}

const TITLE_SUBJECT = 8;
const LEAD_SUBJECT = 5;
const SECOND_SUBJECT = 2;
const MODIFIER_SHARE = 0.2;
const AFFILIATION_SHARE = 0.5;
/** A person the subject names by title only ("Missouri governor"): nearly as central as one it names. */
const DESCRIBED_SHARE = 0.9;

function subjects(doc: Doc, what: What | null): Subject[] {
  const out: Subject[] = [];
  const title = doc.sentences.find((s) => s.isTitle);
  if (title) {
    const range = subjectRange(title, headlineClauseStart(title));
    if (range) out.push({ sentence: title, range, weight: TITLE_SUBJECT });
  }
  const [lead, second] = leadSentences(doc, 2);
  if (lead) {
    const range = subjectRange(lead);
    if (range) out.push({ sentence: lead, range, weight: LEAD_SUBJECT });
  }
  if (second) {
    const range = subjectRange(second);
    if (range) out.push({ sentence: second, range, weight: SECOND_SUBJECT });
  }
  if (what && !what.sentence.isTitle && what.sentence !== lead) {
    const range = subjectRange(what.sentence, what.clauseStart);
    if (range) out.push({ sentence: what.sentence, range, weight: LEAD_SUBJECT });
  }
  return out;
}

const within = (m: Mention, s: Subject) => m.sentence === s.sentence.index && m.first >= s.range[0] && m.last <= s.range[1];

/** Whether a mention heads the subject ("Brandco sparks …", "The UK and France have …"). */
/** The words before a body's name that make its own organ the subject: "The board of", "Members of the". */
const BODY_ORGANS = /^(?:the )?(?:board|board of directors|board of trustees|governing body|leadership|management|executive|members|directors|trustees|governors|shareholders) of(?: the)?$/;

export function headsSubject(m: Mention, s: Subject): boolean {
  const next = s.sentence.tokens[m.last + 1];
  // "Volcanic ash from an eruption in southern Iceland": a name inside a phrase is not the head.
  const before = s.sentence.tokens.slice(s.range[0], m.first);
  // ("The board of Lakeport Hospitals Trust approved …": a body's own organ acts as the body.)
  if (before.some((t) => t.pos === "ADP") && !BODY_ORGANS.test(before.map((t) => t.lower).join(" "))) return false;
  return m.last >= s.range[1] || !next || next.lower === "and" || next.text === "," || next.text === "&";
}

/** Short forms of titles as wires write them before a name ("Gov.", "Sen."), by the word a headline uses. */
const TITLE_SHORT_FORMS: Readonly<Record<string, string>> = { gov: "governor", sen: "senator", rep: "representative", pres: "president", pm: "prime minister" };

/** Whether the person's role holds the title that heads the subject ("Missouri Gov." for "Missouri governor"). */
function holdsTitle(e: Entity, s: Subject): boolean {
  const head = s.sentence.tokens[s.range[1]];
  if (e.type !== "person" || !e.role || !head || !isTitleWord(head.lower)) return false;
  // ("Judge jails drink-driver …": a title opening the headline is capitalised as its first word.)
  if (head.text !== head.lower && !(s.range[1] === 0 && /^\p{Lu}\p{Ll}+$/u.test(head.text))) return false;
  if (e.mentions.some((m) => within(m, s))) return false;
  return e.role.toLowerCase().split(/[\s'’]+/).some((w) => {
    const bare = w.replace(/\.$/, "");
    return bare === head.lower || TITLE_SHORT_FORMS[bare] === head.lower;
  });
}

/**
 * "Missouri governor signs …", "French president warns …": a headline's or lead's subject headed by
 * a title in lower case names the person the article most often names with that title, who acts; the
 * place before it only says whose. With no one holding the title, the person the text introduces next
 * (namedInNextSentence).
 */
function describedBySubjects(doc: Doc, entities: Entity[], subs: Subject[]): Map<Subject, Entity> {
  const described = new Map<Subject, Entity>();
  for (const s of subs) {
    if (s.weight < LEAD_SUBJECT) continue;
    const holders = entities.filter((e) => holdsTitle(e, s));
    if (holders.length) described.set(s, holders.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a)));
    else {
      const named = namedInNextSentence(doc, entities, s);
      if (named) described.set(s, named);
    }
  }
  return described;
}

/** Members of an assembly, as a headline names them ("Kansas lawmakers", "Lakeport councillors"). */
const MEMBERS_OF_ASSEMBLY = new Set(["lawmakers", "legislators", "senators", "mps", "deputies", "councillors", "councilors", "assemblymen"]);
/** The last word of an assembly's name ("Kansas Legislature", "Lakeport City Council"). */
const ASSEMBLY_HEADS = new Set(["legislature", "parliament", "assembly", "congress", "senate", "council"]);

/** Bodies a headline names by their kind alone ("Court blocks …", "Council approves …", "Regulator fines …"). */
const INSTITUTION_HEADS = new Set(["court", "council", "tribunal", "commission", "regulator", "parliament", "senate", "assembly", "board", "committee", "foundation", "union", "trust", "authority", "agency", "ministry", "department"]);

/** The longest headline subject read as a name and a body's kind ("Grand Lakes school board"). */
const MAX_NAMED_KIND = 5;

/** People nouns that are plural with no "-s": they describe a group, not the one person named next. */
const PLURALS_WITHOUT_S = new Set(["people", "men", "women", "children", "police", "staff", "crew", "folk"]);

/**
 * "A former treasurer of the church was sentenced … Tom Hadley, 58, of Eastfield, pleaded guilty":
 * a subject that describes one person without naming them is the person the next sentence
 * introduces, opening it or with an age ("… convicted Tom Hadley, 61, …"). A headline's subject
 * ("Former councillor guilty of fraud") may be introduced a sentence later, after the lead. A subject
 * describing one company ("A Wisconsin food company …") is the company introduced so.
 */
function namedInNextSentence(doc: Doc, entities: Entity[], s: Subject): Entity | undefined {
  // ("Environment secretary Ana Ruiz resigns": a subject that names its person describes no one else.)
  if (entities.some((e) => e.type === "person" && e.mentions.some((m) => within(m, s)))) return undefined;
  const toks = s.sentence.tokens.slice(s.range[0], s.range[1] + 1);
  const headline = s.sentence.isTitle;
  const one = (t: Token) => t.text === t.lower && !t.lower.endsWith("s") && !PLURALS_WITHOUT_S.has(t.lower);
  // ("The health secretary has approved …": an office is written with "the", and is one person.)
  const office = toks[0]?.lower === "the" && toks.some((t) => one(t) && isTitleWord(t.lower));
  if (!headline && !office && !/^(?:a|an)$/.test(toks[0]?.lower ?? "")) return undefined;
  // ("A Wisconsin frozen food company on Wednesday expanded its recall … Brightmeadow Foods, based in …": a company the same way.)
  const kind = toks.some((t) => one(t) && (isTitleWord(t.lower) || lexicon.humanNouns.has(t.lower))) ? "person" : toks.some((t) => one(t) && (t.lower === "company" || isCompanyTrade(t.lower))) ? "org" : undefined;
  const head = toks.at(-1)!;
  // ("Kansas lawmakers override veto" … "The Kansas Legislature on Tuesday overrode …": members of a
  // place's assembly, in a headline, are the assembly the next sentences name.)
  // ("Councillors back 640 homes" … "Wendlow District Council's planning committee voted …": with no
  // place before them, the one assembly the next sentences name.)
  if (headline && toks.length <= 2 && MEMBERS_OF_ASSEMBLY.has(head.lower)) {
    const assemblies = bodiesNamedNext(entities, s, (words) => (toks.length === 1 || words[0] === toks[0].text) && ASSEMBLY_HEADS.has(words.at(-1)!.toLowerCase()));
    if (assemblies.length === 1) return assemblies[0];
  }
  // ("Court blocks coal mine" … "after the Hunter Land and Environment Court found …": a body's kind
  // in a headline is the body of that kind the next sentences name, wherever they name it.)
  // ("Grand Lakes school board votes …" … "the Grand Lakes District School Board": a name and the
  // body's kind in lower case, the body of that kind the next sentences name after it.)
  const namedKind = toks.length > 2 && toks.length <= MAX_NAMED_KIND && toks[0].text !== toks[0].lower && toks.slice(1, -1).every((t) => t.text !== t.lower || t.pos === "NOUN");
  if (!kind && headline && (toks.length <= 2 || namedKind) && INSTITUTION_HEADS.has(head.lower)) {
    // ("Board votes …" … "the Corrigan Falls Board of Education voted …": the head before its field.)
    const headed = (words: string[]) => words.at(-1)!.toLowerCase() === head.lower || words.some((w, i) => w.toLowerCase() === head.lower && /^(?:of|on|for)$/.test(words[i + 1] ?? ""));
    const bodies = bodiesNamedNext(entities, s, (words) => words.length > 1 && headed(words) && (!namedKind || words[0] === toks[0].text));
    return bodies.length === 1 ? bodies[0] : undefined;
  }
  // ("Basic school tutors declare strike" … "the National Association of Basic School Tutors": the
  // people a body is named for, heading a headline, are that body acting.)
  if (headline && toks.length >= 2 && toks.length <= MAX_NAMED_KIND && /[^s]s$/.test(head.lower) && toks.every((t) => /^\p{L}+$/u.test(t.text))) {
    const bodies = entities.filter((e) => e.type === "org" && toks.every((t) => e.name.toLowerCase().split(/\s+/).includes(t.lower)));
    if (bodies.length === 1) return bodies[0];
  }
  if (!kind) return undefined;
  // (Opening the sentence, its subject after an opening phrase, or with an age.)
  const introduces = (next: Sentence, m: Mention) => m.sentence === next.index && (m.first === 0 || m.first === subjectRange(next)?.[0] || (next.tokens[m.last + 1]?.text === "," && /^\d{1,3}$/.test(next.tokens[m.last + 2]?.text ?? "") && next.tokens[m.last + 3]?.text === ","));
  // The next sentence (three for a headline, which a standfirst and the lead may follow), cruft skipped: read only as far as those.
  let left = headline ? 3 : 1;
  for (let i = s.sentence.index + 1; i < doc.sentences.length && left > 0; i++) {
    const next = doc.sentences[i];
    if (next.cruft) continue;
    left--;
    const named = entities.find((e) => e.type === kind && e.mentions.some((m) => introduces(next, m)));
    if (named) return named;
  }
  return undefined;
}

/** The bodies named in the three sentences after the subject's whose name's words fit. */
function bodiesNamedNext(entities: Entity[], s: Subject, fits: (words: string[]) => boolean): Entity[] {
  const after = s.sentence.index;
  return entities.filter((e) => e.type === "org" && fits(e.name.split(" ")) && e.mentions.some((m) => m.sentence > after && m.sentence <= after + 3));
}

/**
 * By sentence, the one its subject describes without naming: a company ("Delivery robot company
 * pauses service" … "Trundle Robotics said …") or an office's holder ("Missouri governor signs …").
 * (Not someone described by a people noun, "A man who barricaded himself …", as often a suspect.)
 */
export function describedSubjects(doc: Doc, entities: Entity[], what: What | null): Map<Sentence, Entity> {
  const out = new Map<Sentence, Entity>();
  for (const [s, e] of describedBySubjects(doc, entities, subjects(doc, what))) if (!out.has(s.sentence) && (e.type === "org" || holdsTitle(e, s))) out.set(s.sentence, e);
  return out;
}

function subjectScore(e: Entity, s: Subject, described: Map<Subject, Entity>): number {
  if (described.get(s) === e) return s.weight * DESCRIBED_SHARE;
  let best = 0;
  for (const m of e.mentions) {
    if (!within(m, s)) continue;
    // "Jo Harper aide blames …": the name is the acting person's affiliation, half the weight.
    const next = s.sentence.tokens[m.last + 1];
    // ("Hamilton council votes …": a place's state voice heading the subject is the place's body acting.)
    const voiced = !!m.stateVoice && s.sentence.tokens[s.range[1]]?.lower === m.stateVoice.split(" ").at(-1);
    const share = headsSubject(m, s) || voiced ? 1 : next && lexicon.humanNouns.has(next.lower) ? AFFILIATION_SHARE : MODIFIER_SHARE;
    best = Math.max(best, s.weight * share);
  }
  return best;
}

/**
 * A group's name as a sentence would open with it: "AT LEAST 74 people", "RESCUERS" (a tabloid's
 * opening words in capitals) read "At least 74 people", "Rescuers"; acronyms stay ("NHS staff").
 */
function groupName(toks: Token[], tail = ""): string {
  const name = joinTokens(toks.map((t) => (/^[A-Z]{2,}$/.test(t.text) && lexicon.isEnglishWord(t.lower) ? { ...t, text: t.lower } : t))) + tail;
  return name[0].toUpperCase() + name.slice(1);
}

/** Counting words that head a group only with "of …" after them ("Dozens of rescuers"). */
const QUANTITIES = new Set(["dozens", "hundreds", "thousands", "scores", "millions"]);

/** "Five shot in Denver", "At least 7 killed": a bare count hit by an incident means people. */
function countedVictims(s: Subject, toks: Token[]): Actor | null {
  const verb = s.sentence.tokens[s.range[1] + 1];
  const numeric = toks.length <= 4 && toks.some((t) => t.pos === "NUM") && toks.every((t) => t.pos === "NUM" || /^(at|least|more|than|about|some|nearly|over|up|to)$/.test(t.lower));
  if (!numeric || !verb || !lexicon.incidentWords.has(verb.lower)) return null;
  return { name: groupName(toks, " people"), kind: "group", mentions: 1, sentence: s.sentence.index, start: toks[0].start, end: toks.at(-1)!.end, score: s.weight + 0.5 };
}

/** "…, according to a new study", "…, a survey has found", a headline's "…, Galway study finds": the sentence states a finding. */
const FINDING = /\baccording to (?:a|an|the|new|\w+'s) (?:(?:new|recent|major|large|landmark|government|national|annual|\w+-\w+)\s+){0,2}(?:study|research|survey|report|analysis|poll|paper|review|data)\b|\b(?:a|the) (?:new |recent )?(?:study|survey|report|analysis|poll|review) (?:has |have )?(?:found|finds|shows|showed|suggests|suggested|reveals|revealed)\b|,\s*(?:[\p{L}'’-]+\s+){0,3}(?:study|survey|research|report|poll|analysis|review|researchers|scientists) (?:finds?|shows?|suggests?|reveals?|says?|warns?)\s*$/iu;

/** A subject phrase headed by a people noun ("Several people", "Dozens of rescuers", "A gunman"). */
function groupPhrase(s: Subject): Actor | null {
  const toks = s.sentence.tokens.slice(s.range[0], s.range[1] + 1);
  if (toks.length > 7) return null;
  // "Teenagers who drink … have more fat in their livers, according to a study": the people a
  // finding is about are studied; those who studied them act.
  if (FINDING.test(s.sentence.text)) return null;
  // Written in capitals inside a sentence, the noun is part of a name ("the General Workers Confederation").
  const common = (t: Token, k: number) => t.text === t.lower || s.sentence.isTitle || s.range[0] + k === 0;
  let head = toks.findIndex((t, k) => lexicon.humanNouns.has(t.lower) && common(t, k) && (!QUANTITIES.has(t.lower) || toks[k + 1]?.lower === "of"));
  if (head < 0) return countedVictims(s, toks);
  // Extend through "of rescuers", "of Lakeport" and noun compounds ("Brandco fans"); never end on "of".
  let last = head;
  const namesAfterOf = (k: number) => toks[k].pos === "PROPN" && (toks[k - 1].lower === "of" || toks[k - 1].pos === "PROPN");
  while (last + 1 < toks.length && (toks[last + 1].lower === "of" || lexicon.humanNouns.has(toks[last + 1].lower) || toks[last + 1].pos === "NOUN" || namesAfterOf(last + 1))) last++;
  while (last > head && toks[last].lower === "of") last--;
  // "Thousands of homes", "Millions of dollars": a count of things, not of people.
  if (QUANTITIES.has(toks[head].lower) && !toks.slice(head + 1, last + 1).some((t) => lexicon.humanNouns.has(t.lower))) return null;
  // "A passenger plane", "Police fire tear gas": a people noun describing a thing heads no group.
  // ("PASSENGER TRAIN DERAILS": a headline in capitals tags its nouns as names.)
  const thing = toks[last].pos === "NOUN" || (toks[last].pos === "PROPN" && /^[A-Z]+$/.test(toks[last].text) && lexicon.isEnglishWord(toks[last].lower));
  if (last > head && thing && !lexicon.humanNouns.has(toks[last].lower) && !toks[last].lower.endsWith("s")) return null;
  // Back through determiners, numbers, adjectives and compound nouns ("At least seven people").
  // Glued pieces count as one word ("A 34-year-old man").
  while (head > 0 && (/^(DET|NUM|ADJ|NOUN|PROPN|ADV)$/.test(toks[head - 1].pos) || !toks[head].spaced) && toks[head - 1].text !== ",") head--;
  if (head > 0 && toks[head - 1].lower === "least" && head > 1) head -= 2;
  else if (toks[head].lower === "least" && toks[head - 1]?.lower === "at") head -= 1;
  const phrase = toks.slice(head, last + 1);
  // "No students were hurt": a group said not to be there acts in nothing.
  if (phrase[0].lower === "no" || phrase[0].lower === "none") return null;
  // "Driver is retiring" (headline style, no article): one person described, named elsewhere.
  if (phrase.length === 1 && !phrase[0].lower.endsWith("s") && s.range[0] === 0) return null;
  return { name: groupName(phrase), kind: "group", mentions: 1, sentence: s.sentence.index, start: phrase[0].start, end: phrase.at(-1)!.end, score: s.weight + 0.5 };
}

export function rankActors(doc: Doc, entities: Entity[], what: What | null): Actor[] {
  const subs = subjects(doc, what);
  const described = describedBySubjects(doc, entities, subs);
  const title = doc.sentences.find((s) => s.isTitle);
  const titleClause = title ? headlineClauseStart(title) : 0;
  const leadIndex = leadSentences(doc, 1)[0]?.index;
  // "Belgium's Elise Vandamme": a country before a person's name in the possessive is the person's nationality.
  const personAt = new Set(entities.filter((e) => e.type === "person").flatMap((e) => e.mentions.map((m) => `${m.sentence}:${m.first}`)));
  const nationality = (m: Mention) => /^['’]s$/.test(doc.sentences[m.sentence].tokens[m.last + 1]?.text ?? "") && personAt.has(`${m.sentence}:${m.last + 2}`);
  const actors: Actor[] = [];
  for (const e of entities) {
    if (!isActorEntity(e)) continue;
    const first = e.mentions[0];
    // A country is an actor when it acts ("Russia warned"), not whenever it is named.
    const counted = e.type === "country" ? e.mentions.filter((m) => m.agent).length : e.mentions.length;
    // Named only as where things happen ("Floods across India, Nepal and Bangladesh"), it is a place.
    if (e.type === "country" && e.mentions.every((m) => m.locative || nationality(m))) continue;
    // ("the first scheme of its kind in the European Union": so is a union of states.)
    if (e.type === "org" && lexicon.supranational.has(placeKey(e.name)) && e.mentions.every((m) => m.locative)) continue;
    let score = Math.min(counted, 5) * 0.6;
    let fromTitleSubject = false;
    for (const s of subs) {
      const v = subjectScore(e, s, described);
      score += v;
      if (v && s.sentence === title) fromTitleSubject = true;
    }
    if (!fromTitleSubject && title && e.mentions.some((m) => m.sentence === title.index && m.first >= titleClause)) score += 2;
    if (what && e.mentions.some((m) => m.sentence === what.sentence.index)) score += 1;
    if (e.mentions.some((m) => m.sentence === leadIndex)) score += 1;
    if (e.type === "person" && e.role) score += 0.5;
    actors.push({
      name: e.name,
      kind: e.type === "person" ? "person" : e.type === "country" ? "place" : "org",
      // A role describes a person; on a place or organisation it is a misread ("Former champion" before a country).
      role: e.type === "person" ? e.role : undefined,
      mentions: e.mentions.length,
      sentence: first.sentence,
      start: first.start,
      end: first.end,
      score,
      entity: e,
    });
  }
  for (const s of subs) {
    if (described.has(s) || entities.some((e) => isActorEntity(e) && e.mentions.some((m) => within(m, s) && headsSubject(m, s)))) continue;
    const group = groupPhrase(s);
    if (!group || actors.some((a) => a.name.toLowerCase() === group.name.toLowerCase())) continue;
    // "Teen driver" in the headline and "A 19-year-old driver" in the lead are one group: its head word says so.
    const head = group.name.toLowerCase().split(" ").at(-1);
    const same = actors.find((a) => a.kind === "group" && a.name.toLowerCase().split(" ").at(-1) === head);
    if (!same) actors.push(group);
    else {
      same.mentions++;
      same.score = Math.max(same.score, group.score);
    }
  }
  mergeDescribedPeople(doc, actors);
  ledByOrganiser(doc, actors);
  return actors.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, MAX_WHO);
}

/** Collective actions a body organises for the people who take part. */
const COLLECTIVE_ACTIONS = "(?:march|marches|protest|protests|strike|strikes|walkout|walk-out|rally|rallies|demonstration|demonstrations|boycott|sit-in|occupation|vigil|blockade|stoppage)";
/** ", which organised the march", ", the residents' association that called the strike". */
const ORGANISED_AFTER = new RegExp(`^[^.;]{0,60}?\\b(?:which|that|who)\\s+(?:had\\s+|has\\s+)?(?:organi[sz]ed|called|led|staged|coordinated)\\s+(?:the|this|its|a|an|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's)?\\s*(?:\\w+\\s+){0,2}${COLLECTIVE_ACTIONS}\\b`, "i");
/** "The strike was called by …", "a march organised by …". */
const ORGANISED_BEFORE = new RegExp(`\\b${COLLECTIVE_ACTIONS}\\b[^.;]{0,40}\\b(?:organi[sz]ed|called|led|staged|coordinated)\\s+by\\s+(?:the\\s+)?$`, "i");

/**
 * "About 5,000 people marched … the residents' association that organised the protest": the body
 * that organised a collective action is its actor before the crowd that took part.
 */
function ledByOrganiser(doc: Doc, actors: Actor[]): void {
  const crowd = actors.filter((a) => a.kind === "group").reduce<Actor | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
  if (!crowd) return;
  const organiser = actors.find((a) => a.kind === "org" && a.entity?.mentions.some((m) => {
    const s = doc.sentences[m.sentence];
    return ORGANISED_AFTER.test(doc.text.slice(m.end, s.end)) || ORGANISED_BEFORE.test(doc.text.slice(s.start, m.start));
  }));
  if (organiser && organiser.score <= crowd.score) organiser.score = crowd.score + 0.5;
}

/** "A 24-year-old man": a person described by age, in the words a report uses before naming them. */
const AGED = /^(?:An?|The) (\d{1,3})-year-old (?:man|woman|boy|girl)$/;

/**
 * "A 24-year-old man has been charged … Dorian Pryce, 24, of Mill Lane, will appear …": the group
 * described by an age is the one person the article names with that age, who takes its place.
 */
function mergeDescribedPeople(doc: Doc, actors: Actor[]): void {
  for (let i = actors.length - 1; i >= 0; i--) {
    if (actors[i].kind !== "group") continue;
    const age = AGED.exec(actors[i].name)?.[1];
    const identified = age ? undefined : identifiedAs(actors[i].name);
    if (!age && !identified) continue;
    const described = actors.filter((a) => a.kind === "person" && a.entity?.mentions.some((m) => {
      if (identified) return identified.test(doc.text.slice(doc.sentences[m.sentence].start, m.start));
      const toks = doc.sentences[m.sentence].tokens;
      return toks[m.last + 1]?.text === "," && toks[m.last + 2]?.text === age;
    }));
    if (described.length !== 1) continue;
    described[0].score = Math.max(described[0].score, actors[i].score);
    described[0].mentions += actors[i].mentions;
    actors.splice(i, 1);
  }
}

/**
 * "Police identified the gunman as Ana Ruiz", "the driver, who was named as Tom Hadley": the words
 * before a person's name that make them the one person a group's noun described. Only a noun for
 * one person (a singular head, no count before it) can be someone identified.
 */
function identifiedAs(groupName: string): RegExp | undefined {
  const words = groupName.toLowerCase().split(" ");
  const head = words.at(-1)!;
  if (words.some((w) => /\d/.test(w)) || !/^[a-z]+$/.test(head) || (head.endsWith("s") && !head.endsWith("ss")) || head === "people") return undefined;
  const naming = "(?:identified|named)";
  return new RegExp(`\\b(?:${naming}\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}${head}|${head},?\\s+(?:who\\s+)?(?:(?:was|has been|had been|is)\\s+)?(?:later\\s+)?${naming}(?:\\s+by\\s+[\\w\\s]{1,30}?)?)\\s+as\\s+(?:[\\w.-]+\\s+){0,4}?$`, "i");
}
