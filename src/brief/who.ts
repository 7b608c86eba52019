/**
 * Who: the actors of the story, most central first. Centrality is where an actor appears (subject
 * of the headline or lead, in the event sentence) before how often. When the subject of the event
 * is not a name ("Several people died …"), that phrase is the actor: a group.
 */
import { headlineClauseStart, subjectRange } from "./clause";
import type { Entity } from "./entities";
import { lexicon } from "./lexicon";
import { joinTokens } from "./mentions";
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
  weight: number;
}

function subjects(doc: Doc, what: What | null): Subject[] {
  const out: Subject[] = [];
  const title = doc.sentences.find((s) => s.isTitle);
  if (title) {
    const range = subjectRange(title, headlineClauseStart(title));
    if (range) out.push({ sentence: title, range, weight: 5 });
  }
  const lead = leadSentences(doc, 1)[0];
  if (lead) {
    const range = subjectRange(lead);
    if (range) out.push({ sentence: lead, range, weight: 4 });
  }
  if (what && !what.sentence.isTitle && what.sentence !== lead) {
    const range = subjectRange(what.sentence, what.clauseStart);
    if (range) out.push({ sentence: what.sentence, range, weight: 4 });
  }
  return out;
}

const within = (m: { sentence: number; first: number; last: number }, s: Subject) =>
  m.sentence === s.sentence.index && m.first >= s.range[0] && m.last <= s.range[1];

/** A subject phrase headed by a people noun ("Several people", "Dozens of rescuers", "A gunman"). */
function groupPhrase(s: Subject): Actor | null {
  const toks = s.sentence.tokens.slice(s.range[0], s.range[1] + 1);
  if (toks.length > 7) return null;
  const head = toks.findIndex((t) => lexicon.humanNouns.has(t.lower));
  if (head < 0) return null;
  let last = head;
  while (last + 1 < toks.length && (toks[last + 1].lower === "of" || lexicon.humanNouns.has(toks[last + 1].lower) || toks[last + 1].pos === "NOUN" || toks[last + 1].pos === "ADJ" || toks[last + 1].pos === "NUM")) last++;
  let first = 0;
  while (first < head && /^(and|but|so|then|now|however)$/.test(toks[first].lower)) first++;
  const phrase = toks.slice(first, last + 1);
  const name = joinTokens(phrase).replace(/^(the|a|an) /i, (m) => m);
  return { name: name[0].toUpperCase() + name.slice(1), kind: "group", mentions: 1, sentence: s.sentence.index, start: phrase[0].start, end: phrase.at(-1)!.end, score: s.weight + 1.5 };
}

export function rankActors(doc: Doc, entities: Entity[], what: What | null): Actor[] {
  const subs = subjects(doc, what);
  const title = doc.sentences.find((s) => s.isTitle);
  const leadIndex = leadSentences(doc, 1)[0]?.index;
  const actors: Actor[] = [];
  for (const e of entities) {
    if (!isActorEntity(e)) continue;
    const first = e.mentions[0];
    let score = Math.min(e.mentions.length, 6);
    for (const s of subs) if (e.mentions.some((m) => within(m, s))) score += s.weight;
    if (title && e.mentions.some((m) => m.sentence === title.index)) score += 3;
    if (what && e.mentions.some((m) => m.sentence === what.sentence.index)) score += 2;
    if (e.mentions.some((m) => m.sentence === leadIndex)) score += 1;
    if (e.type === "person" && e.role) score += 1;
    actors.push({
      name: e.name,
      kind: e.type === "person" ? "person" : e.type === "country" ? "place" : "org",
      role: e.role,
      mentions: e.mentions.length,
      sentence: first.sentence,
      start: first.start,
      end: first.end,
      score,
      entity: e,
    });
  }
  for (const s of subs) {
    if (entities.some((e) => isActorEntity(e) && e.mentions.some((m) => within(m, s)))) continue;
    const group = groupPhrase(s);
    if (group && !actors.some((a) => a.name.toLowerCase() === group.name.toLowerCase())) actors.push(group);
  }
  return actors.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, MAX_WHO);
}
