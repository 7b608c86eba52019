/**
 * Mentions → canonical entities. One person however the article names them ("UK Prime Minister Sir
 * Ada Lovell", "Lovell"), one country however it is spelled ("the UK", "Britain", "London" when
 * London acts), organisations by their fullest name ("Police" → "Harbour City Police").
 */
import { type City, gazetteer, isMajorCity } from "./gazetteer";
import { isNewsOutlet, lexicon, placeKey } from "./lexicon";
import { type Mention, STOCK_EXCHANGES, SURNAME_PARTICLES } from "./mentions";

export type EntityType = "person" | "org" | "country" | "city" | "place" | "event" | "other";

export interface Entity {
  key: string;
  name: string;
  type: EntityType;
  role?: string;
  /** For places: the ISO code of the country they lie in; for people: the country their role names. */
  country?: string;
  mentions: Mention[];
  /** A news outlet or agency: a source of the story, never an actor in it. */
  outlet: boolean;
}

interface Classified {
  type: EntityType | "single" | "multi";
  key: string;
  name: string;
  country?: string;
  via?: string;
}


/** The last words of the names of laws and treaties ("the … Fee Limitation Act", "the … Amendment"). */
const LAW_HEADS = new Set(["act", "bill", "treaty", "amendment", "ordinance", "directive", "regulation", "regulations"]);

/** An East Asian given name of two syllables joined by a hyphen ("Mi-sook", "Siu-fai", "Tae-sung"). */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;

const isAcronymWord = (w: string) => /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,5}$/.test(w);
const acronymKey = (w: string) => w.replace(/\./g, "");

/** A known city as the entity it names, keyed by the gazetteer's spelling. */
function asCity(city: City): Classified {
  return { type: "city", key: `city:${placeKey(city.name)}`, name: city.name, country: city.country };
}

/** "Irishman", "Englishwoman", "Scotsmen": a nation's adjective made a noun for its people. */
function isNationalsNoun(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+?)(?:man|woman|men|women)$/u.exec(word);
  return !!m && !!gazetteer.demonym(m[1]);
}

/** "Arabs", "Nepalis", "Afghans": the plural of a people's or a nation's adjective. */
function isPeoplePlural(word: string): boolean {
  if (!word.endsWith("s")) return false;
  const singular = word.slice(0, -1);
  return lexicon.peoples.has(singular.toLowerCase()) || !!gazetteer.demonym(singular);
}

/** Party adjectives that name no party on their own ("Labour" and "Green" do). */
const PARTY_ADJECTIVES = new Set(["republican", "democratic", "conservative", "liberal"]);

function classify(m: Mention): Classified {
  const name = m.words.join(" ");
  const last = bareWord(m.words.at(-1)!);
  // ("Raleigh, N.C.": a state as news agencies abbreviate it.)
  const place = gazetteer.entryAsWritten(name);
  const seat = place?.seat;
  if (seat) return (m.agent && !m.locative) || m.stateVoice ? { type: "country", key: `country:${seat.code}`, name: seat.name, via: m.stateVoice ? `${name} ${m.stateVoice}` : name } : { type: "place", key: `place:${placeKey(name)}`, name, country: seat.code };
  const country = place?.country;
  if (country) return { type: "country", key: `country:${country.code}`, name: country.name };
  // "the Queensland government cut …", "the Delhi government declined to comment": the government acts.
  if (m.stateVoice && !place?.demonym && !place?.capitalOf) return { type: "org", key: `org:${placeKey(name)}`, name, via: `${name} ${m.stateVoice}` };
  if (m.staff) return { type: "other", key: `staff:${placeKey(name)}`, name };
  if (m.words.length > 1 && lexicon.eventOpeners.has(m.words[0].toLowerCase())) return { type: "event", key: `event:${placeKey(name)}`, name };
  // ("IPOs", "SUVs": a common acronym's plural is as common.)
  if ((m.words.length === 1 && (lexicon.commonAcronyms.has(name) || lexicon.commonAcronyms.has(name.replace(/s$/, "")))) || MODEL_CODE.test(name) || NUMBERED_TERM.test(name)) return { type: "other", key: `term:${name}`, name };
  if (m.medium && m.words.length === 1 && !isNewsOutlet(name)) return { type: "other", key: `medium:${placeKey(name)}`, name };
  // "trading on the Nasdaq", "its Nasdaq debut": a market where shares trade, no place or actor.
  if (m.words.length === 1 && STOCK_EXCHANGES.test(name)) return { type: "other", key: `term:${name}`, name };
  // "walk the Earth", "on the Moon": the world and its moon are no actors ("The Sun" is a newspaper too; left out).
  // ("slightly larger than Earth", "39 light years from Earth": the planet needs no article; the moon does, "Moon" is a surname too.)
  if (m.words.length === 1 && CELESTIAL_BODIES.has(name) && (m.determined || m.locative || name === "Earth")) return { type: "other", key: `term:${name}`, name };
  if (lexicon.worldRegions.has(placeKey(name))) return { type: "place", key: `place:${placeKey(name)}`, name };
  const supra = lexicon.supranational.get(placeKey(name));
  if (supra) return { type: "org", key: `org:${placeKey(supra)}`, name: supra };
  // ("South African", "North Korean": a demonym of more than one word is one too.)
  if (place?.demonym) {
    const nation = place.demonym;
    // "the German foreign ministry said": the state speaks.
    if (m.stateVoice) return { type: "country", key: `country:${nation.code}`, name: nation.name, via: `${name} ${m.stateVoice}` };
    return { type: "other", key: `demonym:${placeKey(name)}`, name };
  }
  // "the Central Asian neighbours", "West African states": a region's people, no one.
  if (m.words.length === 2 && lexicon.regionWords.has(m.words[0].toLowerCase()) && lexicon.peoples.has(last)) return { type: "other", key: `demonym:${placeKey(name)}`, name };
  // "the 19-year-old Irishman", "two Englishwomen": a nation's man or woman describes someone, names no one.
  if (m.words.length === 1 && isNationalsNoun(name) && !isNewsOutlet(name)) return { type: "other", key: `demonym:${placeKey(name)}`, name };
  // "a Republican who signed the bill", "the Republican-controlled legislature": a party's adjective
  // describes someone; the party acts as "Republicans" or "the Republican Party".
  if (m.words.length === 1 && PARTY_ADJECTIVES.has(last)) return { type: "other", key: `demonym:${placeKey(name)}`, name };
  // "Muslim leaders", "Europeans", "Nepalis": a people or a faith describes people and names no one
  // ("Christian said" is a man's name, "Christian leaders" no one's; "the Indians" may be a team).
  if (m.words.length === 1 && (lexicon.peoples.has(last) ? !gazetteer.firstNames.has(name) || m.modifier : isPeoplePlural(name) && !m.determined)) return { type: "other", key: `demonym:${placeKey(name)}`, name };
  const city = gazetteer.cityIn(name, place);
  // "the village of Hollingbury Green", "Dunmore Flats, a town of 4,000 people": a settlement the text introduces.
  if (m.settlement && !city && !place?.region && !m.role && !m.honorific) return { type: "place", key: `place:${placeKey(name)}`, name, country: m.regionAfter };
  // "based in Orrin Falls, Wisconsin": a place placed in its state or country, whatever its first word.
  if (m.regionAfter && m.locative && !city && !place?.region && !m.role && !m.honorific) return { type: "place", key: `place:${placeKey(name)}`, name, country: m.regionAfter };
  // A state or province ("Florida", "New South Wales") is a place, unless a capital or big city of
  // the name is meant, or the name is also a first name or an English word ("Victoria said",
  // "Borders") and nothing is placed in it. Acting ("Texas sued"), it is its government.
  const region = place?.region;
  // (The word list holds some places' names: "Texas" mid-sentence, not acting, is the state.)
  const plainWord = lexicon.isEnglishWord(name.toLowerCase()) && (m.agent || m.initial);
  // ("Florida man", "Victoria residents": a given name is never followed by a people noun, a place may be.)
  if (region && !m.role && !m.honorific && !isMajorCity(city) && (m.words.length > 1 || m.locative || m.describesPeople || (!gazetteer.firstNames.has(name) && !plainWord))) {
    // ("…, Carrasco said" after "Sgt. Luis Carrasco": one word that acts may be a surname; people are matched first.)
    // ("Florida man steals …": before a people noun it says where someone is from, and does not act.)
    const acts = m.agent && !m.locative && !m.describesPeople;
    if (m.words.length === 1 && acts) return { type: "single", key: "", name };
    return acts ? { type: "org", key: `org:${placeKey(region.name)}`, name: region.name } : { type: "place", key: `place:${placeKey(region.name)}`, name: region.name, country: region.country };
  }
  // Small towns share names with people ("Harper", "Mendez"): a town counts where the text places
  // something in it; big cities and capitals count on their own.
  // One-word city names wait until people are known: "Carlisle" may be the driver, not the city.
  if (city && !m.role && !m.honorific && m.words.length > 1 && (m.locative || isMajorCity(city))) {
    const governs = place?.capitalOf;
    if (governs && m.agent && !m.locative) return { type: "country", key: `country:${governs.code}`, name: governs.name, via: name };
    return asCity(city);
  }
  // "South Denver", "Greater Lakeport": a compass word before a known place is a part of it.
  if (m.words.length > 1 && lexicon.regionWords.has(m.words[0].toLowerCase())) {
    const rest = m.words.slice(1).join(" ");
    const inner = gazetteer.entry(rest);
    const code = inner?.country?.code ?? inner?.region?.country ?? gazetteer.cityIn(rest, inner)?.country;
    if (code) return { type: "place", key: `place:${placeKey(name)}`, name, country: code };
  }
  // ("the County Senior Cup": a competition, whatever word opens it.)
  if (m.words.length > 1 && lexicon.placeOpeners.has(m.words[0].toLowerCase()) && !lexicon.orgHeads.has(last) && !lexicon.eventHeads.has(last) && !m.role && !m.honorific) return { type: "place", key: `place:${placeKey(name)}`, name };
  // "Clean State welcomed", "Lakeport Airport said": a name like a place's that acts is a body.
  // ("Education Minister Owen Park" is a person: a role or an honorific says so.)
  // ("the Save Ashgill Valley campaign": a name before a word for a body is the body's.)
  // ("Norbury City", a name the gazetteer does not know, is a club or a council unless something happens in it.)
  if (m.words.length > 1 && lexicon.placeHeads.has(last) && !m.role && !m.honorific) return (m.agent && !m.locative) || m.namesBody || (last === "city" && !m.locative && !city) ? { type: "org", key: `org:${placeKey(name)}`, name } : { type: "place", key: `place:${placeKey(name)}`, name };
  // "the southern Lakeport region", "Velmora province": the name of an area (a known city's, its own).
  if (m.areaName && !m.role && !m.honorific) {
    return city ? asCity(city) : { type: "place", key: `place:${placeKey(name)}`, name, country: region?.country };
  }
  // "Office for Budget Review", "Campaign for Clean Air": a body named for its purpose.
  if (m.words.length > 2 && m.words.includes("for") && !gazetteer.firstNames.has(m.words[0])) return { type: "org", key: `org:${placeKey(name)}`, name };
  // "Castlebridge host Aldermoor City", "rival Brightpath Software": a role before a body's name does not make it a person's.
  if (m.role && !m.honorific && m.words.length > 1 && (lexicon.orgSuffixes.has(last) || lexicon.orgHeads.has(last)) && !gazetteer.firstNames.has(m.words[0])) return { type: "org", key: `org:${placeKey(name)}`, name };
  // "St Patrick's Day": a saint's day, whatever the honorific.
  if (lexicon.eventHeads.has(last) && m.words.some((w) => /['’]s$/.test(w))) return { type: "event", key: `event:${placeKey(name)}`, name };
  // "Grayson & Vale", "Hartwell & Cole": names joined by an ampersand are a firm's, and so is a name
  // after a company's trade ("the retailer Hartley Brown").
  if (((m.words.length > 2 && m.words.includes("&")) || (m.tradeBefore && !m.role)) && !m.honorific) return { type: "org", key: `org:${placeKey(name)}`, name };
  // ("the Emergency Medical Services Fee Limitation Act": a law's name, though its first words read like a role.)
  if (m.words.length > 1 && LAW_HEADS.has(last) && !m.honorific) return { type: "event", key: `event:${placeKey(name)}`, name };
  // ("Red Mesa Freight, a trucking company based in …": a given name opening it makes no person.)
  if (m.describedAsGroup && !m.role && !m.honorific) return { type: "org", key: `org:${placeKey(name)}`, name };
  if (m.role || m.honorific) return { type: "person", key: "", name };
  // "Brandco Pharmaceuticals", "Westfield United": a designator after a name makes it a body's.
  if (lexicon.orgHeads.has(last) || (m.words.length > 1 && lexicon.orgSuffixes.has(last)) || (m.words.length === 1 && isAcronymWord(name))) return { type: "org", key: `org:${placeKey(acronymKey(name))}`, name };
  // ("Doris Day": a first name before the head makes a person's name.)
  if (lexicon.eventHeads.has(last) && !(m.words.length > 1 && gazetteer.firstNames.has(m.words[0]))) return { type: "event", key: `event:${placeKey(name)}`, name };
  if (m.determined && m.words.length > 1) return { type: "org", key: `org:${placeKey(name)}`, name };
  // "Denver Hawks", "Denver Police": named after a city, an organisation ("Paris Hilton" starts with a first name).
  if (m.words.length > 1 && gazetteer.city(m.words[0]) && !gazetteer.firstNames.has(m.words[0])) return { type: "org", key: `org:${placeKey(name)}`, name };
  // "Austin Canadians": a plural demonym names a team, never a surname.
  if (m.words.length > 1 && last.endsWith("s") && gazetteer.demonym(m.words.at(-1)!.slice(0, -1))) return { type: "org", key: `org:${placeKey(name)}`, name };
  // "BBC Radio Castlebridge", "Le Matin de Paris": an outlet's name, or a name ending "of" a big city
  // or a country, is no one's ("Emily Post" and "Charles de Gaulle" are people's).
  if (m.words.length > 1 && !gazetteer.firstNames.has(m.words[0]) && (isNewsOutlet(name) || ofMajorPlace(m.words))) return { type: "org", key: `org:${placeKey(name)}`, name };
  if (m.words.length > 1 && gazetteer.firstNames.has(m.words[0])) return { type: "person", key: "", name };
  // "Kang Mi-sook", "Lam Siu-fai": a family name and a hyphenated given name of two syllables.
  if (m.words.length === 2 && /^\p{Lu}\p{Ll}{1,5}$/u.test(m.words[0]) && HYPHENATED_GIVEN_NAME.test(m.words[1]) && !gazetteer.entry(name)) return { type: "person", key: "", name };
  // "Anwara Begum, 45, said", "Dhruba Adhikari, a villager,": given names the gazetteer does not know.
  if (m.words.length > 1 && m.describedAsPerson && !lexicon.orgSuffixes.has(last) && !lexicon.orgHeads.has(last)) return { type: "person", key: "", name };
  return m.words.length > 1 ? { type: "multi", key: "", name } : { type: "single", key: "", name };
}

/** A name's word in lower case without a designator's full stop ("Inc." → "inc"), which is no part of the word. */
function bareWord(word: string): string {
  return word.toLowerCase().replace(/(?<=\p{L}{2})\.$/u, "");
}

/** What a family firm's name may close on after "&" or "and" ("Haverly & Sons", "Ruiz and Co"). */
const FAMILY_FIRM_ENDS = new Set(["sons", "son", "co", "daughters", "partners", "brothers", "associates"]);

/** A body's name without the designators that close it ("Savanna Link Airways" → "Savanna Link"), never empty. */
function withoutDesignators(words: string[]): string[] {
  let end = words.length;
  if (end > 2 && /^(?:&|and)$/i.test(words[end - 2]) && FAMILY_FIRM_ENDS.has(bareWord(words[end - 1]))) end -= 2;
  while (end > 1 && lexicon.orgSuffixes.has(bareWord(words[end - 1]))) end--;
  return words.slice(0, end);
}

/** "… de Paris", "… of Velmora": a name that ends on a connector and a country or a big city. */
function ofMajorPlace(words: string[]): boolean {
  const connector = words.at(-2)!;
  if (words.length < 3 || (!SURNAME_PARTICLES.has(connector.toLowerCase()) && connector !== "of")) return false;
  const place = words.at(-1)!;
  return !!gazetteer.country(place) || isMajorCity(gazetteer.city(place));
}

/** "Clean Air Lakeport", "Save Our Lakeport": common words, none a first name or a title, before the last. */
function opensWithCommonWords(words: string[]): boolean {
  const before = words.slice(0, -1);
  return before.length >= 2 && before.every((w) => lexicon.isEnglishWord(w.toLowerCase()) && !gazetteer.firstNames.has(w) && !lexicon.honorifics.has(w.toLowerCase()));
}

/** "Jo B. Ortiz" and "Jo Ortiz" are one key: first and last name words, initials dropped. */
function personKey(words: string[]): string {
  const full = words.filter((w) => !/^[A-Z]\.?$/.test(w) && !/^(Jr|Sr|II|III)\.?$/.test(w));
  const ws = full.length ? full : words;
  return `person:${placeKey(ws[0])} ${placeKey(ws.at(-1)!)}`;
}

/**
 * The countries of the article's big cities, as places or acting ("Melbourne recorded its hottest
 * day"), leaving out any whose name is also a state elsewhere (those are what the answer is for):
 * where all lie in one country, that is the story's country.
 */
function majorCityCountries(entities: Iterable<Entity>): Set<string> {
  const countries = new Set<string>();
  for (const e of entities) {
    if (e.type !== "city" && e.type !== "org") continue;
    const city = gazetteer.city(e.name);
    if (!isMajorCity(city) || (e.type === "city" && e.country !== city.country)) continue;
    const region = gazetteer.entry(e.name)?.region;
    if (!region || region.country === city.country) countries.add(city.country);
  }
  return countries;
}

/** The planet and its moon, named with "the" or a place preposition. */
const CELESTIAL_BODIES = new Set(["Earth", "Moon"]);

/** "EF-2", "F-35", "MH-17": letters, a hyphen and a number name a model, a flight or a grade. */
const MODEL_CODE = /^\p{Lu}{1,3}-\d+$/u;
/** "Channel 4", "Stage 4": a common word with a number (kept whole by findMentions only when it is one). */
const NUMBERED_TERM = /^\p{Lu}\p{Ll}+ \d{1,3}$/u;

/** Words that join a name's parts ("Bank of Ruritania", "Friends for Lakeport"). */
const CONNECTOR_WORDS = new Set(["of", "for", "and", "&", "de", "du", "la", "le", "on", "the"]);

/** A brand's coined word: no English word, place or given name ("Arcton", "Southcross", "FreshWay"). */
function isCoinedName(word: string): boolean {
  return !lexicon.isEnglishWord(word.toLowerCase()) && !gazetteer.entry(word) && !gazetteer.firstNames.has(word) && !isAcronymWord(word);
}

/** What the article says beyond its mentions that bears on who and where they are. */
export interface EntityContext {
  /** The article has a headline (its first sentence). */
  titled?: boolean;
  /** Words the article also uses in lower case: a capitalised "Neighbours" or "Ferry" there is a sentence or headline start, not a name. */
  lowerSeen?: ReadonlySet<string>;
  /** English words that open sentence after sentence as their subject ("Brandco said …"): names, though only ever seen at a sentence start. */
  repeatedSubjects?: ReadonlySet<string>;
  /** The country the article's prices point to (see priceCountry). */
  priceCountry?: string;
}

/** A town's or a district's own government or police, named for it: "Lakeport District Council", "Lakeport Police". */
const LOCAL_GOVERNMENT = /^\S+ (?:(?:District|City|County|Borough|Town|Parish|Shire|Metropolitan|Municipal) )?(?:Council|Police)$/;

export function resolveEntities(mentions: Mention[], context: EntityContext = {}): Entity[] {
  const { titled = false, lowerSeen = new Set<string>(), repeatedSubjects = new Set<string>(), priceCountry } = context;
  const byKey = new Map<string, Entity>();
  const add = (key: string, type: EntityType, name: string, m: Mention, country?: string) => {
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { key, name, type, role: undefined, country, mentions: [], outlet: false }));
    e.mentions.push(m);
    // The fullest form names the entity ("Ada Lovell" over "Lovell"); roles keep the first seen.
    if (name.length > e.name.length && type !== "country") e.name = name;
    if (!e.role && m.role) e.role = m.role;
    if (!e.country && m.roleCountries.length) e.country = m.roleCountries[0];
    return e;
  };

  const classified = mentions.map((m) => ({ m, c: classify(m) }));
  // Surnames used alone anywhere mark multi-word runs as people ("Kowalczyk" → "Ana Kowalczyk").
  // "the Hawks" is a team, not a surname: only bare single words count.
  const singles = new Set(classified.filter(({ c, m }) => (c.type === "single" || c.type === "person") && m.words.length === 1 && !m.determined).map(({ m }) => m.words[0]));
  // So does a given name with a role ("her brother Jonas" → "Jonas Petraitis").
  const titledSingles = new Set(classified.filter(({ c, m }) => c.type === "person" && m.words.length === 1).map(({ m }) => m.words[0]));
  // Companies' and teams' short names: their names without the designators ("Savanna Link" of "Savanna Link Airways").
  const companiesByShortName = new Map<string, Classified>();
  for (const { c } of classified) {
    if (c.type !== "org") continue;
    const words = c.name.split(" ");
    const core = withoutDesignators(words);
    if (core.length < words.length && core.length >= 2) companiesByShortName.set(core.join(" "), c);
  }
  const pending: typeof classified = [];
  for (const item of classified) {
    const { m, c } = item;
    if (m.entourage && (c.type === "person" || c.type === "single" || c.type === "multi")) {
      const group = `${m.words.at(-1)} ${m.entourage}`;
      add(`org:${placeKey(group)}`, "org", group, m);
      continue;
    }
    // "Savanna Link" after "Savanna Link Airways": a company's short name, though it opens with a first name.
    const company = c.type === "person" && !m.role && !m.honorific ? companiesByShortName.get(c.name) : undefined;
    if (company) add(company.key, "org", company.name, m);
    else if (c.type === "person" && m.words.length > 1) add(personKey(m.words), "person", c.name, m);
    else if (c.type === "multi") {
      // ("Clean Air Lakeport" is no person: common words open it.)
      if ((singles.has(m.words.at(-1)!) && !opensWithCommonWords(m.words)) || titledSingles.has(m.words[0])) add(personKey(m.words), "person", c.name, m);
      else pending.push(item);
    } else if (c.type === "single" || c.type === "person") pending.push(item);
    else {
      if (c.via) m.via = c.via;
      add(c.key, c.type, c.name, m, c.country);
    }
  }

  // "Ana Kowalczyk Volvo": a known person's name run on into the next word.
  for (let k = pending.length - 1; k >= 0; k--) {
    const { m } = pending[k];
    if (m.words.length < 3) continue;
    const prefix = byKey.get(personKey(m.words.slice(0, -1)));
    if (prefix && prefix.type === "person") {
      add(prefix.key, "person", prefix.name, m);
      pending.splice(k, 1);
    }
  }
  const ofType = (type: EntityType) => [...byKey.values()].filter((e) => e.type === type);
  const persons = () => ofType("person");
  const orgs = () => ofType("org");
  // Full names introduce people: a surname refers to someone introduced before it ("President
  // Okafor" early on is not the "Ruth Okafor" named later), else to a person known by that word alone.
  const fullNames = persons()
    .filter((p) => p.name.includes(" "))
    .map((p) => {
      const words = p.name.split(" ");
      return { p, first: words[0], last: words.at(-1)!, firstSurname: words.length >= 3 ? words.at(-2) : undefined, at: Math.min(...p.mentions.filter((x) => x.words.length > 1).map((x) => x.start)) };
    });
  const firstSurnames = new Set(fullNames.map((f) => f.firstSurname));
  // A name nobody recognises, used with a place preposition ("at Elm Park"), is a place; a known
  // person's surname is not ("tore into Ortiz" after "Ana Ortiz").
  const surnames = new Set(fullNames.map((f) => f.last));
  // Nor is a common word the article also writes in lower case ("named in the Order" beside "the order").
  const commonNoun = (m: Mention) => m.words.length === 1 && lowerSeen.has(m.words[0].toLowerCase()) && lexicon.isEnglishWord(m.words[0].toLowerCase());
  // ("in Dayton, Ohio": a state after it places a name that is also a first name.)
  const locatedNames = new Set(pending.filter(({ m }) => m.locative && (m.placeLike || m.regionAfter) && !surnames.has(m.words.at(-1)!) && !commonNoun(m)).map(({ c }) => c.name));
  for (let k = pending.length - 1; k >= 0; k--) {
    const { m, c } = pending[k];
    if (c.type !== "person" && locatedNames.has(c.name) && !gazetteer.city(c.name)) {
      add(`place:${placeKey(c.name)}`, "place", c.name, m);
      pending.splice(k, 1);
    }
  }

  // "Harlow Dynamics" and "Harlow Dynamics Inc.", "Northgate United" and "Northgate United FC": a
  // body's name and the same name closed by designators are one body, named in full. (Once before
  // short names are matched to bodies, once after, for the names resolved on the way.)
  const foldUndesignated = () => {
    for (const short of orgs()) {
      const words = short.name.split(" ");
      const full = orgs().filter((o) => o !== short && o.name.startsWith(`${short.name} `) && withoutDesignators(o.name.split(" ")).length <= words.length);
      if (full.length !== 1) continue;
      full[0].mentions.push(...short.mentions);
      byKey.delete(short.key);
    }
  };
  foldUndesignated();
  pending.sort((a, b) => a.m.start - b.m.start);
  // "Police" may be the "Harbour City Police"; "Lakeport" is not "Transit for Lakeport", nor
  // "Ruritania" the "Bank of Ruritania": after a connector the last word is not the head.
  // "Brandco" is the "Brandco Holdings" of the same article, and "Westfield" the "Westfield United".
  const knownOrgs = orgs().map((e) => {
    const words = e.name.split(" ");
    const core = withoutDesignators(words);
    const short = core.length === 1 && words.length > 1 ? core[0] : undefined;
    return { e, last: /^(of|for|de|du|la|le)$/.test(words.at(-2) ?? "") ? undefined : words.at(-1), acronym: acronymOf(e.name), short };
  });
  /** Whether a body the word names on its own ("Haverly" of "Haverly & Sons") is named in the text before `at`. */
  const bodyNamedBefore = (w: string, at: number) => knownOrgs.some((o) => (o.short === w || o.last === w) && o.e.mentions.some((x) => x.sentence > 0 && x.start < at));
  for (const { m, c } of pending) {
    if (m.words.length === 1) {
      const w = m.words[0];
      // A headline summarises the article: its surnames refer to people the body introduces.
      // ("Brewer agrees deal for Yorkshire's Haverly": unless a body of that name comes first there,
      // "Haverly & Sons" before its chairman "Tom Haverly".)
      const known = fullNames.filter((f) => f.at < m.start || (m.sentence === 0 && titled && !bodyNamedBefore(w, f.at)));
      const bySurname = known.filter((f) => f.last === w).map((f) => f.p);
      const byFirst = gazetteer.firstNames.has(w) ? known.filter((f) => f.first === w).map((f) => f.p) : [];
      // "Wu Haoran" … "Wu", "Nguyen Van Thanh" … "Nguyen": a name written family name first (two or
      // three words, as such names are); the word opens one full name only and is no given name the
      // gazetteer knows.
      const byFamilyFirst = !bySurname.length && !byFirst.length && !gazetteer.firstNames.has(w) ? known.filter((f) => f.first === w && f.p.name.split(" ").length <= 3).map((f) => f.p) : [];
      // "Sebastian Larrain Echeverria" … "Larrain": a Spanish or Portuguese name's first surname, used
      // alone, is the one person whose full name has it before the last word.
      const byFirstSurname = !bySurname.length && !byFirst.length && !byFamilyFirst.length && firstSurnames.has(w) && !gazetteer.firstNames.has(w) ? known.filter((f) => f.firstSurname === w).map((f) => f.p) : [];
      const alone = byKey.get(`person:${placeKey(w)}`);
      const match = [...(bySurname.length ? bySurname : byFirst.length ? byFirst : byFamilyFirst.length === 1 ? byFamilyFirst : byFirstSurname.length === 1 ? byFirstSurname : []), ...(alone ? [alone] : [])];
      // "Her brother Jonas, 23, told …" and later "Jonas Petraitis": a given name may come before
      // the full name. Surnames may not ("President Okafor" is not a later "Ruth Okafor"), nor
      // places ("Paris" is not a later "Paris Hilton").
      if (!match.length && (c.type === "person" || gazetteer.firstNames.has(w)) && !m.locative && !gazetteer.city(w) && !gazetteer.country(w)) {
        const later = fullNames.filter((f) => f.at > m.start && f.first === w);
        if (later.length === 1) match.push(later[0].p);
      }
      // A single word with a title anywhere ("President Okafor") makes that word a person throughout.
      if (!match.length && titledSingles.has(w)) {
        add(`person:${placeKey(w)}`, "person", w, m);
        continue;
      }
      if (match.length) {
        // Two people share a surname: the one mentioned most so far is meant.
        const p = match.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
        add(p.key, "person", p.name, m);
        continue;
      }
      // A short name where something happens is the place ("in Westfield"), not the team.
      // ("walked out across Lisbon" is the city, though "the Royal Lisbon" hospital ends on its name.)
      const org = knownOrgs.find((o) => (o.last === w && !(m.locative && gazetteer.isPlace(w))) || o.acronym === acronymKey(w) || (o.short === w && !m.locative))?.e;
      if (org) { add(org.key, "org", org.name, m); continue; }
      if (c.type === "person") { add(`person:${placeKey(w)}`, "person", w, m); continue; }
      const city = gazetteer.city(w);
      // A one-word town name counts where the text places something there; a big city or a
      // capital also when merely named, but not when it acts ("Carlisle said" is a person).
      // "in the Ortiz administration" places the administration, not a town called Ortiz.
      if (city && ((m.locative && !m.modifier) || m.seat || locatedNames.has(w) || (isMajorCity(city) && (!m.agent || gazetteer.capitalOf(w))))) {
        const governs = gazetteer.capitalOf(w);
        if (governs && (m.agent || m.stateVoice || m.counterpart) && !m.locative) {
          m.via = m.stateVoice ? `${w}'s ${m.stateVoice}` : w;
          add(`country:${governs.code}`, "country", governs.name, m);
        } else add(`city:${placeKey(city.name)}`, "city", city.name, m, city.country);
        continue;
      }
      add(`org:${placeKey(acronymKey(w))}`, "org", w, m);
    } else add(`org:${placeKey(c.name)}`, "org", c.name, m);
  }

  // "its Ashgill plant", "Ashgill's mayor": a name the text makes a settlement is that place wherever
  // else it stands ("the Ashgill workforce", "a sad night for Ashgill").
  // (A name that opens with a given name, "Ashby Marsh still makes things", is the place's too, unless titled.)
  for (const place of ofType("place")) {
    if (!place.mentions.some((m) => m.settlement)) continue;
    const person = persons().find((p) => p.name === place.name && !p.role && !p.mentions.some((m) => m.honorific));
    for (const same of [byKey.get(`org:${placeKey(place.name)}`), person]) {
      if (!same) continue;
      for (const m of same.mentions) add(place.key, "place", place.name, m);
      byKey.delete(same.key);
    }
  }

  // "FOUR of Brackenford's libraries" beside "Brackenford District Council": a word whose own local
  // government the text names is that place, where it does not act ("Lakeport beat Westfield" is a team).
  const localGovernments = orgs().filter((o) => LOCAL_GOVERNMENT.test(o.name));
  for (const single of orgs()) {
    if (single.name.includes(" ") || single.mentions.some((m) => m.agent)) continue;
    if (!localGovernments.some((o) => o.name.startsWith(`${single.name} `))) continue;
    const key = `place:${placeKey(single.name)}`;
    for (const m of single.mentions) add(key, "place", single.name, m);
    byKey.delete(single.key);
  }

  // "Arcton" beside "Arcton Semiconductor", "Southcross" beside "Southcross Communications": a
  // coined brand alone is the one company whose name opens with it, where that name introduces it
  // (not "Lantern" of "Lantern Group", a word, nor "Lakeport" of "Lakeport University Hospital", a
  // place; nor "Cravelle" of a later "Cravelle Milk Chocolate", a product).
  const byFirstWord = new Map<string, Entity[]>();
  for (const e of orgs()) {
    const words = e.name.split(" ");
    if (words.length >= 2 && !words.some((w) => CONNECTOR_WORDS.has(w))) byFirstWord.set(words[0], [...(byFirstWord.get(words[0]) ?? []), e]);
  }
  for (const brand of orgs()) {
    const named = byFirstWord.get(brand.name);
    if (!named || named.length !== 1 || brand.name.includes(" ") || !isCoinedName(brand.name)) continue;
    const introduced = Math.min(...named[0].mentions.map((m) => m.start));
    if (brand.mentions.some((m) => m.start < introduced && !(titled && m.sentence === 0))) continue;
    for (const m of brand.mentions) add(named[0].key, "org", named[0].name, m);
    byKey.delete(brand.key);
  }
  // "Budget Ana Ruiz", "Ana Ruiz Lakeport": a caption runs a known person's full name into the
  // words around it; the longer, rarer form is that person. (Resolving single words above added no
  // full names, so the people with one are still those of fullNames.)
  // Each person's words and count of full-name mentions, worked out once (the count grows with a merge).
  const people = fullNames.map((f) => ({ p: f.p, words: f.p.name.split(" "), full: f.p.mentions.filter((m) => m.words.length > 1).length }));
  for (const person of people) {
    const inner = people.find((q) => q !== person && byKey.has(q.p.key) && q.full >= person.full && containsAtEdge(person.words, q.words));
    if (!inner) continue;
    // "Faisal Abdulrahman Al Shamsi" … "Al Shamsi": a surname opening with its particle ends the
    // full name it was cut from, which names the person.
    if (SURNAME_PARTICLES.has(inner.words[0].toLowerCase()) && person.words.slice(-inner.words.length).join(" ") === inner.p.name) {
      for (const m of inner.p.mentions) add(person.p.key, "person", person.p.name, m);
      person.full += inner.full;
      byKey.delete(inner.p.key);
      continue;
    }
    for (const m of person.p.mentions) add(inner.p.key, "person", inner.p.name, m);
    inner.full += person.full;
    byKey.delete(person.p.key);
  }
  // "Von der Leyen", "De Sa": a surname that opens with its particle, used alone, is the one person
  // named in full with it ("Ursula von der Leyen").
  for (const short of persons()) {
    const words = short.name.split(" ");
    if (words.length < 2 || !SURNAME_PARTICLES.has(words[0].toLowerCase())) continue;
    const ending = ` ${short.name.toLowerCase()}`;
    const full = persons().filter((p) => p !== short && p.name.toLowerCase().endsWith(ending));
    if (full.length !== 1) continue;
    for (const m of short.mentions) add(full[0].key, "person", full[0].name, m);
    byKey.delete(short.key);
  }
  // An acronym and its expansion are one organisation ("FBI" = "Federal Bureau of Investigation").
  for (const e of orgs()) {
    const short = byKey.get(`org:${placeKey(acronymOf(e.name))}`);
    if (short && short !== e && e.name.split(" ").length > 2) {
      e.mentions.push(...short.mentions);
      byKey.delete(short.key);
    }
  }
  // "Rovers", "United": a team's or a company's designator alone is the one body of the article
  // named with it (with two, "Westfield United" and "Lakeport United", it stays as written).
  const foldIntoTheOneNamedWith = (words: ReadonlySet<string>) => {
    for (const e of orgs()) {
      if (e.name.includes(" ") || !words.has(e.name.toLowerCase())) continue;
      const named = orgs().filter((o) => o !== e && o.name.endsWith(` ${e.name}`));
      if (named.length !== 1) continue;
      named[0].mentions.push(...e.mentions);
      byKey.delete(e.key);
    }
  };
  foldUndesignated();
  foldIntoTheOneNamedWith(lexicon.orgSuffixes);
  // A one-word "organisation" seen only where every word is capitalised (a sentence start) and
  // that is an ordinary English word ("When", "Rail", "Headlines") is not a name.
  // So is one the article also writes in lower case, unless it names an institution ("Police"),
  // and so is a fragment of a hyphenated description ("Dad-of" from "Dad-of-two").
  const seenLower = (w: string) => lowerSeen.has(w) || lowerSeen.has(`${w}s`) || (w.endsWith("s") && lowerSeen.has(w.slice(0, -1)));
  for (const [key, e] of byKey) {
    if (e.type !== "org" || e.name.includes(" ") || /^[A-Z0-9&]{2,}$/.test(e.name)) continue;
    const word = e.name.toLowerCase();
    const commonWord = lexicon.isEnglishWord(word);
    // ("Police said" opening a sentence names a force; "Workers walked out", "Officials said" no body.)
    if (commonWord && e.mentions.every((m) => m.initial) && !(lexicon.humanNouns.has(word) && lexicon.orgHeads.has(word)) && !repeatedSubjects.has(e.name)) byKey.delete(key);
    else if (commonWord && seenLower(word) && !lexicon.orgHeads.has(word)) byKey.delete(key);
    // "Black voters", "Furious shoppers": a word that only ever describes people names no one (but
    // "the Harbour police" names a force).
    else if (commonWord && e.mentions.every((m) => m.describesPeople && !m.determined) && !lexicon.orgHeads.has(word)) byKey.delete(key);
    else if (/-(?:of|in|to|the|and|a)$/i.test(e.name)) byKey.delete(key);
    // Nor a lone letter ("S" of a split "U.S."), a contraction ("I'm") or a function word ("However").
    else if (/^\p{Lu}$/u.test(e.name) || /'\p{Ll}+$/u.test(e.name) || lexicon.stopwords.has(word)) byKey.delete(key);
  }
  // One name resolved two ways ("the Lily Garden", and through its first word a "person"): one
  // entity, an organisation unless the person has more mentions and a surname that is no English word.
  const byName = new Map<string, Entity>();
  for (const e of [...byKey.values()]) {
    if (e.type !== "person" && e.type !== "org") continue;
    const other = byName.get(e.name);
    if (!other) byName.set(e.name, e);
    if (!other || other.type === e.type) continue;
    const [person, org] = e.type === "person" ? [e, other] : [other, e];
    const keep = person.mentions.length > org.mentions.length && !lexicon.isEnglishWord(person.name.split(" ").at(-1)!.toLowerCase()) ? person : org;
    const drop = keep === person ? org : person;
    keep.mentions.push(...drop.mentions);
    keep.role ??= drop.role;
    byKey.delete(drop.key);
    byName.set(e.name, keep);
  }
  // A city's name shared across countries means the one in a country the article names ("Valencia"
  // beside Spain or "Spanish" is Spain's, though Venezuela's is bigger).
  const namedCountries = new Set<string>();
  /** Countries whose states or provinces the article names ("eastern Pennsylvania"): a smaller namesake there is meant ("Reading"). */
  const regionCountries = new Set<string>();
  for (const e of byKey.values()) {
    if (e.type === "country") namedCountries.add(e.key.slice("country:".length));
    else if (e.key.startsWith("demonym:")) {
      const nation = gazetteer.demonym(e.name);
      if (nation) namedCountries.add(nation.code);
    } else if (e.type === "place" && e.country && gazetteer.entry(e.name)?.region) regionCountries.add(e.country);
  }
  // "Atlanta, Georgia", "Alabama and Georgia": a country's name that is also a state of the country
  // where the article's other places lie is that state, unless places of the country are named too.
  const placeCountries = new Set<string>();
  for (const e of byKey.values()) if ((e.type === "city" || e.type === "place") && e.country) placeCountries.add(e.country);
  for (const e of [...byKey.values()]) {
    if (e.type !== "country") continue;
    const code = e.key.slice("country:".length);
    const region = gazetteer.entry(e.mentions[0].words.join(" "))?.region;
    if (!region || region.country === code || !placeCountries.has(region.country) || placeCountries.has(code)) continue;
    byKey.delete(e.key);
    for (const m of e.mentions) add(`place:${placeKey(region.name)}`, "place", region.name, m, region.country);
  }
  // "Queensland, Victoria and Western Australia": a city's name that is also a state of the one
  // country whose states the article names is that state (not Victoria, Seychelles); so too where
  // no state is named but the article's big cities all lie in one country ("Melbourne").
  const homeCountries = regionCountries.size ? regionCountries : majorCityCountries(byKey.values());
  if (homeCountries.size === 1) {
    for (const e of [...byKey.values()]) {
      // ("Victoria declared a state of emergency": a state that acts is its government, not the Seychelles'.)
      const capital = e.type === "country" && e.mentions.every((m) => m.via) && new Set(e.mentions.map((m) => m.via)).size === 1 ? e.mentions[0].via : undefined;
      const region = (e.type === "city" && !homeCountries.has(e.country ?? "")) || (capital && !homeCountries.has(e.key.slice("country:".length))) ? gazetteer.entry(capital ?? e.name)?.region : undefined;
      if (!region || !homeCountries.has(region.country)) continue;
      byKey.delete(e.key);
      for (const m of e.mentions) {
        m.via = undefined;
        if (m.agent && !m.locative) add(`org:${placeKey(region.name)}`, "org", region.name, m);
        else add(`place:${placeKey(region.name)}`, "place", region.name, m, region.country);
      }
    }
  }
  for (const e of byKey.values()) {
    if (e.type !== "city" || !e.country) continue;
    // "Santa Fe, New Mexico": the state written after the name says which namesake.
    const placedIn = e.mentions.find((m) => m.regionAfter && m.regionAfter !== e.country)?.regionAfter;
    const written = placedIn ? gazetteer.cityInCountry(e.name, placedIn) : undefined;
    if (written) { e.country = written.country; continue; }
    // A town beside the states or big cities of one other country is that country's, or one the
    // gazetteer does not know ("Horsham" beside Melbourne): not the best-known namesake's.
    if (homeCountries.size === 1 && !homeCountries.has(e.country) && !isMajorCity(gazetteer.city(e.name)) && !namedCountries.has(e.country)) {
      e.country = gazetteer.cityInCountry(e.name, [...homeCountries][0])?.country;
      continue;
    }
    if (namedCountries.has(e.country)) continue;
    const namesake = gazetteer.namesakeIn(e.name, namedCountries);
    if (namesake) e.country = namesake.country;
    // A story priced in pounds about a town (not a big city) whose best-known namesake is abroad:
    // the town is the British one, or one the gazetteer does not know; either way not the namesake's.
    else if (priceCountry && priceCountry !== e.country && !isMajorCity(gazetteer.city(e.name))) {
      e.country = gazetteer.namesakeIn(e.name, new Set([priceCountry]))?.country;
    }
  }
  // "Police said" beside "British Transport Police": a body's head word alone likewise, once the
  // common words that only opened sentences are gone.
  foldIntoTheOneNamedWith(lexicon.orgHeads);
  // "the National Disaster Mitigation Agency (BNPB)": the short form in brackets is the body's, whatever its letters.
  for (const e of [...byKey.values()]) {
    const alias = e.type === "org" ? e.mentions.find((m) => m.alias)?.alias : undefined;
    const short = alias ? byKey.get(`org:${placeKey(acronymKey(alias))}`) : undefined;
    if (!short || short === e || short.type !== "org") continue;
    for (const m of short.mentions) add(e.key, "org", e.name, m);
    byKey.delete(short.key);
  }
  // "Gustavo Vasconcelos Ribeira … The 23-year-old, known as Guto, …": the name someone is known by,
  // introduced right after them, is theirs wherever the text uses it.
  for (const nick of [...byKey.values()]) {
    const called = nick.mentions.find((m) => m.nickname);
    if (!called || nick.name.includes(" ")) continue;
    // The person named last before it: right before it, or, after a description, in its sentence or the one before.
    const near = (m: Mention) => m.start < called.start && (called.nickname === "named" ? m.sentence === called.sentence && called.first - m.last <= 5 : m.sentence >= called.sentence - 1);
    const lastBefore = (e: Entity) => Math.max(-1, ...e.mentions.filter(near).map((m) => m.start));
    const person = [...byKey.values()].filter((e) => e.type === "person" && e !== nick && e.name.includes(" ") && lastBefore(e) >= 0).sort((a, b) => lastBefore(b) - lastBefore(a))[0];
    if (!person) continue;
    for (const m of nick.mentions) add(person.key, "person", person.name, m);
    byKey.delete(nick.key);
  }
  for (const e of byKey.values()) {
    e.mentions.sort((a, b) => a.start - b.start);
    if (e.type === "country" || e.type === "city") e.name = surfaceName(e);
    // An organisation someone "told" or that is cited is a news outlet, whatever its name; a
    // nationality is not ("told Chinese media"). A name introduced as an outlet is one even where
    // its words read as a person's ("the daily La Voz").
    // ("Al Masirah TV": a name that ends on a broadcast medium's word is a channel's, not a person's.)
    e.outlet = e.type !== "country" && e.type !== "city" && ((e.type !== "person" && (isNewsOutlet(e.name) || (e.mentions.every((m) => m.toldTo) && !e.key.startsWith("demonym:")))) || e.mentions.some((m) => m.outletNamed) || BROADCAST_ENDINGS.test(e.name) || SCHOLARLY_JOURNAL.test(e.name));
  }
  return [...byKey.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** "Annals of Internal Medicine", "Journal of Clinical Oncology": a journal publishes a study, it does nothing in it. */
const SCHOLARLY_JOURNAL = /^(?:The )?(?:Annals|Proceedings|Journal) of /;

/** The last word of a broadcaster's or channel's name ("… TV", "… FM", "… Radio", "… Television"). */
const BROADCAST_ENDINGS = / (?:TV|FM|Radio|Television)$/;

/** Whether `part` (two words or more) opens or closes `whole`, which is longer. */
function containsAtEdge(whole: string[], part: string[]): boolean {
  if (part.length < 2 || part.length >= whole.length) return false;
  const same = (offset: number) => part.every((w, i) => whole[offset + i] === w);
  // "Rui De Sa" is the full name of "De Sa", not a run-on: the extra words hold no first name.
  const extraIsName = (words: string[]) => words.some((w) => gazetteer.firstNames.has(w));
  if (same(0)) return !extraIsName(whole.slice(part.length));
  return same(whole.length - part.length) && !extraIsName(whole.slice(0, whole.length - part.length));
}

/** "European Union" → "EU": the capitals' initials. */
export function acronymOf(name: string): string {
  return name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
}

/** A country or city by the name the article itself uses most ("UK" rather than "United Kingdom"). */
function surfaceName(e: Entity): string {
  const counts = new Map<string, number>();
  for (const m of e.mentions) {
    if (m.via) continue;
    const form = m.words.join(" ");
    if (e.type === "city" || gazetteer.country(form)) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  let best = e.name;
  let n = 0;
  for (const [form, c] of counts) if (c > n) { best = form; n = c; }
  return best;
}
