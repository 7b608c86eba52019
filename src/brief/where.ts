/**
 * Where: the places of the event. A place named with a place preposition ("in Paris", "outside the
 * tower") in the headline or lead is where the event happened; a capital that acts ("Beijing has not
 * commented") stands for its government and is not a place here. "The German capital" is Paris.
 */
import type { Entity } from "./entities";
import { opensUpper } from "./letter-case";
import { gazetteer, isMajorCity } from "./gazetteer";
import { lexicon, placeKey } from "./lexicon";
import type { Mention } from "./mentions";
import type { Doc } from "./sentences";
import { leadSentences, type What } from "./what";

/** Buildings every town or state has, named by their kind alone. */
const CIVIC_BUILDINGS = new Set(["city hall", "town hall", "county hall", "shire hall", "guildhall", "capitol", "state capitol", "statehouse", "state house", "civic centre", "civic center", "courthouse", "county courthouse", "legislative building", "government house", "parliament house"]);

export interface Place {
  name: string;
  role: "event" | "mentioned";
  country?: string;
  sentence: number;
  start: number;
  end: number;
  score: number;
  code?: string;
  isCountry?: boolean;
  /** The town a dateline names: where the news happened, first of all. */
  datelineTown?: boolean;
  /** Named only in the dateline, which cleaning removed from the text: no evidence span. */
  datelineOnly?: boolean;
  /** A big city's dateline: often where the agency's bureau is, not the event. */
  bureau?: boolean;
  /** A town or city the first lead sentence places something in. */
  leadTown?: boolean;
}

/** A dateline opening the text: "HOBART, Australia (AP) —", "Lakeport, Velmora - ". */
export interface Dateline {
  /** The place as running text writes it ("Hobart"). */
  place: string;
  /** The state, province or country written after it ("Australia", "Pa."). */
  area?: string;
  /** The entity the text names the place by, if it names it again. */
  entity?: Entity;
}

const MAX_WHERE = 5;
const PLACE_TYPES = new Set(["city", "place", "country"]);

/** "the German capital" → the capital of France, as a place mention. */
export function capitalPhrases(doc: Doc): { sentence: number; start: number; end: number; city: string; country: string }[] {
  const out = [];
  for (const s of doc.sentences) {
    if (s.cruft) continue;
    const re = /\bthe ([A-Z][a-z]+) capital\b/g;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const country = gazetteer.demonym(m[1]);
      if (country?.capital) out.push({ sentence: s.index, start: s.start + m.index, end: s.start + m.index + m[0].length, city: country.capital, country: country.code });
    }
  }
  return out;
}

/** What a place mention scores: any mention, and more where a place preposition puts the event there. */
const MENTIONED = 0.5;
const LOCATIVE = 1;
const IN_WHAT = 5;
const IN_TITLE = 4;
const IN_LEAD = 3;
/** What a place gains for being one people can put on a map: a known city, other places a little. */
const CITY_SPECIFICITY = 4;
const PLACE_SPECIFICITY = 0.5;

/** How much a dateline's place gains: a town's dateline is where the news happened; a big city's is often a bureau's. */
const DATELINE_TOWN = 6;
const DATELINE_CITY = 2;


/**
 * A dateline's place the text never names again stands where the lead would place its event ("HOBART
 * (AP) — Elise Vandamme won …" is "in Hobart, Vandamme won"). A big city's dateline is often a
 * bureau's, so a place the lead itself names goes first.
 */
function datelineOnlyPlace(dateline: Dateline): Place {
  const area = dateline.area ? gazetteer.datelineArea(dateline.area) : undefined;
  const city = area ? gazetteer.cityInCountry(dateline.place, area.code) : gazetteer.city(dateline.place);
  const major = isMajorCity(city);
  const code = city?.country ?? area?.code;
  // Scored as a place preposition in the lead would be, where the dateline stands.
  const leadLocative = MENTIONED + LOCATIVE + IN_LEAD;
  return {
    name: dateline.place,
    role: "event",
    code,
    country: code ? gazetteer.countryByCode(code)?.name : undefined,
    sentence: -1,
    start: -1,
    end: -1,
    score: leadLocative + (city ? CITY_SPECIFICITY : PLACE_SPECIFICITY) + (major ? 0 : DATELINE_TOWN),
    datelineTown: !major,
    datelineOnly: true,
    bureau: major,
  };
}

export function findPlaces(doc: Doc, entities: Entity[], what: What | null, dateline?: Dateline): Place[] {
  const datelined = dateline?.entity;
  const areaWritten = dateline?.area;
  const leads = leadSentences(doc, 3);
  const lead = new Set(leads.map((s) => s.index));
  const firstLead = leads[0]?.index;
  const title = doc.sentences.find((s) => s.isTitle)?.index;
  const score = (m: Mention) => {
    if (m.via || m.reference) return 0;
    let v = MENTIONED;
    if (m.locative && !m.seat) {
      v += LOCATIVE;
      if (what && m.sentence === what.sentence.index) v += IN_WHAT;
      if (m.sentence === title) v += IN_TITLE;
      if (lead.has(m.sentence)) v += IN_LEAD;
    } else if (m.sentence === title) v += IN_TITLE;
    else if (what && m.sentence === what.sentence.index) v += 1;
    return v;
  };
  const places = new Map<string, Place>();
  let countries: Map<number, string> | undefined;
  const countryIn = (sentence: number) => (countries ??= sentenceCountries(doc, entities)).get(sentence);
  for (const e of entities) {
    if (!PLACE_TYPES.has(e.type) || e.outlet) continue;
    const own = e.mentions.filter((m) => !m.via);
    // A country named only as an actor or an adjective ("the UK said") is not a place of the story.
    if (!own.length || (e.type === "country" && !own.some((m) => m.locative))) continue;
    // A known city is the answer people can place on a map; a facility name or a country less so.
    // (Not for a city named only to measure a distance from: "50 miles south of San Antonio".)
    const specificity = own.every((m) => m.reference) ? 0 : e.type === "city" ? CITY_SPECIFICITY : e.type === "place" ? PLACE_SPECIFICITY : 0;
    const total = own.map(score).sort((a, b) => b - a).slice(0, 3).reduce((a, b) => a + b, 0) + specificity;
    const best = own.reduce((a, b) => (score(b) > score(a) ? b : a));
    const dateline = e === datelined ? (e.type === "city" && isMajorCity(gazetteer.city(e.name)) ? DATELINE_CITY : DATELINE_TOWN) : 0;
    const event = dateline === DATELINE_TOWN || own.some((m) => m.locative && !m.seat && !m.reference && (m.sentence === title || lead.has(m.sentence) || m.sentence === what?.sentence.index));
    places.set(e.name, {
      name: e.name,
      role: event ? "event" : "mentioned",
      country: e.type === "country" ? undefined : e.country ? gazetteer.countryByCode(e.country)?.name : undefined,
      code: e.type === "country" ? e.key.slice("country:".length) : e.country ?? own.map((m) => countryIn(m.sentence)).find(Boolean),
      isCountry: e.type === "country",
      sentence: best.sentence,
      start: best.start,
      end: best.end,
      score: total + dateline,
      datelineTown: dateline === DATELINE_TOWN,
      bureau: dateline === DATELINE_CITY,
      leadTown: (e.type === "city" || (e.type === "place" && !gazetteer.entry(e.name)?.region)) && own.some((m) => m.locative && !m.seat && !m.reference && m.sentence === firstLead),
    });
  }
  // Local organisations place a story ("Denver police", "Denver Hawks fans"): a weak hint, from big
  // cities only (a town's name is as often a person's: "the Ortiz administration"). One named after a
  // person of the story is not local either ("the Preston campaign", though Preston is a city).
  const surnames = surnamesOf(entities);
  for (const e of entities) {
    if (e.type !== "org") continue;
    // "The Queensland government cut …", "Hamilton council votes …": a place's own government acting
    // places the story there, more surely than a local organisation.
    // (Where it acts in the event: "the Delhi government declined to comment" places nothing; nor does
    // a small town's name, as often a person's: "the Sherman administration".)
    const governed = e.mentions.find((m) => m.stateVoice && (m.sentence === title || m.sentence === firstLead || m.sentence === what?.sentence.index));
    if (governed && !places.has(e.name)) {
      const entry = gazetteer.entry(e.name);
      const city = gazetteer.cityIn(e.name, entry);
      // (A town's own council or government, not an administration, which is a person's as often.)
      const townVoice = /\b(?:council|government)$/.test(governed.stateVoice ?? "");
      const code = entry?.region?.country ?? (city && (isMajorCity(city) || townVoice) && !surnames.has(e.name) ? city.country : undefined);
      if (code) {
        const inTitle = e.mentions.some((x) => x.sentence === title);
        places.set(e.name, { name: e.name, role: "mentioned", code, country: gazetteer.countryByCode(code)?.name, sentence: governed.sentence, start: governed.start, end: governed.end, score: (inTitle ? IN_TITLE : 0) + LOCATIVE + Math.min(e.mentions.length, 3) });
        continue;
      }
    }
    // "sentenced at Ashgill Crown Court": a court where the event took place is its venue.
    const heard = e.name.endsWith(" Court") ? e.mentions.find((m) => m.locative && (m.sentence === title || lead.has(m.sentence) || m.sentence === what?.sentence.index)) : undefined;
    if (heard && !places.has(e.name)) {
      places.set(e.name, { name: e.name, role: "event", code: e.country, sentence: heard.sentence, start: heard.start, end: heard.end, score: score(heard) });
      continue;
    }
    const head = e.name.split(" ")[0];
    const city = e.name.includes(" ") ? gazetteer.city(head) : undefined;
    if (!isMajorCity(city) || places.has(head) || surnames.has(head)) continue;
    const m = e.mentions[0];
    const inTitle = e.mentions.some((x) => x.sentence === title);
    places.set(head, { name: head, role: "mentioned", code: city.country, country: gazetteer.countryByCode(city.country)?.name, sentence: m.sentence, start: m.start, end: m.start + head.length, score: (inTitle ? 3 : 0) + Math.min(e.mentions.length, 3) * 0.5 });
  }
  if (dateline && !datelined) {
    const place = datelineOnlyPlace(dateline);
    const hinted = places.get(place.name);
    // ("TOKYO (Reuters) - … on the Tokyo Stock Exchange": a local body's hint keeps its evidence, and the dateline's weight.)
    if (!hinted) places.set(place.name, place);
    else if (hinted.score < place.score) places.set(place.name, { ...hinted, role: "event", score: place.score, datelineTown: place.datelineTown, bureau: place.bureau });
  }
  for (const c of capitalPhrases(doc)) {
    const known = places.get(c.city);
    if (known) known.score += 1;
    else places.set(c.city, { name: c.city, role: "mentioned", code: c.country, country: gazetteer.countryByCode(c.country)?.name, sentence: c.sentence, start: c.start, end: c.end, score: 1.5 });
  }
  const ranked = [...places.values()].sort((a, b) => b.score - a.score || a.start - b.start);
  // The most specific place first: a city of the event before the country it lies in.
  for (let i = 0; i < ranked.length; i++) {
    const p = ranked[i];
    if (!p.isCountry) continue;
    const inner = ranked.findIndex((q, j) => j > i && !q.isCountry && q.code === p.code && q.role === "event");
    if (inner > i) {
      ranked.splice(i, 1);
      ranked.splice(inner, 0, p);
      i--;
    }
  }
  // "Nato launches biggest Baltic drill … exercise in Estonia": a region of the world is less of an
  // answer than a country or a town the event happens in.
  const wide = (p: Place) => lexicon.worldRegions.has(placeKey(p.name));
  if (ranked[0] && wide(ranked[0])) {
    const narrower = ranked.findIndex((p) => p.role === "event" && !wide(p));
    if (narrower > 0) ranked.splice(narrower, 0, ranked.shift()!);
  }
  // ("protest outside City Hall … in Nairobi": a building every town has — "City Hall", "the
  // Capitol" — says where only beside the town it stands in.)
  const civic = (p: Place) => CIVIC_BUILDINGS.has(p.name.toLowerCase());
  if (ranked[0]?.role === "event" && civic(ranked[0])) {
    const town = ranked.findIndex((p, i) => i > 0 && p.role === "event" && !p.isCountry && !wide(p) && !civic(p));
    if (town > 0) ranked.unshift(...ranked.splice(town, 1));
  }
  // "MEXICO CITY (AP) — … collapsing a hotel in the town of Pinotepa Nacional": a big city's dateline
  // is often a bureau's; the town the lead places the event in goes before it.
  // ("DHAKA, Bangladesh (AP) — Floods … in northern Bangladesh …": a bureau's city the text never
  // places anything in, or never names again, goes after the places it puts the event in.)
  if (ranked[0]?.bureau) {
    let local = ranked.findIndex((p) => p.leadTown && p !== ranked[0] && !civic(p) && (!p.code || !ranked[0].code || p.code === ranked[0].code));
    if (local < 0 && (ranked[0].role !== "event" || ranked[0].datelineOnly)) local = ranked.findIndex((p, i) => i > 0 && p.role === "event" && !p.isCountry && !wide(p) && !civic(p));
    if (local > 0) ranked.unshift(...ranked.splice(local, 1));
  }
  // "ELMSFORD JUNCTION, Pa. (AP) —": the dateline's town before the state or country it names.
  const town = ranked.findIndex((p) => p.datelineTown);
  const around = town >= 0 && areaWritten ? gazetteer.datelineArea(areaWritten) : undefined;
  if (around) {
    ranked[town].code ??= around.code;
    ranked[town].country ??= gazetteer.countryByCode(around.code)?.name;
    const area = ranked.findIndex((p) => p.name === around.name);
    if (area >= 0 && area < town) ranked.splice(area, 0, ...ranked.splice(town, 1));
  }
  // "Eastfield, north Lakeport", "Millbrook, Ohio": the place named first lies inside the second.
  const top = ranked.slice(0, MAX_WHERE + 2);
  const lower = doc.text.toLowerCase();
  for (const inner of [...top]) {
    // Most briefs have no "Name," or "Name in" at all: skip the expressions then (this runs for every article).
    // ("X in Y" only for a town: "Mohamed Ali Square in Tunis" is read as the city.)
    const key = inner.name.toLowerCase();
    const town = !lexicon.placeHeads.has(key.split(" ").at(-1)!);
    if (!lower.includes(`${key},`) && !(town && lower.includes(`${key} in `))) continue;
    for (const outer of top) {
      if (inner === outer || top.indexOf(outer) > top.indexOf(inner)) continue;
      // ("Tom Hadley, of Mill Lane, Eastfield,": an address merely mentioned goes not before the event's town.)
      if (outer.role === "event" && inner.role !== "event") continue;
      if (!insideOf(lower, inner.name, outer.name, town)) continue;
      top.splice(top.indexOf(inner), 1);
      top.splice(top.indexOf(outer), 0, inner);
      break;
    }
  }
  if (!top.length) {
    const named = placeInBodyName(entities) ?? facilityOfStory(doc, entities, title, lead);
    if (named) return [named];
  }
  return top.slice(0, MAX_WHERE);
}

/** Head words of the names of buildings and sites where things happen ("Kessingley General Hospital"). */
const FACILITY_HEADS = new Set(["hospital", "infirmary", "school", "academy", "college", "university", "airport", "prison", "jail", "stadium", "arena", "station", "mall", "factory", "plant", "mine", "refinery", "port", "harbour", "harbor", "zoo", "museum", "cathedral", "church", "mosque", "temple", "synagogue", "hotel", "theatre", "theater"]);

/**
 * "Hospital 'lost' 1,800 patients … Kessingley General Hospital, where the backlog built up": with
 * no place named, the building the headline or lead names is where the story is.
 */
function facilityOfStory(doc: Doc, entities: Entity[], title: number | undefined, lead: Set<number>): Place | undefined {
  let best: { e: Entity; m: Mention } | undefined;
  for (const e of entities) {
    if (e.type !== "org" || e.outlet || !FACILITY_HEADS.has(e.name.split(" ").at(-1)!.toLowerCase())) continue;
    const m = e.mentions.find((x) => x.sentence === title || lead.has(x.sentence));
    if (m && (!best || m.start < best.m.start)) best = { e, m };
  }
  if (!best) return undefined;
  return { name: best.e.name, role: "event", sentence: best.m.sentence, start: best.m.start, end: best.m.end, score: 0 };
}

/** The last words of the article's people's names: a town's name among them is as often a person's. */
function surnamesOf(entities: Entity[]): Set<string> {
  return new Set(entities.filter((e) => e.type === "person").map((e) => e.name.split(" ").at(-1)!));
}

/**
 * "The Texas Senate passed …", "the Kansas Department for Children and Families said": with no place
 * named on its own, the state or country a body is named after is where the story is, as a place
 * only mentioned. The body the article names first counts.
 */
function placeInBodyName(entities: Entity[]): Place | undefined {
  let best: Place | undefined;
  for (const e of entities) {
    if (e.type !== "org" || e.outlet) continue;
    const words = e.name.split(" ");
    for (const n of [2, 1]) {
      if (words.length <= n) continue;
      const name = words.slice(0, n).join(" ");
      const entry = gazetteer.entry(name);
      // (A state or a country: a town's name before a body is as often a person's, "the Preston campaign".)
      const code = entry?.country?.code ?? entry?.region?.country;
      if (!code) continue;
      const m = e.mentions.find((x) => x.words.slice(0, n).join(" ") === name);
      if (!m || (best && m.start >= best.start)) break;
      const country = gazetteer.countryByCode(code);
      best = { name: entry?.country?.name ?? entry?.region?.name ?? name, role: "mentioned", ...(entry?.country ? {} : { country: country?.name }), code, isCountry: !!entry?.country, sentence: m.sentence, start: m.start, end: m.start + name.length, score: 0 };
      break;
    }
  }
  return best;
}

const COMPASS = "(?:(?:north|south|east|west|central|northern|southern|eastern|western)(?:[- ](?:east|west)(?:ern)?)?\\s+)?";

const COMPASS_PREFIX = new RegExp(`^\\s+${COMPASS}`, "i");

/** Whether the text says "Inner, [compass] Outer" somewhere; `lower` is the text in lower case. */
function insideOf(lower: string, inner: string, outer: string, town: boolean): boolean {
  const target = outer.toLowerCase();
  // "Millbrook, Ohio", "Eastfield, north Lakeport"; for a town also "Pinotepa Nacional in Oaxaca
  // state", "Shibchar in Madaripur district".
  for (const needle of town ? [`${inner.toLowerCase()},`, `${inner.toLowerCase()} in `] : [`${inner.toLowerCase()},`]) {
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      if (at > 0 && /\w/.test(lower[at - 1])) continue;
      const after = lower.slice(at + needle.length, at + needle.length + target.length + 40);
      const prefix = (needle.endsWith(",") ? COMPASS_PREFIX : IN_PREFIX).exec(after);
      if (!prefix) continue;
      const rest = after.slice(prefix[0].length);
      if (rest.startsWith(target) && !/\w/.test(rest[target.length] ?? "")) return true;
    }
  }
  return false;
}

/** What may stand between "in" and the larger place: "the", a compass word ("in northern Lakeport"). */
const IN_PREFIX = new RegExp(`^\\s*(?:the\\s+)?${COMPASS}`, "i");

/**
 * The one country a sentence names, by name or demonym ("his home track of Wembley" beside
 * "the Brazilian"): where an unknown place lies, for putting it before its country.
 */
function sentenceCountries(doc: Doc, entities: Entity[]): Map<number, string> {
  const found = new Map<number, Set<string>>();
  const note = (sentence: number, code: string) => found.set(sentence, (found.get(sentence) ?? new Set()).add(code));
  for (const e of entities) if (e.type === "country") for (const m of e.mentions) note(m.sentence, e.key.slice("country:".length));
  for (const s of doc.sentences) for (const t of s.tokens) {
    const c = opensUpper(t.text) ? gazetteer.demonym(t.text) : undefined;
    if (c) note(s.index, c.code);
  }
  const out = new Map<number, string>();
  for (const [sentence, codes] of found) if (codes.size === 1) out.set(sentence, [...codes][0]);
  return out;
}
