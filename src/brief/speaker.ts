/**
 * Who said it: the speaker of a reporting verb — a name before it or after it, a name an aside
 * follows, a pronoun (by the people named so far and their first names), or the body a description
 * refers back to ("the company said").
 */
import type { Entity } from "./entities";
import { gazetteer } from "./gazetteer";
import { lexicon } from "./lexicon";
import type { Token } from "./nlp";
import { CLOSING_QUOTES, type Mention } from "./mentions";
import { isTitleWord } from "./roles";
import type { Sentence } from "./sentences";

export type Placed = { entity: Entity; mention: Mention };

/** The first names a personal pronoun cannot refer to: "she" is not a man's, "he" not a woman's. */
const PRONOUN_EXCLUDES = new Map<string, Set<string>>([["he", gazetteer.femaleNames], ["she", gazetteer.maleNames]]);
/** The first names a personal pronoun surely refers to. */
const PRONOUN_FITS = new Map<string, Set<string>>([["he", gazetteer.maleNames], ["she", gazetteer.femaleNames]]);

/** The people and groups named so far, most recent last, for pronouns and descriptions. */
export interface Recent {
  people: Entity[];
  group?: Entity;
  /** The last group not named like a town: "the company said" is never "Exeter" (a club may be). */
  company?: Entity;
  /**
   * The last person who spoke, and in which sentence: a quote that follows is theirs, not a person
   * they mentioned; `named` once a later sentence names someone else.
   */
  speaker?: { entity: Entity; sentence: number; named?: boolean };
}

/**
 * The person a personal pronoun refers to; undefined for any other word. The subjects of clauses
 * earlier in the same sentence come first ("Hale was angry about the goal, which he claimed was offside").
 */
function personFor(word: string, recent: Recent, earlierHere: Entity[], sentence: number): Entity | undefined {
  const excluded = PRONOUN_EXCLUDES.get(word);
  if (!excluded) return undefined;
  const given = (p: Entity) => p.name.split(" ")[0];
  // Within the sentence the pronoun may as well refer to someone named before it, so the
  // subject must be known to fit it ("… Ana Ruiz delivered, she said" is not Ana's unless Ana is a woman's name).
  const surelyFits = PRONOUN_FITS.get(word)!;
  for (let k = earlierHere.length - 1; k >= 0; k--) if (earlierHere[k].type === "person" && surelyFits.has(given(earlierHere[k]))) return earlierHere[k];
  // '"We waited and nothing happened," he said' after "The Rev. Ana Ruiz, pastor of the church where
  // Whitfield's grandmother worships, called for calm": the one who spoke just before (the quote
  // may have opened a sentence earlier), if no one else was named since.
  const last = recent.speaker;
  if (!earlierHere.length && last && !last.named && last.sentence >= sentence - 2 && !excluded.has(given(last.entity))) return last.entity;
  for (let k = recent.people.length - 1; k >= 0; k--) if (!excluded.has(given(recent.people[k]))) return recent.people[k];
  return undefined;
}

const PRONOUNS_GROUP = new Set(["it", "they"]);
/** Those who speak for a person: "his office", "her lawyer". */
const SPEAKS_FOR_PERSON = new Set(["office", "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney", "attorneys", "representative", "representatives", "aides", "family"]);
const SPOKESPEOPLE = new Set(["spokesman", "spokeswoman", "spokesperson"]);
/** "the company said": a definite description that refers back to the organisation last named. */
/** Descriptions of groups that are often named after their town ("Burnley … the club said"). */
const TOWN_NAMED_GROUPS = new Set(["club", "council"]);
const GROUP_DESCRIPTIONS = new Set(["company", "firm", "group", "organisation", "organization", "club", "airline", "manufacturer", "maker", "retailer", "charity", "agency", "ministry", "council", "broadcaster", "network", "bank", "lender", "insurer", "carmaker", "automaker", "supermarket", "chain", "operator", "developer", "publisher", "supplier", "union", "party"]);

/** A word of a role or title before a name: "lead", "author", "Dr.". */
function describesRole(lower: string): boolean {
  return lexicon.titles.has(lower) || lexicon.roleModifiers.has(lower) || lexicon.honorifics.has(lower.replace(/\.$/, ""));
}

/** "the company", "the Lakeport-based company", "the struggling firm": a description opened by "the". */
function opensWithThe(s: Sentence, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = s.tokens[j];
    if (t.lower === "the") return true;
    // Modifiers, and the pieces of a compound glued by hyphens ("Lakeport-based").
    if (!(t.pos === "ADJ" || t.pos === "VERB" || t.text === "-" || !s.tokens[j + 1].spaced)) return false;
  }
  return false;
}

const RELATIVE_PRONOUNS = new Set(["who", "which", "whose", "whom"]);
/** Verbs of being questioned: "Helen Marsh, asked about the strike, said …" — she was asked; she speaks after. */
const QUESTIONED = new Set(["asked", "pressed", "questioned", "quizzed"]);

/**
 * Whether the verb at k is a question put to the one who speaks, not a statement: an aside or an
 * opening ("asked about it,", "Asked for his view,"), "when asked", "asked by the Lakeport Herald".
 */
export function isQuestionedAside(s: Sentence, k: number): boolean {
  if (!QUESTIONED.has(s.tokens[k]?.lower ?? "")) return false;
  return k === 0 || /^(,|when|if|after|before|once)$/.test(s.tokens[k - 1].lower) || s.tokens[k + 1]?.lower === "by";
}

/** Tokens [from, to) are ", … ," : an aside between a name and its verb, with no quotation inside. */
function isAside(s: Sentence, from: number, to: number): boolean {
  const toks = s.tokens.slice(from, to);
  if (toks[0]?.text !== "," || toks.at(-1)?.text !== ",") return false;
  // A relative clause may hold a reporting verb of its own ("Brandco, which reported record sales
  // last week, declined to comment"; "Tom Hadley, a retired dentist who said he lost $2 million,
  // welcomed it"); elsewhere one means the commas frame an attribution.
  // ("Washington, an ally of Ankara that also backs Baghdad, declined …": "that" opens one too.)
  const relativeFrom = toks.findIndex((t) => RELATIVE_PRONOUNS.has(t.lower) || t.lower === "that");
  // ('the federation, which spent heavily on the "No" campaign, hailed …': a word or two in quotes is named, not quoted.)
  if (!quotesOnlyShortNames(toks)) return false;
  return !toks.some((t, k) => t.text === ";" || ((relativeFrom < 0 || k < relativeFrom) && t.pos === "VERB" && lexicon.reportingVerbs.has(t.lower) && !(k === 1 && QUESTIONED.has(t.lower))));
}

/** The longest phrase in quotation marks that names something rather than quotes someone ('the "No" campaign'). */
const MAX_QUOTED_NAME = 3;

/** Whether every quotation mark among the tokens pairs with the next to enclose a short phrase, or none is there. */
function quotesOnlyShortNames(toks: Token[]): boolean {
  const marks = toks.flatMap((t, k) => (t.text === '"' ? [k] : []));
  if (marks.length % 2) return false;
  for (let m = 0; m < marks.length; m += 2) if (marks[m + 1] - marks[m] - 1 > MAX_QUOTED_NAME) return false;
  return true;
}

/** People who are the subject of a clause before token k ("Hale was angry …, which he claimed"), not possessors ("Hale's goal"). */
function subjectsBefore(s: Sentence, here: Placed[], k: number): Entity[] {
  return here.filter((h) => h.mention.last < k && h.mention.agent && !isPossessor(s, h.mention)).map((h) => h.entity);
}

/**
 * "Unions in Poland condemned", "Poland's unions condemned": the place says where the speakers are
 * or whose they are; "officials in Ottawa" and "Poland's foreign minister" still speak for it.
 */
function locatesPeople(s: Sentence, h: Placed): boolean {
  if (h.entity.type !== "country" && h.entity.type !== "city") return false;
  if (possessiveAt(s, h.mention.last)) {
    let k = h.mention.last + 2;
    while (s.tokens[k]?.pos === "ADJ" || s.tokens[k]?.pos === "NOUN") k++;
    const head = s.tokens[k - 1];
    return k > h.mention.last + 2 && head.text === head.lower && !lexicon.stateVoices.has(head.lower) && !isTitleWord(head.lower);
  }
  const before = s.tokens[h.mention.first - 1];
  const noun = s.tokens[h.mention.first - 2];
  // A common noun, or one capitalised to open the sentence ("Unions in Poland").
  const common = noun?.pos === "NOUN" || (noun?.pos === "PROPN" && lexicon.isEnglishWord(noun.lower));
  return before?.lower === "in" && common && !lexicon.stateVoices.has(noun.lower);
}

/** The body named where someone works, after "of", "at" or "from" at token k ("of the Westfield Institute"). */
function employerAt(s: Sentence, here: Placed[], k: number): Placed | undefined {
  if (!/^(of|at|from)$/.test(s.tokens[k]?.lower ?? "")) return undefined;
  return here.find((h) => h.entity.type !== "person" && (h.mention.first === k + 1 || (h.mention.first === k + 2 && s.tokens[k + 1].lower === "the")));
}

/** "The U.S. Mission to the EU declined": a body named for whom it is sent to speaks, not the host. */
function bodyAccreditedTo(s: Sentence, here: Placed[], host: Placed): Placed | undefined {
  let k = host.mention.first - 1;
  if (s.tokens[k]?.lower === "the") k--;
  if (s.tokens[k]?.lower !== "to") return undefined;
  return here.find((h) => h.entity.type === "org" && h.mention.last === k - 1);
}

/** The lower-case title ending at token k ("prime minister", "mayor"), if one does. */
function titleEndingAt(s: Sentence, k: number): string | undefined {
  const t = s.tokens[k];
  if (!t || t.text !== t.lower) return undefined;
  const prev = s.tokens[k - 1];
  if (prev && prev.text === prev.lower && isTitleWord(`${prev.lower} ${t.lower}`)) return `${prev.lower} ${t.lower}`;
  return isTitleWord(t.lower) ? t.lower : undefined;
}

/** "Ben Thornton of Harbourview Research said": the person before where they work speaks, not the body. */
function workerOf(s: Sentence, here: Placed[], body: Placed): Placed | undefined {
  if (body.entity.type === "person") return undefined;
  return here.find((h) => h.entity.type === "person" && employerAt(s, here, h.mention.last + 1) === body);
}

const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** How words reach a reporter ("by phone", "by email"), after a verb of saying. */
const MEANS = new Set(["phone", "telephone", "email", "e-mail", "text", "video", "videolink", "letter", "message", "satellite", "radio"]);

/**
 * A reporting verb in the passive ("were criticised by unions", "a plan backed by the council"):
 * its subject is what was said about, and the one who said it is the agent after "by", if named.
 * "is opposed to" is a stance of the subject's own, so only "by" or a form of "be" before the verb
 * makes it passive.
 */
export function passiveAgent(s: Sentence, v: number, here: Placed[]): { agent?: Placed } | null {
  const next = s.tokens[v + 1]?.lower;
  // ("said by phone", "told reporters by video link": the means, not an agent.)
  if (next === "by" && MEANS.has(s.tokens[v + 2]?.lower ?? "")) return null;
  if (next === "by") {
    const first = s.tokens[v + 2]?.pos === "DET" ? v + 3 : v + 2;
    return { agent: here.find((h) => h.mention.first === first) };
  }
  if (next === "to") return null;
  // "was strongly criticised", "were not backed": an adverb or two may stand between.
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    const t = s.tokens[k];
    if (BE_FORMS.has(t.lower)) return {};
    if (t.pos !== "ADV" && t.pos !== "PART") break;
  }
  return null;
}

/** Words for people or for those who act for someone: "aide", "minister", "campaign", "officials". */
export function isPeopleWord(lower: string): boolean {
  return lexicon.humanNouns.has(lower) || lexicon.titles.has(lower) || lexicon.entourageNouns.has(lower) || lexicon.stateVoices.has(lower) || lexicon.affiliationNouns.has(lower);
}

/**
 * "the Velmoran presidential primary": a name before a noun for a thing names no speaker ("Met
 * spokesman", "Brandco officials" do). The head is the last of the adjectives and nouns after the
 * name: wink tags some nouns after adjectives as adjectives ("presidential primary").
 */
function modifiesThing(s: Sentence, m: Mention): boolean {
  let k = m.last + 1;
  while (s.tokens[k]?.pos === "ADJ" || s.tokens[k]?.pos === "NOUN") k++;
  const head = s.tokens[k - 1];
  // ("the Lakeport council said": a body's word after the name is the body.)
  return k > m.last + 1 && !isPeopleWord(head.lower) && !lexicon.orgHeads.has(head.lower);
}

/** "the Lakeport-based company": a name glued by a hyphen into a modifier describes, and says nothing. */
function inCompound(s: Sentence, m: Mention): boolean {
  const next = s.tokens[m.last + 1];
  return next?.text === "-" && !next.spaced;
}

/**
 * "Ana Ruiz, who represents Eastfield and voted against": the object of the relative clause's first
 * verb, joined by "and" to the verb at v, is not its subject; the name the clause follows is.
 */
function relativeAntecedent(s: Sentence, here: Placed[], near: Placed, v: number): Placed | undefined {
  if (v !== near.mention.last + 2 || s.tokens[near.mention.last + 1].lower !== "and") return undefined;
  const verb = s.tokens[near.mention.first - 1];
  const relative = s.tokens[near.mention.first - 2];
  if (verb?.pos !== "VERB" || !RELATIVE_PRONOUNS.has(relative?.lower ?? "") || s.tokens[near.mention.first - 3]?.text !== ",") return undefined;
  const end = near.mention.first - 4;
  return here.find((h) => h.mention.last === end || (s.tokens[h.mention.last + 1]?.text === "(" && s.tokens[end]?.text === ")" && end - h.mention.last <= 5));
}

/** Whether the word at token k is a possessor ("the club's owner"). */
function possessiveAt(s: Sentence, k: number): boolean {
  return /^['’]s?$/.test(s.tokens[k + 1]?.text ?? "");
}

export function isPossessor(s: Sentence, m: Mention): boolean {
  return possessiveAt(s, m.last);
}

/** The token where a person's role written before the name opens ("Niger's environment minister Ana Ruiz"), else the name's first. */
function roleStart(s: Sentence, m: Mention): number {
  if (!m.role) return m.first;
  const at = s.text.lastIndexOf(m.role, m.start - s.start);
  if (at < 0 || s.text.slice(at + m.role.length, m.start - s.start).trim() !== "") return m.first;
  const k = s.tokens.findIndex((t) => t.start - s.start >= at);
  return k >= 0 && k < m.first ? k : m.first;
}

/** Reporting verbs whose object is the one addressed: the name after them hears, it does not speak. */
const ADDRESSED = new Set(["urged", "urges", "urging", "told", "tells", "asked", "asks", "begged", "begs"]);

/** The speaker of a reporting verb at token v: a name just before it, just after it, or a pronoun. */
export function speaker(s: Sentence, v: number, here: Placed[], recent: Recent, entourages: Entity[], quoted = false): { entity: Entity; mention?: Mention } | null {
  const before = here.filter((h) => h.mention.last < v && v - h.mention.last <= 6);
  const clauseBreak = (from: number) => s.tokens.slice(from, v).some((t) => t.text === "," || t.text === '"' || t.text === ";");
  // "Mia Holt, who lives nearby, said:": a name, an aside between commas, then the verb; also after
  // the body the name is of ("The Brandco union, which …, warned"; not "Ortiz supporters, …": they
  // are not Ortiz).
  // Where the name works is part of it too ("Professor Ana Ruiz of the Westfield Institute, who …, said"),
  // and so is a short bracket ("Cllr Ana Ruiz (Lib Dem), who …, said").
  const asideFrom = (last: number) => {
    let k = last + 1;
    // ("a spokesperson for the Lakeport Museum in Ottawa, which …, declined": where the body is comes first.)
    if (/^(?:in|at)$/.test(s.tokens[k]?.lower ?? "")) {
      let end = k + 1;
      while (end < k + 4 && s.tokens[end] && /^\p{Lu}/u.test(s.tokens[end].text) && s.tokens[end].pos === "PROPN") end++;
      if (end > k + 1 && s.tokens[end]?.text === ",") k = end;
    }
    if (s.tokens[k]?.text === "(") {
      const close = s.tokens.findIndex((t, j) => j > k && j <= k + 5 && t.text === ")");
      if (close > 0) k = close + 1;
    }
    while (k < last + 3 && s.tokens[k] && lexicon.orgHeads.has(s.tokens[k].text)) k++;
    const body = employerAt(s, here, k);
    return body ? body.mention.last + 1 : k;
  };
  // The first such name: a later one sits inside its aside ("Ana Ruiz, of the Lakeport Police, said").
  // ("Ana Ruiz, director of the Lakeport Alliance, also criticised …": an adverb may stand before the verb.)
  let verbAt = v;
  while (verbAt > 0 && s.tokens[verbAt - 1].pos === "ADV" && s.tokens[verbAt - 1].text === s.tokens[verbAt - 1].lower) verbAt--;
  const apposed = here.find((h) => h.mention.last < verbAt && verbAt - h.mention.last <= 20 && isAside(s, asideFrom(h.mention.last), verbAt));
  // ("Three judges sitting at the Royal Courts in Lakeport said": a body named as a venue is where, not who.)
  const venue = (h: Placed) => h.entity.type === "org" && h.mention.locative;
  const near = before.filter((h) => !clauseBreak(h.mention.last + 1) && !locatesPeople(s, h) && !venue(h) && !modifiesThing(s, h.mention) && !inCompound(s, h.mention)).at(-1);
  // "Cllr Ana Ruiz, who represents Eastfield and voted against, said": a name inside the aside is not the speaker.
  if (near && !(apposed && apposed.mention.last < near.mention.first)) return relativeAntecedent(s, here, near, v) ?? workerOf(s, here, near) ?? bodyAccreditedTo(s, here, near) ?? near;
  // "The UN coordinator for Yemen, Leila Okonjo, condemned": the aside is the person the title names.
  // (A title or an honorific may open the aside: ", Comrade Ana Ruiz, said".)
  const opening = (m: Mention) => {
    let k = Math.min(m.first, roleStart(s, m));
    while (k > 0 && describesRole(s.tokens[k - 1].lower)) k--;
    return k;
  };
  const named = apposed && s.tokens[v - 1]?.text === "," ? here.find((h) => h.entity.type === "person" && h.mention.last === v - 2 && s.tokens[opening(h.mention) - 1]?.text === "," && opening(h.mention) - 1 === asideFrom(apposed.mention.last)) : undefined;
  if (named) return named;
  if (apposed) return apposed;
  // "said Tom Hadley", "said the union": right after the verb, with no preposition between
  // ("wrote on Facebook" names where, not who).
  // Descriptions between verb and name ("declared 42-year-old Eve Rhodes", "said lead author
  // Dr. Ana Ruiz") do not count as distance.
  const gap = (from: number, to: number) => s.tokens.slice(from, to).filter((t) => !/^(NUM|ADJ|PUNCT|DET)$/.test(t.pos) && t.text !== "year" && t.text !== "old" && !describesRole(t.lower) && !(t.text === t.lower && isPeopleWord(t.lower))).length;
  // A pronoun just before the verb is its subject ("it once again said that Ortiz …"), but not
  // inside a quotation: there "they were told" is the speaker's account of others.
  for (let k = v - 1; k >= Math.max(0, v - 3) && !quoted; k--) {
    const t = s.tokens[k];
    // ('… Everyone knows it," said Ana Ruiz': a pronoun before the closing mark is the quotation's own.)
    if (CLOSING_QUOTES.has(t.text)) break;
    const person = personFor(t.lower, recent, subjectsBefore(s, here, k), s.index);
    if (person) return { entity: person };
    if (PRONOUNS_GROUP.has(t.lower)) {
      // "Harbourline Buses said it was disappointed by the action, which it said …": the body this
      // sentence is about, before the one the last sentence was.
      const body = subjectsBefore(s, here, k).filter((e) => e.type !== "person").at(-1);
      if (body) return { entity: body };
      if (recent.group) return { entity: recent.group };
    }
  }
  // "said that Ortiz …" introduces what was said, not who said it.
  // Nor is a possessor ("promised to scrap President Ortiz's law"), nor the subject of what was
  // said ("said Ortiz would name a new nominee").
  // "said the group's chair, Derek Holm": a comma may close a role just before the name.
  const rolesOff = (first: number) => s.tokens[first - 1]?.text === "," && !!s.tokens[first - 2] && (describesRole(s.tokens[first - 2].lower) || isPeopleWord(s.tokens[first - 2].lower));
  const between = (first: number) => s.tokens.slice(v + 1, rolesOff(first) ? first - 1 : first);
  // "said the ambassador, Kees Holm, had been on leave": the name framed by commas is what was said of.
  const actsNext = (m: Mention) => /^(VERB|AUX)$/.test(s.tokens[m.last + 1]?.pos ?? "") || (rolesOff(m.first) && s.tokens[m.last + 1]?.text === "," && /^(VERB|AUX)$/.test(s.tokens[m.last + 2]?.pos ?? ""));
  // "said Alder Canyon resident Brian Kowalski": a name that opens someone's role is not the speaker.
  const opensRole = (m: Mention) => {
    const word = s.tokens[m.last + 1];
    return !!word && word.text === word.lower && isPeopleWord(word.lower) && here.some((o) => o.entity.type === "person" && o.mention.first > m.last + 1 && o.mention.first <= m.last + 3);
  };
  // "The commission declared Tom Hadley the winner": a verb with its subject before it is not inverted.
  const subjectBefore = /^(NOUN|PROPN)$/.test(s.tokens[v - 1]?.pos ?? "");
  // "which endorsed Connor McAvoy", "urged Republicans to …": a verb that takes a side names its
  // object after it; it is inverted only right after what was said ('…," warned Ana Ruiz').
  // ("The association had urged Whitcombe to veto the bill": so does a verb addressed to someone.)
  const sided = lexicon.reportingVerbs.get(s.tokens[v].lower);
  const objectAfter = ((!!sided && sided !== "neutral") || ADDRESSED.has(s.tokens[v].lower)) && !/^["”’',]$/.test(s.tokens[v - 1]?.text ?? "");
  // ('…," said Kenya's Trade Cabinet Secretary Ana Ruiz': the role before the name is part of it.)
  const after = !subjectBefore && !objectAfter && here.find((h) => {
    const from = roleStart(s, h.mention);
    return h.mention.first > v && from - v <= 8 && gap(v + 1, from) <= 2 && !isPossessor(s, h.mention) && !actsNext(h.mention) && !opensRole(h.mention) && !between(from).some((t) => t.pos === "ADP" || t.pos === "SCONJ" || t.text === "," || t.lower === "that");
  });
  if (after) return after;
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    const t = s.tokens[k];
    // ("The club's owner declined" is the owner, whom the text does not name.)
    const described = TOWN_NAMED_GROUPS.has(t.lower) ? recent.group : recent.company;
    // ("The co-operative declined …" after "Prairie Grain Co-operative": the word its own name ends on.)
    const describes = GROUP_DESCRIPTIONS.has(t.lower) || described?.name.toLowerCase().split(" ").at(-1) === t.lower;
    if (describes && opensWithThe(s, k) && !possessiveAt(s, k) && described?.type === "org") return { entity: described };
    // "His office declined to comment", "her lawyer said": those who speak for the person "his" or "her" refers to.
    if (SPEAKS_FOR_PERSON.has(t.lower) && /^(?:his|her)$/.test(s.tokens[k - 1]?.lower ?? "") && (k - 1 === 0 || !/^(?:NOUN|PROPN)$/.test(s.tokens[k - 2]?.pos ?? ""))) {
      const person = personFor(s.tokens[k - 1].lower === "his" ? "he" : "she", recent, subjectsBefore(s, here, k - 1), s.index);
      if (person) return { entity: person };
    }
    // "The prime minister's office declined to comment": those who speak for the one person named with that title.
    if (SPEAKS_FOR_PERSON.has(t.lower) && /^['’]s$/.test(s.tokens[k - 1]?.text ?? "")) {
      const title = titleEndingAt(s, k - 2);
      const holders = title ? recent.people.filter((p) => p.role && ` ${p.role.toLowerCase()} `.includes(` ${title} `)) : [];
      if (holders.length === 1) return { entity: holders[0] };
    }
    // "her campaign team said", "the campaign also said": the group named after someone, if there is one.
    if (lexicon.entourageNouns.has(t.lower) && /^(the|his|her|their)$/.test(s.tokens[k - 1]?.lower ?? "")) {
      const named = entourages.filter((e) => e.name.endsWith(` ${t.lower}`));
      if (named.length === 1) return { entity: named[0] };
    }
  }
  // "Grace June sent her condolences, saying: …": a participle after a comma speaks for the subject.
  if (s.tokens[v].lower.endsWith("ing") && s.tokens[v - 1]?.text === ",") {
    const subject = here.find((h) => h.mention.last < v && h.mention.agent);
    if (subject) return subject;
  }
  // "A spokesman for the Teamsters local that represents workers at Renfrew plants did not respond":
  // the body right after "spokesman for", however long the phrase runs on.
  for (let k = v - 1; k >= Math.max(1, v - 14); k--) {
    if (!SPOKESPEOPLE.has(s.tokens[k].lower) || s.tokens[k + 1]?.lower !== "for") continue;
    const from = s.tokens[k + 2]?.lower === "the" ? k + 3 : k + 2;
    const body = here.find((h) => h.mention.first === from && h.entity.type !== "person");
    if (body) return body;
    break;
  }
  // "Kellsbury Council said it would review it. A spokeswoman declined to comment": no one named,
  // the spokeswoman speaks for the body the text is about.
  const bare = s.tokens[v - 1];
  if (bare && SPOKESPEOPLE.has(bare.lower) && /^(a|an|the|its)$/.test(s.tokens[v - 2]?.lower ?? "") && v <= 3 && (recent.company ?? recent.group)?.type === "org") return { entity: (recent.company ?? recent.group)! };
  // "A spokesman for the Met said" / "Met spokesman said": the organisation named in the phrase.
  const phrase = here.filter((h) => h.mention.last < v && v - h.mention.last <= 4 && h.entity.type !== "person" && !locatesPeople(s, h) && !venue(h) && !inCompound(s, h.mention)).at(-1);
  return phrase ?? null;
}
