/**
 * Stance: for each actor who says or does something about the main event, one position.
 * Evidence comes from reporting verbs ("warned", "welcomed"), the valence of what they said
 * (AFINN-165, negation-aware), explicit non-comment ("has not yet commented"), and carrying the
 * event out (the subject of the event sentence, and people whose role ties them to it).
 * See ../shared/eval/STANCE.md for the definitions this follows.
 */
import { subjectRange } from "./clause";
import { gazetteer } from "./gazetteer";
import { findInterview } from "./interview";
import { acronymOf, type Entity } from "./entities";
import { lexicon } from "./lexicon";
import { CLOSING_QUOTES, type Mention } from "./mentions";
import { joinTokens, type Token } from "./nlp";
import type { Doc, Sentence } from "./sentences";
import { embeddedPost, type Quote, quoteSpans, quotesFor, toQuote, unquoted } from "./quotes";
import { isTitleWord } from "./roles";
import { isPeopleWord, isPossessor, isQuestionedAside, passiveAgent, type Placed, type Recent, speaker } from "./speaker";
import { demandAt, leaning, sumValence, type Valence, valence } from "./valence";
import { leadSentences, type What } from "./what";
import { describedSubjects, isActorEntity } from "./who";

export type Position = "supports" | "opposes" | "neutral" | "no_comment";

export interface StanceFinding {
  entity: Entity;
  position: Position;
  as?: string;
  quote?: string;
  verb?: string;
  sentence: number;
  start: number;
  end: number;
}

interface Statement {
  entity: Entity;
  mention?: Mention;
  position: Position;
  verb?: string;
  quote?: string;
  sentence: Sentence;
  start: number;
  end: number;
  /** How sure the cue is: explicit verbs and non-comment beat valence, valence beats inheritance. */
  strength: number;
}


/** Actor mentions by sentence, in reading order: built once per article. */
function mentionsBySentence(entities: Entity[]): Map<number, Placed[]> {
  const out = new Map<number, Placed[]>();
  for (const e of entities) if (isActorEntity(e)) for (const m of e.mentions) {
    const list = out.get(m.sentence);
    if (list) list.push({ entity: e, mention: m });
    else out.set(m.sentence, [{ entity: e, mention: m }]);
  }
  for (const list of out.values()) list.sort((a, b) => a.mention.first - b.mention.first);
  return out;
}


/** Words after which the what names the cause of its event ("probe … after string of inmate deaths", "probe into the deaths"). */
const CAUSE_LINKS = new Set(["after", "following", "over", "amid"]);
/** "probe into", "inquiry into": an inquiry's subject (where "thrown into chaos" links nothing). */
const INQUIRY_NOUNS = new Set(["probe", "probes", "inquiry", "inquiries", "investigation", "investigations", "review", "inquest"]);

/** Verbs of an order or a decision by those in charge, which is the event even where it answers a disaster. */
const DIRECTIVES = new Set(["orders", "ordered", "declares", "declared", "imposes", "imposed", "approves", "approved", "bans", "banned", "lifts", "lifted", "extends", "extended"]);

/** Verbs by which an official finding is stated ("rules", "concluded"), and those who state them ("coroner", "inquiry"). */
const FINDING_VERBS = new Set(["rules", "ruled", "finds", "found", "concludes", "concluded"]);
const FINDING_BODIES = new Set(["coroner", "inquest", "court", "judge", "jury", "tribunal", "inquiry", "review", "report", "investigation", "watchdog", "ombudsman", "regulator"]);

/** A court's or the police's step: the event is the case, not the crime ("Man who stabbed teenager jailed for life"). */
const LEGAL_STEPS = new Set(["jailed", "sentenced", "convicted", "acquitted", "charged", "indicted", "fined", "guilty", "imprisoned", "extradited", "arrested"]);

/** Words before an incident word that make it a figure of speech: "drawing fire from", "under attack from critics". */
const FIGURATIVE_BEFORE = new Set(["drawing", "draws", "drew", "draw", "under"]);
/** "seven hurt", "three people were hurt": "hurt" injures people only after them ("the outcome hurt it" does not). */
const HURT_WHO = /^(?:were|was|been|are|is|people|others|dozens|hundreds|several|many|more)$/;
/** What collapses without harm to anyone: "as contract talks collapse", "the deal collapsed". */
const ABSTRACT_COLLAPSES = new Set(["talks", "negotiations", "deal", "deals", "agreement", "bid", "takeover", "merger", "coalition", "government", "ceasefire", "truce", "trial", "case", "plan", "plans", "prices", "shares", "market", "markets", "currency", "sales", "support"]);

/** What police "fire" to break up a crowd ("fire tear gas", "fire water cannon"): policing a protest, no attack or blaze. */
const CROWD_CONTROL = new Set(["tear", "teargas", "water", "rubber", "pepper", "warning", "stun"]);

/** Where "fell" is a fall, not a drop in a price ("fell from a balcony", not "shares fell 5%"). */
const FALL_DIRECTIONS = new Set(["from", "off", "into", "down", "onto", "through", "overboard"]);

const RELATIVE_PRONOUNS = new Set(["who", "which", "that"]);

/** What a pledge, a fund, a plan or an order is for, against an incident: "to fight", "to help", "to pay", "to fix". */
const RESPONSES = new Set(["fight", "tackle", "combat", "contain", "help", "aid", "assist", "rebuild", "treat", "prevent", "curb", "relieve", "end", "stop", "pay", "compensate", "fix", "repair", "replace"]);

/**
 * Whether the event is an accident, attack or disaster: an incident word in the what sentence
 * before any link to a cause ("jailed over DUI crash" is a sentence, not a crash), unless the
 * incident is only what someone did ("Man who stabbed teenager jailed for life" is a sentence) or a
 * figure of speech ("drawing fire from", "shares fell").
 */
export function isIncident(what: What | null): boolean {
  if (!what) return false;
  const toks = what.sentence.tokens;
  let relative = false;
  let incident = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.start < what.start) continue;
    if (incident) {
      if (relative && LEGAL_STEPS.has(t.lower)) return false;
      continue;
    }
    if (RELATIVE_PRONOUNS.has(t.lower)) relative = true;
    // ("Governor orders mass evacuation", "… declares emergency as wildfire spreads": the event is the order.)
    // (Not where people undergo it: "8,000 residents were ordered to evacuate as a wildfire spread" is the fire.)
    else if (DIRECTIVES.has(t.lower) && !relative && (t.pos === "VERB" || what.sentence.isTitle) && !/^(?:was|were|been|being|is|are)$/.test(toks[i - 1]?.lower ?? "")) return false;
    // ("Coroner rules missed chances contributed to death": the event is the finding, which people welcome or dispute.)
    else if (FINDING_VERBS.has(t.lower) && !relative && toks.slice(0, i).some((u) => u.start >= what.start && FINDING_BODIES.has(u.lower))) return false;
    else if (CAUSE_LINKS.has(t.lower) || (t.lower === "into" && INQUIRY_NOUNS.has(toks[i - 1]?.lower ?? ""))) return false;
    // ("Foundation pledges $25m to fight cholera outbreak": what an act is for is no incident of its own.)
    else if (t.lower === "to" && RESPONSES.has(toks[i + 1]?.lower ?? "") && !relative) return false;
    else if (lexicon.incidentWords.has(t.lower) && (t.lower !== "hurt" || HURT_WHO.test(toks[i - 1]?.lower ?? "") || toks[i - 1]?.pos === "NUM") && !FIGURATIVE_BEFORE.has(toks[i - 1]?.lower ?? "") && !(t.lower.startsWith("collapse") && ABSTRACT_COLLAPSES.has(toks[i - 1]?.lower ?? "")) && (t.lower !== "fell" || FALL_DIRECTIONS.has(toks[i + 1]?.lower ?? "")) && !CROWD_CONTROL.has(toks[i + 1]?.lower ?? "")) {
      if (!relative) return true;
      incident = true;
    }
  }
  return incident;
}

/** The sentence in which the quotation around `at` closes, if its marks close it in the paragraph. */
function closingSentence(doc: Doc, spans: { start: number; end: number }[], at: number): Sentence | undefined {
  const span = spans.find((q) => q.start <= at && at < q.end);
  if (!span || !CLOSING_QUOTES.has(doc.text[span.end] ?? "")) return undefined;
  return doc.sentences.find((x) => x.start <= span.end && span.end <= x.end);
}

/** The words after the first "but" or "however" in them; none without one. */
function afterContrast(tokens: Token[]): Token[] {
  const at = tokens.findIndex((t) => t.lower === "but" || t.lower === "however");
  return at < 0 ? [] : tokens.slice(at + 1);
}

/**
 * The reporting verb whose speaker is the subject of the verb at v, when that subject is a pronoun
 * right after it ("said it had rejected", "says that they will sue", "said she would not comment"); -1 if none.
 */
function ownReporter(tokens: Token[], v: number): number {
  let k = v - 1;
  while (k >= 0 && (tokens[k].pos === "AUX" || tokens[k].pos === "PART")) k--;
  if (!/^(it|they|he|she)$/.test(tokens[k]?.lower ?? "")) return -1;
  k--;
  if (tokens[k]?.lower === "that") k--;
  return k >= 0 && reportingVerbAt(tokens, k) !== null ? k : -1;
}

function reportsOwn(tokens: Token[], v: number): boolean {
  return ownReporter(tokens, v) >= 0;
}

export function findStances(doc: Doc, entities: Entity[], what: What | null): StanceFinding[] {
  const statements: Statement[] = [];
  const incident = isIncident(what);
  const recent: Recent = { people: [] };
  const placed = mentionsBySentence(entities);
  const spans = quoteSpans(doc);
  // Sentences with several reporting verbs ask for the same quotes again: each is read once.
  const quotes = new Map<{ start: number; end: number }, Quote>();
  const quoteOf = (span: { start: number; end: number }) => quotes.get(span) ?? quotes.set(span, toQuote(doc, span)).get(span)!;
  const scores = new Map<Quote, Valence>();
  // The words of the what's event, and with the headline's the topic: a noun of them in a statement names its subject.
  const eventTokens = what ? what.sentence.tokens.filter((t) => t.start >= what.start && t.end <= what.end) : [];
  const topic = new Set(what ? [...(doc.sentences[0]?.isTitle ? doc.sentences[0].tokens : []), ...eventTokens].map((t) => t.lower) : []);
  const scoreOf = (q: Quote) => scores.get(q) ?? scores.set(q, valence(q.tokens, q.text, topic)).get(q)!;
  const mentionAt = (s: Sentence) => placed.get(s.index) ?? [];
  const inQuote = (at: number) => spans.some((q) => q.start <= at && at < q.end);
  const entourages = entities.filter((e) => e.type === "org" && e.mentions.some((m) => m.entourage));

  // The event's own verbs, by their first four letters ("closures" of "close"): what the object of a
  // verb must name to be the event (not what the event acts on: "who introduced the bill" the Senate defeated).
  const eventStems = new Set(eventTokens.filter((t) => t.pos === "VERB" && !t.stop && t.lower.length >= 4).map((t) => t.lower.slice(0, 4)));
  const objectIsEvent = (tokens: Token[], v: number) => tokens.slice(v + 1, v + 5).some((u) => u.pos === "NOUN" && eventStems.has(u.lower.slice(0, 4)));

  for (const s of doc.sentences) {
    if (s.cruft || s.isTitle) continue;
    const here = mentionAt(s);
    const lower = s.text.toLowerCase();
    const tweet = embeddedPost(doc, s, here);
    if (tweet) {
      const position: Position = incident ? "neutral" : leaning(valence(tweet.tokens, tweet.text, topic), true);
      const at = doc.sentences.find((x) => x.start <= tweet.start && tweet.end <= x.end) ?? s;
      statements.push({ entity: tweet.entity, mention: tweet.mention, position, verb: "posted", quote: tweet.text, sentence: at, start: tweet.start, end: tweet.end, strength: position === "neutral" ? 1 : 2 });
    }
    // "Ambassador Ana Ruiz left without speaking to journalists, and the embassy declined to comment": each is silent.
    const silent = new Set<Entity>();
    for (const found of lower.matchAll(lexicon.noComment)) {
      const noComment = found[0];
      const at = found.index + s.start;
      const v = s.tokens.findIndex((t) => t.start >= at);
      // "Helen Marsh, asked about it, said she would not comment": the one who said so is silent.
      const reporter = v < 0 ? -1 : ownReporter(s.tokens, v);
      // "A spokeswoman for the mayor said his office was reviewing it and declined to comment further":
      // with no one named at the phrase, the sentence's first reporting verb says who.
      // ('"We don't comment on that," said Ana Ruiz': said inside a quotation, by whoever the sentence says said it.)
      const quoted = inQuote(at);
      const firstReporter = () => {
        const k = s.tokens.findIndex((_, j) => (v < 0 || j < v || (quoted && !inQuote(s.tokens[j].start))) && reportingVerbAt(s.tokens, j) !== null);
        return k >= 0 ? speaker(s, k, here, recent, entourages) : null;
      };
      // "The ambassador Ana Ruiz left the ministry without speaking to journalists and declined to
      // comment": with no reporting verb before it, the sentence's subject.
      const subject = () => {
        const range = subjectRange(s);
        const h = range ? here.find((x) => x.mention.first >= range[0] && x.mention.last <= range[1] && (v < 0 || x.mention.last < v) && (x.entity.type === "person" || x.entity.type === "org") && !inQuote(x.mention.start)) : undefined;
        return h ? { entity: h.entity, mention: h.mention } : null;
      };
      const who = (reporter >= 0 ? speaker(s, reporter, here, recent, entourages) : null) ?? speaker(s, v < 0 ? s.tokens.length : v, here, recent, entourages) ?? firstReporter() ?? subject();
      if (!who || silent.has(who.entity)) continue;
      statements.push({ entity: who.entity, mention: who.mention, position: "no_comment", verb: noComment, sentence: s, start: at, end: at + noComment.length, strength: 3 });
      silent.add(who.entity);
    }
    // "The Kremlin declined to comment, while the EU welcomed it": others in the sentence still speak.
    const spoke = new Set<Entity>(silent);
    // Speakers who hedged their side in this sentence: a joined verb does not take it back ("backed it but warned …").
    const hedgedHere = new Set<Entity>();
    let lastSpeaker: { entity: Entity; mention?: Mention } | null = null;
    let relativeSide: Position | undefined;
    // Names inside a quotation are talked about, not talking: "'Ortiz is guilty,' Mendez said."
    const speakers = here.filter((h) => !inQuote(h.mention.start));
    for (let v = 0; v < s.tokens.length; v++) {
      const t = s.tokens[v];
      // ("Ana Ruiz, who recommended the closures, said …": the speaker authored the event.)
      if (AUTHORSHIP_VERBS.has(t.lower) && RELATIVE_PRONOUNS.has(s.tokens[v - 1]?.lower ?? "") && objectIsEvent(s.tokens, v)) relativeSide = "supports";
      const key = reportingVerbAt(s.tokens, v);
      // A one-word verb counts only where it is not a noun ("the warning", "a claim").
      const verbKey = key && (key.includes(" ") || (t.pos !== "NOUN" && t.pos !== "PROPN")) ? key : null;
      if (!verbKey || isQuestionedAside(s, v)) continue;
      // "a Russian diplomat accused of recruiting …": the participle describes the one accused, who says nothing.
      if (/^accused$/.test(t.lower) && s.tokens[v + 1]?.lower === "of") continue;
      // "The union, which endorsed Ana Ruiz last year, said the vote was a betrayal": a relative
      // clause's verb is background; the main verb after it says where the speaker stands.
      // ("The group, which has long opposed the scheme, said …": past the auxiliaries and adverbs between.)
      let relative = v - 1;
      while (relative > 0 && (s.tokens[relative].pos === "AUX" || s.tokens[relative].pos === "ADV")) relative--;
      if (RELATIVE_PRONOUNS.has(s.tokens[relative]?.lower ?? "") && s.tokens.some((_, w) => w > v && reportingVerbAt(s.tokens, w) !== null)) {
        // ("Ana Ruiz, who recommended the closures, said …": a side taken on the event itself there is the speaker's.)
        const side = lexicon.reportingVerbs.get(verbKey);
        if (side !== "neutral" && objectIsEvent(s.tokens, v)) relativeSide = side;
        continue;
      }
      // A quotation closed within the sentence; scraped text often leaves one open, and then the
      // pairing is a guess.
      const quoted = spans.some((q) => q.start <= t.start && t.start < q.end && q.start >= s.start && q.end <= s.end);
      // '"If Ana thinks the ad is tough, wait," Hadley said': a verb inside a closed quotation is the
      // words of the speaker the sentence names outside it (without one, the marks may be mispaired).
      // ('"… the moment he found out, he reported it," Ferraro told 24 News': so too where the
      // quotation runs over sentences, and the sentence it closes in names the speaker.)
      const closing = quoted ? s : closingSentence(doc, spans, t.start);
      if (closing && closing.tokens.some((u, w) => !inQuote(u.start) && reportingVerbAt(closing.tokens, w))) continue;
      const passive = verbKey.includes(" ") ? null : passiveAgent(s, v, speakers);
      // "called it '…' and vowed to repeal it": a verb joined to the one before shares its speaker.
      // "Brandco said it had rejected the offer": the pronoun after a speaker's verb is that speaker.
      const ownReport: boolean = lastSpeaker !== null && reportsOwn(s.tokens, v);
      const joined: boolean = ownReport || (lastSpeaker !== null && /^(and|but)$/.test(s.tokens[v - 1]?.lower ?? ""));
      const who: { entity: Entity; mention?: Mention } | null | undefined = ownReport ? lastSpeaker : passive ? passive.agent : speaker(s, v, inQuote(t.start) ? here : speakers, recent, entourages, quoted) ?? (joined ? lastSpeaker : null);
      if (!who) continue;
      const base = !incident && rebutsCriticism(s.tokens, v) ? "supports" : demandAt(s, t) ?? lexicon.reportingVerbs.get(verbKey)!;
      // One statement per speaker and sentence, unless a joined verb takes a side.
      if (spoke.has(who.entity) && (!joined || base === "neutral" || hedgedHere.has(who.entity))) continue;
      spoke.add(who.entity);
      lastSpeaker = who;
      if (who.entity.type === "person") recent.speaker = { entity: who.entity, sentence: s.index };
      const split = reportStretch(s, v, inQuote);
      const stretch = split ?? s;
      // (Where the sentence is split, quotes opened before it go with its first report, those in the
      // paragraphs after it with its last.)
      const inStretch = (q: Quote) => (q.start >= s.end ? stretch.end === s.end : q.start < s.start ? stretch.start === s.start : q.start >= stretch.start && q.start < stretch.end);
      const quotes = quotesFor(doc, spans, s, quoteOf).filter((q) => !split || inStretch(q));
      const parts = quotes.length ? quotes.map((q) => ({ q, score: scoreOf(q) })) : [];
      const rest = s.tokens.slice(v + 1).filter((u) => u.start < stretch.end);
      // With quotes, what they say, and the cues of the words around them ("urged regulators to block it, warning …").
      const said = parts.length ? sumValence([...parts.map((p) => p.score), valence([], unquoted(s, spans).slice(stretch.start - s.start, stretch.end - s.start))]) : valence(rest, s.text.slice(t.end - s.start, stretch.end - s.start), topic);
      const negated = s.tokens.slice(Math.max(0, v - 3), v).some((p) => lexicon.negators.has(p.lower));
      // "supported the pact in principle but had serious reservations": a side taken, then hedged.
      const contrast = afterContrast(rest);
      const hedged = base !== "neutral" && leaning(valence(contrast, joinTokens(contrast), topic), false) === (base === "supports" ? "opposes" : "supports");
      // "warned of more flooding", "warned that disease could spread": after an accident, attack or
      // disaster a warning describes the danger; "warned against" still takes a side.
      const forecast = incident && /^warn/.test(verbKey) && s.tokens[v + 1]?.lower !== "against";
      let position: Position = base === "neutral" || negated || hedged || forecast ? "neutral" : base;
      if (hedged) hedgedHere.add(who.entity);
      let strength = position === "neutral" ? 1 : 3;
      if (position === "neutral" && base === "neutral" && relativeSide && !incident) {
        position = relativeSide;
        strength = 3;
      }
      relativeSide = undefined;
      // Police report what happened ("four people were arrested after a scuffle"): their words'
      // valence describes the event, it takes no side.
      // (Nor do analysts judging the odds, "the synergy target is credible": only a side taken in so many words, "the wrong decision".)
      if (position === "neutral" && !incident && !hedged && !isPoliceForce(who.entity)) {
        // (Labelling the event is judging it: 'Analyst Ben Thornton called the launch "a costly mistake"'.)
        const judged = isObserver(who.entity) && !LABELLING_VERB.test(verbKey) ? valence([], parts.length ? parts.map((p) => p.q.text).join(" ") : s.text.slice(t.end - s.start, stretch.end - s.start)) : said;
        position = leaning(judged, parts.length > 0);
        if (position !== "neutral") strength = 2;
      }
      // The quote shown is the part that carries the position ("a vital part of our commitment …").
      const sign = position === "supports" ? 1 : position === "opposes" ? -1 : 0;
      const density = (p: { q: Quote; score: Valence }) => ((p.score.positive + p.score.negative) * sign) / Math.max(4, p.q.tokens.length);
      const quote = parts.length ? parts.reduce((a, p) => (density(p) > density(a) ? p : a)).q : undefined;
      // Nobody supports a shooting or a crash by praising the rescuers or calling for patrols:
      // in an incident only a claim of the act is support.
      if (position === "supports" && incident) {
        position = "neutral";
        strength = 1;
      }
      // 'said the United States "strongly condemns" the attack': a condemnation in the words said
      // is opposition, in an incident too (its other negative words only describe it).
      if (position === "neutral" && !negated && !hedged && CONDEMNATION.test(parts.length ? parts.map((p) => p.q.text).join(" ") : s.text.slice(t.end - s.start))) {
        position = "opposes";
        strength = 2;
      }
      const at = quote ? doc.sentences.find((x) => x.start <= quote.start && quote.end <= x.end) ?? s : s;
      // "The Northern Front said it carried out the attack": claiming an act is supporting it.
      const claim = lexicon.claim.test(lower);
      if (claim) { position = "supports"; strength = 3; }
      // "told the", "wrote on": the lookup's second word only tells the verb apart; the verb is the first.
      const verb = /^(told|wrote|posted) /.test(verbKey) ? verbKey.slice(0, verbKey.indexOf(" ")) : verbKey;
      statements.push({ entity: who.entity, mention: who.mention, position, verb, quote: quote?.text, sentence: at, start: quote?.start ?? t.start, end: quote?.end ?? t.end, strength });
      // "Britain, France and the United States voted in favour": each of the joined subjects did.
      if (who.mention && !passive) for (const other of joinedBefore(s, who.mention, v, speakers)) {
        if (spoke.has(other.entity)) continue;
        spoke.add(other.entity);
        statements.push({ entity: other.entity, mention: other.mention, position, verb, quote: quote?.text, sentence: at, start: quote?.start ?? t.start, end: quote?.end ?? t.end, strength });
      }
    }
    // "the Bellamy Gentle Start and Bellamy Comfort formulas" name products: "the company said"
    // next is not about them.
    // ("the Tamarack Fiber Products sawmill": a company's name, designator and all, before its works is the company.)
    const describesThing = (h: Placed): boolean => (h.mention.modifier && !lexicon.orgSuffixes.has(h.mention.words.at(-1)!.toLowerCase())) || (s.tokens[h.mention.last + 1]?.lower === "and" && here.some((o) => o.mention.first === h.mention.last + 2 && describesThing(o)));
    for (const h of here) {
      if (h.entity.type === "person") {
        if (recent.speaker && recent.speaker.sentence < s.index && h.entity !== recent.speaker.entity) recent.speaker.named = true;
        const seen = recent.people.indexOf(h.entity);
        if (seen >= 0) recent.people.splice(seen, 1);
        recent.people.push(h.entity);
      } else if (!describesThing(h)) {
        recent.group = h.entity;
        if (h.entity.name.includes(" ") || !gazetteer.city(h.entity.name)) recent.company = h.entity;
      }
    }
  }

  // In a Q&A interview the answers are the subject's words.
  const interview = findInterview(doc, entities.filter((e) => e.type === "person" && isActorEntity(e)));
  if (interview && !statements.some((st) => st.entity === interview.subject && st.strength >= 2)) {
    const scored = interview.answers.map((a) => ({ a, score: valence(a.tokens, a.text, topic) }));
    const position: Position = incident ? "neutral" : leaning(sumValence(scored.map((x) => x.score)), true);
    const sign = position === "supports" ? 1 : position === "opposes" ? -1 : 0;
    const best = scored.reduce((x, y) => ((y.score.positive + y.score.negative) * sign > (x.score.positive + x.score.negative) * sign ? y : x));
    const text = best.a.text.replace(/^\s*A\s*[:.]\s*/, "");
    statements.push({ entity: interview.subject, position, verb: "answered", quote: text, sentence: best.a, start: best.a.end - text.length, end: best.a.end, strength: 2 });
  }

  // Those who carry out the event approve of it ("a leader announcing the plan they signed"),
  // and so, unless they say otherwise, do people whose role ties them to such an actor.
  const doers = new Set<Entity>();
  const verdict = !!what && !incident && isVerdict(what);
  if (what && !incident) {
    const subject = subjectRange(what.sentence, what.clauseStart);
    const reaction = subject ? reactionTo(what.sentence, subject) : null;
    const inRange = (range: [number, number]) => mentionAt(what.sentence).filter(({ mention }) => mention.first >= range[0] && mention.last <= range[1]);
    // "Harper hits out as the board approves the plan": the board carries the event out; Harper
    // takes the side the headline's verb gives.
    if (reaction) {
      for (const { entity, mention } of inRange(subject!)) statements.push({ entity, mention, position: reaction.position, verb: reaction.verb, sentence: what.sentence, start: what.start, end: what.end, strength: 2 });
      if (reaction.event) for (const { entity } of inRange(reaction.event)) doers.add(entity);
    } else {
      // "Ohio lieutenant governor indicted on bribery charges": the subject of a passive undergoes the event.
      if (subject && !isPassive(what.sentence, subject)) for (const e of subjectDoers(what.sentence, subject, mentionAt(what.sentence))) doers.add(e);
      // "Carmaker recalls 300,000 cars": a headline that names no one, or whose clause is unclear
      // ("Westfield United sack manager", "sack" read as a noun); the lead names the doer ("Brandco
      // Motors is recalling …").
      // ("Runner banned for four years": a passive headline's doer is the lead's subject, "The AIU banned …".)
      const lead = what.sentence.isTitle && (!subject || inRange(subject).length === 0 || isPassive(what.sentence, subject)) ? leadSentences(doc, 1)[0] : undefined;
      const leadSubject = lead ? subjectRange(lead) : null;
      // ("Lock Ana Ruiz suspended for four weeks" … "Ana Ruiz will miss the final after being suspended": the one
      // the headline's passive befalls is no doer in the lead either.)
      const undergoes = new Set(subject && isPassive(what.sentence, subject) ? inRange(subject).map(({ entity }) => entity) : []);
      if (lead && leadSubject && !isPassive(lead, leadSubject)) for (const e of subjectDoers(lead, leadSubject, mentionAt(lead))) if (!undergoes.has(e)) doers.add(e);
      // ("Delivery robot company pauses service" … "A startup … has pulled its fleet" … "Trundle said …":
      // neither names the doer; the company the text introduces next, as who ranks it, is the doer.)
      // (Not where the subject undergoes the event: "Firm fined over …", "Manager guilty of …".)
      // ("Ohio governor signs law": the title's holder acts, beside the place that only says whose.)
      // (An office one person holds: "aide", "adviser", "official" are held by many.)
      const head = subject ? what.sentence.tokens[subject[1]].lower : "";
      const titled = isTitleWord(head) && !SHARED_TITLES.has(head);
      if ((!doers.size || titled) && !verdict) {
        const described = describedSubjects(doc, entities, what);
        const doerOf = (s: Sentence, range: [number, number] | null) => (range && !isPassive(s, range) ? described.get(s) : undefined);
        const doer = doerOf(what.sentence, subject) ?? (lead ? doerOf(lead, leadSubject) : undefined);
        if (doer && isActorEntity(doer) && (!doers.size || doer.type === "person") && !undergoes.has(doer)) doers.add(doer);
      }
    }
    // "Ortiz cleared by the FBI": the agent of a passive carries the event out.
    for (const { entity, mention } of mentionAt(what.sentence)) {
      const toks = what.sentence.tokens;
      const by = toks[mention.first - 1]?.lower === "by" ? mention.first - 1 : toks[mention.first - 1]?.lower === "the" && toks[mention.first - 2]?.lower === "by" ? mention.first - 2 : -1;
      if (by > 0 && /(ed|en)$/i.test(toks[by - 1]?.text ?? "") && !mention.via) doers.add(entity);
    }
  }
  // Those who claim an act carried it out, even an attack.
  const claimed = new Set<Entity>();
  for (const st of statements) if (lexicon.claim.test(st.sentence.text.toLowerCase())) claimed.add(st.entity);
  for (const e of claimed) doers.add(e);
  const doerCountries = new Set([...doers].filter((e) => e.type === "country").map((e) => e.key.slice("country:".length)));
  // A person by surname; a body also by the words that make its name ("Brandco" of "Brandco Holdings")
  // and by its initials ("EU foreign policy chief").
  const doerNames = [...doers].flatMap((d) => {
    const words = d.name.split(" ");
    if (d.type === "person") return [words.at(-1)!];
    const initials = acronymOf(d.name);
    // ("Port Ellery City Council" by its words together: a spokesman for "Fair Ellery" shares only a place's name.)
    const core = words.filter((w) => !lexicon.orgSuffixes.has(w.toLowerCase()) && !lexicon.orgHeads.has(w.toLowerCase()) && !lexicon.stopwords.has(w.toLowerCase()));
    return [words.at(-1)!, ...(core.length ? [core.join(" ")] : []), ...(initials.length >= 2 ? [initials] : [])];
  });
  // Tied to a doer: a country's leader ("French President"), someone whose role names the doer
  // ("Harper communications director Ana Ruiz"), or the group named after one ("the Ortiz
  // campaign").
  // A company office named without its company ("chief executive Ana Ruiz said") is the office of
  // the one company that carries the event out.
  const doerCompanies = incident ? [] : [...doers].filter((d) => d.type === "org" && !claimed.has(d));
  const tiedToDoer = (e: Entity) =>
    doers.has(e) ||
    (!!e.country && doerCountries.has(e.country)) ||
    (!!e.role && !OPPOSITION_ROLE.test(e.role) && doerNames.some((n) => ` ${e.role!.split(/[\s']+/).join(" ")} `.includes(` ${n} `))) ||
    (!!e.role && doerCompanies.length === 1 && lexicon.companyOffices.has(e.role.toLowerCase())) ||
    (entourages.includes(e) && doerNames.includes(e.name.split(" ")[0]));

  const defendants = verdict ? mentionAt(what!.sentence).filter((p) => p.entity.type === "person").map((p) => p.entity.name.split(" ").at(-1)!) : [];
  const byEntity = new Map<Entity, Statement[]>();
  for (const st of statements) byEntity.set(st.entity, [...(byEntity.get(st.entity) ?? []), st]);
  for (const d of doers) {
    if (byEntity.has(d) || !what) continue;
    const m = d.mentions.find((x) => x.sentence === what.sentence.index) ?? d.mentions[0];
    byEntity.set(d, [{ entity: d, mention: m, position: "supports", sentence: what.sentence, start: what.start, end: what.end, strength: 1 }]);
  }

  const findings: StanceFinding[] = [];
  for (const [entity, list] of byEntity) {
    const tied = tiedToDoer(entity);
    const polar = list.filter((x) => x.position === "supports" || x.position === "opposes");
    const support = polar.filter((x) => x.position === "supports").reduce((a, x) => a + x.strength, 0);
    const oppose = polar.filter((x) => x.position === "opposes").reduce((a, x) => a + x.strength, 0);
    let primary: Statement;
    if (support || oppose) primary = polar.find((x) => x.position === (support >= oppose ? "supports" : "opposes"))!;
    else primary = list.find((x) => x.position === "neutral") ?? list[0];
    let position = primary.position;
    // Carrying the event out is supporting it, whatever the verb ("Harper blames Ortiz"):
    // only an explicit refusal to comment stands apart.
    if (tied && (!incident || claimed.size > 0) && position !== "no_comment") position = "supports";
    // After a verdict, the words' tone says little of the side: a judge or a prosecutor condemning
    // the crime backs the sentence, a defence lawyer pleading for the defendant opposes it.
    else if (verdict && primary.strength < 3 && position !== "no_comment") position = verdictSide(entity, position, list, defendants) ?? position;
    // Prefer the statement with a quote as the evidence for the chosen position.
    const evidence = list.find((x) => x.position === primary.position && x.quote) ?? primary;
    findings.push(toFinding(entity, position, evidence));
    const silent = list.find((x) => x.position === "no_comment");
    if (silent && position !== "no_comment") findings.push(toFinding(entity, "no_comment", silent));
  }
  speakForTheirBodies(findings);
  return findings.sort((a, b) => a.start - b.start);
}

/** Verbs that turn something said away: "rejected", "dismissed". */
const REBUTTAL_VERBS = new Set(["rejected", "rejects", "dismissed", "dismisses", "rebuffed", "rebuffs"]);
/** What critics say of an event (not what a charge says of a defendant: "denied the allegations"). */
const CRITICISMS = new Set(["claim", "claims", "criticism", "criticisms", "suggestion", "suggestions", "concerns", "complaints", "fears"]);

/** "rejected the claim", "dismissed criticism of the plan": turning criticism of the event away defends it. */
function rebutsCriticism(tokens: Token[], v: number): boolean {
  if (!REBUTTAL_VERBS.has(tokens[v].lower)) return false;
  let k = v + 1;
  while (k < v + 4 && tokens[k] && (tokens[k].pos === "DET" || tokens[k].pos === "ADJ" || tokens[k].pos === "PRON")) k++;
  return !!tokens[k] && CRITICISMS.has(tokens[k].lower);
}

/** A role on the other side of the body it names ("Senate Minority Leader", "shadow health secretary"): no tie to what that body does. */
const OPPOSITION_ROLE = /\b(?:minority|opposition|shadow)\b/i;

/** Titles many people hold at once: a headline's "Clinton aide" does not say which one. */
const SHARED_TITLES = new Set(["aide", "adviser", "advisor", "official", "spokesman", "spokeswoman", "spokesperson", "lawmaker", "senator", "mp", "councillor", "councilor", "diplomat", "minister", "director", "lawyer", "attorney"]);

/** Verbs that make their subject the author of what they take: "who recommended the closures". */
const AUTHORSHIP_VERBS = new Set(["recommended", "proposed", "championed", "drafted", "ordered", "approved", "authorised", "authorized"]);

/** A court's decision on a defendant, once reached ("jailed", "convicted", "guilty"): not a charge or an arrest. */
const VERDICT_WORDS = new Set(["jailed", "jails", "sentenced", "sentences", "convicted", "convicts", "guilty", "imprisoned", "fined"]);

/** "gets 7 years", "handed a life sentence", "given 18 months": a sentence passed, as headlines write it. */
const SENTENCE_PASSED = /\b(?:gets?|given|handed|receives?)\s+(?:a\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|life)(?:[- ](?:years?|months?)|\s+(?:sentence|term|ban)|[- ]year\s+(?:sentence|term|ban))\b/i;

function isVerdict(what: What): boolean {
  return what.sentence.tokens.some((t) => t.start >= what.start && VERDICT_WORDS.has(t.lower)) || SENTENCE_PASSED.test(what.text);
}

/** Those who bring the case or pass the sentence. */
const PROSECUTION_ROLE = /\b(?:prosecutors?|prosecuting|(?:district|county|state|crown|circuit|commonwealth|us|u\.s\.) attorney|judge|magistrate|detective|police|investigating officer|inspector|sergeant|constable|superintendent)\b/i;
/** Those who speak for the defendant. */
const DEFENCE_ROLE = /\bdefen[cs]e\b/i;
const LAWYER_ROLE = /\b(?:lawyer|attorney|barrister|solicitor|counsel)\b/i;
/** Words that take issue with a verdict itself: an appeal, a plea of innocence, a sentence too harsh or too lenient. */
const VERDICT_OBJECTION = /\b(?:appeal|innocen|unjust|unfair|miscarriage|harsh|excessive|disappointed|wrongly|flawed|lenient|nowhere near enough|not nearly enough|slap on the wrist)/i;

/**
 * The side a speaker takes on a verdict by their part in the case, where their words took none
 * explicitly; undefined where their part does not say.
 */
function verdictSide(entity: Entity, position: Position, list: Statement[], defendants: string[]): Position | undefined {
  const role = entity.role ?? "";
  const objects = list.some((x) => VERDICT_OBJECTION.test(x.quote ?? x.sentence.text));
  const forDefendant = DEFENCE_ROLE.test(role) || (LAWYER_ROLE.test(role) && defendants.some((d) => role.includes(d)));
  if (forDefendant) return position === "supports" ? undefined : "opposes";
  if (PROSECUTION_ROLE.test(role) && !objects) return "supports";
  // ("said eight years was 'still nowhere near enough'": words against the verdict itself, whoever says them.)
  if (objects) return "opposes";
  return undefined;
}

/**
 * "BEUC also praised the decision. 'This sends a clear message …,' BEUC spokesman Pieter Claes
 * said": one who speaks for a body and takes no side in their own words holds the side the body took.
 */
function speakForTheirBodies(findings: StanceFinding[]): void {
  const sided = findings.filter((f) => f.entity.type === "org" && (f.position === "supports" || f.position === "opposes"));
  if (!sided.length) return;
  for (const f of findings) {
    const role = f.entity.type === "person" && f.position === "neutral" ? f.entity.role : undefined;
    if (!role || !SPEAKS_FOR.test(role)) continue;
    const words = role.split(/[\s'’]+/);
    // ("Fairtrade Watch spokesman Piet Claassen": the body's name right before the role.)
    const roleLength = role.split(" ").length;
    const namedBefore = (body: Entity) => body.mentions.some((b) => f.entity.mentions.some((m) => m.sentence === b.sentence && m.first - b.last - 1 === roleLength));
    const bodies = sided.filter((b) => (` ${role} `).includes(` ${b.entity.name} `) || (acronymOf(b.entity.name).length >= 2 && words.includes(acronymOf(b.entity.name))) || namedBefore(b.entity));
    if (new Set(bodies.map((b) => b.position)).size === 1) f.position = bodies[0].position;
  }
}

/** Roles that speak for a body: its spokespeople, its leaders, its officers. */
const SPEAKS_FOR = /\b(?:spokes(?:man|woman|person)|chair(?:man|woman)?|president|director|secretary|head|leader|chief|coordinator|commissioner|executive)\b/i;

/**
 * The actors listed before a subject and joined to it ("Britain, France and [the United States]
 * voted"), nearest first. The list ends on "and"; the subject's verb follows it closely.
 */
function joinedBefore(s: Sentence, m: Mention, v: number, here: Placed[]): Placed[] {
  const toks = s.tokens;
  const out: Placed[] = [];
  if (v < m.last || v - m.last > 3 || toks.slice(m.last + 1, v).some((t) => t.pos !== "AUX" && t.pos !== "ADV" && t.pos !== "PART")) return out;
  let k = m.first - 1;
  for (;;) {
    if (toks[k]?.lower === "the") k--;
    const joiner = toks[k];
    if (!joiner || (joiner.lower !== "and" && (joiner.text !== "," || !out.length))) return out;
    k--;
    if (toks[k]?.text === ",") k--;
    const prev = here.find((h) => h.mention.last === k);
    if (!prev) return out;
    out.push(prev);
    k = prev.mention.first - 1;
  }
}

/**
 * The actors a subject names as carrying the event out: its head, not a name modifying a thing (in
 * "Brandco shares slump" the shares do it; in "Ortiz aide blames …" the aide acts for Ortiz), not a
 * possessor ("Spain's Álvarez wins"), not a name inside one of its phrases ("Ash from an eruption in
 * southern Iceland forced …"; but "the president of France" is of France, and a link — "Tears of
 * joy as Lakeport fans celebrate" — opens a new subject).
 */
function subjectDoers(s: Sentence, subject: [number, number], here: Placed[]): Entity[] {
  const toks = s.tokens;
  const acts = isPeopleWord(toks[subject[1]].lower);
  // A conjunct is no modifier ("US and China agree").
  const coordinated = (m: Mention) => toks[m.last + 1]?.pos === "CCONJ" || toks[m.last + 1]?.text === ",";
  const modifiesThing = (m: Mention) => !acts && m.last < subject[1] && !coordinated(m) && toks.slice(m.last + 1, subject[1] + 1).some((t) => t.pos === "NOUN" || (t.pos === "PROPN" && lexicon.isEnglishWord(t.lower) && !lexicon.orgHeads.has(t.lower)));
  const possessesSubject = (m: Mention) => m.last < subject[1] && isPossessor(s, m);
  const inPhrase = (m: Mention) => {
    for (let k = m.first - 1; k >= subject[0]; k--) {
      const t = toks[k];
      if (t.lower === "as" || t.pos === "SCONJ" || t.text === ",") return false;
      // ("Members of the union walked out": the union acts; "Former employees of Brandco sued it": Brandco does not.)
      if (t.pos === "ADP" && !(t.lower === "of" && isPeopleWord(toks[k - 1]?.lower ?? "") && !NOT_THE_BODY.has(toks[k - 1]?.lower ?? ""))) return true;
    }
    return false;
  };
  return here
    .filter(({ mention: m }) => m.first >= subject[0] && m.last <= subject[1] && !modifiesThing(m) && !possessesSubject(m) && !inPhrase(m))
    .map(({ entity }) => entity);
}

/** People of a body who act on their own account, not as the body: its staff, customers and victims. */
const NOT_THE_BODY = new Set(["employees", "employee", "workers", "worker", "staff", "customers", "customer", "patients", "students", "residents", "victims", "shareholders", "investors", "passengers", "tenants", "clients", "users", "parents"]);

/** Past participles that do not end in -ed or -en. */
const IRREGULAR_PARTICIPLES = new Set(["held", "shot", "caught", "struck", "sent", "sold", "told", "found", "kept", "brought", "bought", "built", "paid", "sought", "spent", "taught", "thrown", "stolen", "beaten", "seen", "known"]);

/**
 * Whether the clause after the subject is passive: "was indicted", "have been freed", or in a
 * headline, where the auxiliary is dropped, a participle straight after the subject ("Governor
 * indicted on charges", "Manager sacked").
 */
function isPassive(s: Sentence, subject: [number, number]): boolean {
  let k = subject[1] + 1;
  let auxiliary = false;
  while (s.tokens[k] && (s.tokens[k].pos === "AUX" || s.tokens[k].pos === "ADV" || s.tokens[k].pos === "PART")) {
    if (/^(?:is|are|was|were|be|been|being|get|gets|got)$/.test(s.tokens[k].lower)) auxiliary = true;
    k++;
  }
  const verb = s.tokens[k];
  if (!verb || verb.pos !== "VERB" || !(/(?:ed|en)$/.test(verb.lower) || IRREGULAR_PARTICIPLES.has(verb.lower))) return false;
  return auxiliary || (s.isTitle && k === subject[1] + 1);
}

/** A police force ("Lakeport Police", "the Metropolitan Police Service", "Velmora Constabulary"), or an officer speaking for it ("regional police commander"). */
function isPoliceForce(e: Entity): boolean {
  if (e.type === "person") return !!e.role && (/\b(?:police|constabulary|gendarmerie)\b/i.test(e.role) || POLICE_DEPARTMENT.test(e.role)) && !/\b(?:federation|union|association|minister|secretary)\b/i.test(e.role);
  return e.type === "org" && (/\b(?:police|constabulary|gendarmerie|sheriff's (?:office|department))\b/i.test(e.name) || POLICE_DEPARTMENT.test(e.name)) && !/\b(?:federation|union|association|commissioner)\b/i.test(e.name);
}

/** A city's police department by its initials: "NYPD", "LAPD", "SFPD". */
const POLICE_DEPARTMENT = /\b[A-Z]{1,4}PD\b/;

/** Those paid to read markets and politics from outside ("banking analyst", "chief economist", "political commentator"). */
const OBSERVER_ROLE = /\b(?:analysts?|economists?|strategists?|commentators?|political scientists?|head of research|research director|professors?|experts?|lecturers?|academics?|historians?|senior fellow|fellow at)\b/i;

/** Verbs that put a label on the event ("called it", "described it as", "branded"). */
const LABELLING_VERB = /^(?:called|calls|described|describes|branded|brands|labelled|labeled|dubbed)\b/;

function isObserver(e: Entity): boolean {
  return e.type === "person" && !!e.role && OBSERVER_ROLE.test(e.role);
}

/**
 * Words that condemn ("condemns", "deplored", "denouncing"), whatever their form, and the usual
 * words of condemning an attack ("a cowardly act", "heinous", "a senseless act of evil"), and of
 * defying it ("stands with Velmora against terror", "terror will never win", "we will not be intimidated").
 */
const CONDEMNATION = /\b(?:condemn|deplor|denounc|cowardly|heinous|barbaric|despicable|abhorrent|senseless act|act of (?:(?:pure|sheer|utter|senseless|mindless) )?(?:evil|terror|cowardice|hatred)|(?:brought|bring|bringing) (?:[\w-]+ ){0,3}to justice|(?:has|have) no place in|against terror|terror(?:ism|ists)? will (?:not|never)|will (?:not|never) be (?:intimidated|cowed|divided|defeated|silenced))/i;

/** Reporting verbs that also name a violent movement ("slammed into", "blasted through"). */
const PHYSICAL_SENSE = new Set(["slammed", "slams", "blasted", "blasts", "attacked", "attacks"]);

/** Words that set one speaker's report against another's in one sentence: "X said …, while Y said …". */
const SPEAKERS_DIVIDE = new Set(["while", "whereas"]);

/**
 * Where a divider stands between two reporting verbs outside quotes ("Ana Ruiz said she would 'never
 * accept it', while Tom Hadley said people should 'move on'"), the side of it the verb at token v is
 * on; undefined where the whole sentence is one report.
 */
function reportStretch(s: Sentence, v: number, inQuote: (at: number) => boolean): { start: number; end: number } | undefined {
  // Most sentences hold no divider: they are one report, and their verbs need not be found.
  if (!s.tokens.some((t) => SPEAKERS_DIVIDE.has(t.lower))) return undefined;
  const verbs: number[] = [];
  for (let w = 0; w < s.tokens.length; w++) if (reportingVerbAt(s.tokens, w) && !inQuote(s.tokens[w].start)) verbs.push(w);
  if (verbs.length < 2) return undefined;
  for (let d = verbs[0] + 1; d < verbs.at(-1)!; d++) {
    const t = s.tokens[d];
    // (", while" joins two reports; "said while visiting the site" is a time.)
    const comma = s.tokens[d - 1].text === "," || (/^["”’']$/.test(s.tokens[d - 1].text) && s.tokens[d - 2]?.text === ",");
    if (!SPEAKERS_DIVIDE.has(t.lower) || !comma || inQuote(t.start)) continue;
    return v < d ? { start: s.start, end: t.start } : { start: t.start, end: s.end };
  }
  return undefined;
}

/** The reporting verb at token v, three or two words ("voted in favour", "hit out") before one ("said"), or null. */
function reportingVerbAt(tokens: Token[], v: number): string | null {
  const t = tokens[v];
  if (!t) return null;
  if (!lexicon.reportingWords.has(t.lower)) return null;
  if (v + 1 < tokens.length) {
    const two = `${t.lower} ${tokens[v + 1].lower}`;
    // ("voted in favour": three words.)
    const three = v + 2 < tokens.length ? `${two} ${tokens[v + 2].lower}` : "";
    if (three && lexicon.reportingVerbs.has(three)) return three;
    if (lexicon.reportingVerbs.has(two)) return two;
  }
  // "the car slammed into a wall", "a rocket blasted through the roof": a movement, not words.
  if (PHYSICAL_SENSE.has(t.lower) && /^(?:into|through|against|onto|off|apart|open)$/.test(tokens[v + 1]?.lower ?? "")) return null;
  // "called the result '…'", "called Moscow's response '…'": a description, then the quotation, reads
  // like "called it '…'".
  if (t.lower === "called" || t.lower === "calls") {
    let from = v + 1;
    if (tokens[from]?.pos === "DET" || /^(his|her|its|their)$/.test(tokens[from]?.lower ?? "")) from++;
    else if (tokens[from]?.pos === "PROPN" && /^['’]s$/.test(tokens[from + 1]?.text ?? "")) from += 2;
    let k = from;
    while (k < from + 3 && (tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "NOUN")) k++;
    if (from > v + 1 && k > from && tokens[k - 1].pos === "NOUN" && /^["'“‘]$/.test(tokens[k]?.text ?? "")) return "called it";
  }
  return lexicon.reportingVerbs.has(t.lower) ? t.lower : null;
}

/**
 * A headline whose verb takes a side and goes on with "as" or "after" ("Union hits out as the
 * board approves …") reports a reaction: its subject takes that side and is not the doer; the event
 * is the clause after the link. Without such a clause ("Harper blames Ortiz") the blaming is the event.
 */
function reactionTo(s: Sentence, subject: [number, number]): { position: "supports" | "opposes"; verb: string; event: [number, number] | null } | null {
  const v = subject[1] + 1;
  const verb = reportingVerbAt(s.tokens, v);
  const position = verb ? lexicon.reportingVerbs.get(verb) : undefined;
  if (!verb || (position !== "supports" && position !== "opposes")) return null;
  const link = s.tokens.findIndex((x, k) => k > v && (x.lower === "as" || x.lower === "after") && (x.pos === "SCONJ" || x.pos === "ADP"));
  if (link < 0) return null;
  return { position, verb, event: subjectRange(s, link + 1) };
}

function toFinding(entity: Entity, position: Position, st: Statement): StanceFinding {
  return { entity, position, as: st.mention?.via, quote: st.quote, verb: st.verb, sentence: st.sentence.index, start: st.start, end: st.end };
}
