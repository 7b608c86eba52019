/**
 * The gazetteer: countries (names, aliases, demonyms, capitals), cities, states and provinces, and
 * first names from data/gazetteer.json (built by `npm run gazetteer`, sources named there), indexed so that a name
 * costs one probe of one table.
 */
import gazetteerData from "./data/gazetteer.json" with { type: "json" };
import lexiconData from "./data/lexicon.json" with { type: "json" };
import { KEY_CACHE_LIMIT, placeKey } from "./lexicon";

export interface Country {
  code: string;
  name: string;
  capital: string | null;
}
export interface City {
  name: string;
  country: string;
  population: number;
  capital: boolean;
}
/** A state, province or county ("Florida", "New South Wales"). */
export interface Region {
  name: string;
  country: string;
}

const countriesByCode = new Map<string, Country>();
for (const c of gazetteerData.countries) countriesByCode.set(c.code, { code: c.code, name: c.name, capital: c.capital });

// Capitals stand for governments ("Beijing said") only where the capital is a real city: a
// 1,000-person capital ("Carlisle", Bermuda) is far more often someone's surname.
const METONYM_MIN_POPULATION = 100_000;
/** A city this big, or a capital, is the place meant when merely named (see isMajorCity). */
const BIG_CITY = 250_000;
/** A namesake smaller than this is too rarely the city meant ("Paris", Texas; "Birmingham", Alabama is kept). */
const NAMESAKE_MIN_POPULATION = 100_000;

/** Everything the gazetteer knows under one key, so that a word costs one probe of one table. */
export interface PlaceEntry {
  country?: Country;
  demonym?: Country;
  city?: City;
  region?: Region;
  /** Big cities of the same name in other countries ("Valencia": Venezuela's is `city`, Spain's here). */
  elsewhere?: City[];
  capitalOf?: Country;
  seat?: Country;
}

/**
 * Every smaller city sharing a name with a bigger one in another country, by key: for articles that
 * say which they mean ("Santa Fe, New Mexico"), which no bare mention would pick.
 */
const smallerNamesakes = new Map<string, City[]>();

/** The one place index; the tables it is built from are needed only while building it. */
function indexPlaces(): Map<string, PlaceEntry> {
  const countryByName = new Map<string, Country>();
  const countryByDemonym = new Map<string, Country>();
  // ("American" is the United States' and the Northern Mariana Islands': settled once cities are counted.)
  const sharedDemonyms = new Map<string, Country[]>();
  for (const c of gazetteerData.countries) {
    const country = countriesByCode.get(c.code)!;
    for (const n of [c.name, ...c.aliases]) if (!countryByName.has(placeKey(n))) countryByName.set(placeKey(n), country);
    for (const d of c.demonyms) sharedDemonyms.set(placeKey(d), [...(sharedDemonyms.get(placeKey(d)) ?? []), country]);
  }
  for (const [alias, code] of Object.entries(lexiconData.countryAliases)) {
    const c = countriesByCode.get(code);
    if (c) countryByName.set(placeKey(alias), c);
  }

  // The most populous city wins a shared name ("Paris" → France, not Texas); big namesakes in other
  // countries are kept for articles that name their country.
  const cityByName = new Map<string, City>();
  const namesakes = new Map<string, City[]>();
  const urbanPopulation = new Map<string, number>();
  for (const [name, country, population, capital] of gazetteerData.cities as [string, string, number, number][]) {
    const city = { name, country, population, capital: capital === 1 };
    urbanPopulation.set(country, (urbanPopulation.get(country) ?? 0) + population);
    // "Washington, D.C." is also plain "Washington", as articles write it.
    const keys = name.includes(",") ? [placeKey(name), placeKey(name.slice(0, name.indexOf(",")))] : [placeKey(name)];
    for (const key of keys) {
      const first = cityByName.get(key);
      if (!first) cityByName.set(key, city);
      else if (first.country !== country && !smallerNamesakes.get(key)?.some((c) => c.country === country)) smallerNamesakes.set(key, [...(smallerNamesakes.get(key) ?? []), city]);
      if (first && population >= NAMESAKE_MIN_POPULATION && first.country !== country && !namesakes.get(key)?.some((c) => c.country === country)) namesakes.set(key, [...(namesakes.get(key) ?? []), city]);
    }
  }
  // English names of cities GeoNames lists under their local names ("Cologne" for "Köln"); a smaller
  // town of the English name stays a namesake ("Hanover" in the US).
  for (const [english, local] of Object.entries(lexiconData.cityExonyms)) {
    const city = cityByName.get(placeKey(local));
    const key = placeKey(english);
    const prior = cityByName.get(key);
    if (!city || (prior && prior.population >= city.population)) continue;
    // Under its English name, so that short ones ("Kiev", "Lvov") pass as the name itself; a short
    // form of the city's own name ("New York" of "New York City") keeps the full name.
    cityByName.set(key, city.name.startsWith(`${english} `) ? city : { ...city, name: english });
    if (prior && prior.country !== city.country && prior.population >= NAMESAKE_MIN_POPULATION) namesakes.set(key, [prior, ...(namesakes.get(key) ?? []).filter((c) => c.country !== prior.country)]);
  }
  // Capitals as the country data spells them ("Washington D.C.", "Ottawa") also count as cities,
  // and take a shared name from a bigger city, unless that is a big city and the capital a small
  // town beside it ("Hamilton" is Ontario's, not Bermuda's; "San Juan" stays Puerto Rico's).
  for (const c of countriesByCode.values()) {
    if (!c.capital) continue;
    const key = placeKey(c.capital);
    const known = cityByName.get(key);
    if (known?.country === c.code) continue;
    const own = smallerNamesakes.get(key)?.find((x) => x.country === c.code)?.population ?? 0;
    if (known && known.population >= BIG_CITY && own * 2 < known.population) {
      // … though an article that names the capital's country means the capital.
      namesakes.set(key, [...(namesakes.get(key) ?? []).filter((x) => x.country !== c.code), { name: c.capital, country: c.code, population: own, capital: true }]);
      continue;
    }
    cityByName.set(key, { name: c.capital, country: c.code, population: known?.population ?? 0, capital: true });
  }

  const places = new Map<string, PlaceEntry>();
  const entryFor = (key: string) => {
    let e = places.get(key);
    if (!e) places.set(key, (e = {}));
    return e;
  };
  for (const [key, c] of countryByName) entryFor(key).country = c;
  // A demonym several countries share is the one with the most people in its cities.
  for (const [key, countries] of sharedDemonyms) countryByDemonym.set(key, countries.reduce((a, b) => ((urbanPopulation.get(b.code) ?? 0) > (urbanPopulation.get(a.code) ?? 0) ? b : a)));
  for (const [demonym, code] of Object.entries(lexiconData.extraDemonyms)) {
    const c = code ? countriesByCode.get(code) : undefined;
    if (c) countryByDemonym.set(placeKey(demonym), c);
  }
  for (const [key, c] of countryByDemonym) entryFor(key).demonym = c;
  for (const [key, c] of cityByName) entryFor(key).city = c;
  // A region's name shared by two countries ("Florida": a US state, a Bolivian province) is the one
  // in the country with more people in its cities, the likelier one in the news.
  for (const [name, country] of gazetteerData.regions as [string, string][]) {
    const e = entryFor(placeKey(name));
    if (!e.region || (urbanPopulation.get(country) ?? 0) > (urbanPopulation.get(e.region.country) ?? 0)) e.region = { name, country };
  }
  for (const [key, cities] of namesakes) {
    const others = cities.filter((c) => c.country !== cityByName.get(key)?.country);
    if (others.length) entryFor(key).elsewhere = others;
  }
  for (const [key, city] of cityByName) {
    if (city.capital && city.population >= METONYM_MIN_POPULATION && countriesByCode.has(city.country)) entryFor(key).capitalOf = countriesByCode.get(city.country)!;
  }
  for (const [name, code] of Object.entries(lexiconData.seatsOfGovernment)) {
    const c = countriesByCode.get(code);
    if (c) entryFor(placeKey(name)).seat = c;
  }
  return places;
}
const places = indexPlaces();

/**
 * A capital or a big city: the place meant when merely named ("Denver police", "Poor Denver lost"),
 * where a smaller town counts only where the text places something in it.
 */
export function isMajorCity(city: City | undefined): city is City {
  return !!city && (city.capital || city.population >= BIG_CITY);
}

/** A city under this name, if the match is not an accident of accent-blind keys. */
function cityNamed(name: string, hit: City | undefined): City | undefined {
  // Accent-blind matching finds "London"; for short single words it only invents matches ("God" → Göd).
  return hit && (name.length > 4 || name.includes(" ") || hit.name === name || placeKey(hit.name) === name.toLowerCase()) && (hit.name.length > 4 || hit.name === name) ? hit : undefined;
}

/**
 * Entries by the name as asked: an article asks about the same few names hundreds of times, and a
 * name seen before skips making its key. Bounded like keyCache; null records "not a place".
 */
const entryByName = new Map<string, PlaceEntry | null>();

/** US states and Canadian provinces as news agencies abbreviate them ("Pa.", "N.M.", "B.C."), by abbreviation: the state's name. */
const stateNames = new Map(Object.entries(lexiconData.stateAbbreviations as Record<string, string>));
/** US states by their postal codes ("OH"), which read as words elsewhere ("IN", "OK"): for datelines only. */
const statesByPostalCode = new Map(Object.entries(lexiconData.statePostalCodes as Record<string, string>));

function entryOf(name: string): PlaceEntry | undefined {
  let entry = entryByName.get(name);
  if (entry === undefined) {
    entry = places.get(placeKey(name)) ?? null;
    if (entryByName.size >= KEY_CACHE_LIMIT) entryByName.clear();
    entryByName.set(name, entry);
  }
  return entry ?? undefined;
}

export const gazetteer = {
  firstNames: new Set(gazetteerData.firstNames),
  femaleNames: new Set(gazetteerData.genders.female),
  maleNames: new Set(gazetteerData.genders.male),
  /** Everything known under the name's key: one probe where a caller asks several questions of one name. */
  entry: entryOf,
  /** The same, for a name as news agencies may abbreviate a US state ("Pa.", "N.C."): under the state's name. */
  entryAsWritten: (name: string) => entryOf(stateNames.get(name) ?? name),
  /**
   * The state, province or country a dateline names after its town, by the name the gazetteer gives
   * it ("Pa.", or "OH" as a station writes it, → "Pennsylvania", "Ohio"), and its country's code.
   */
  datelineArea: (written: string): { name: string; code: string } | undefined => {
    const entry = entryOf(statesByPostalCode.get(written) ?? stateNames.get(written) ?? written);
    if (entry?.region) return { name: entry.region.name, code: entry.region.country };
    return entry?.country ? { name: entry.country.name, code: entry.country.code } : undefined;
  },
  /** The entry's city, if the name really names it (an entry from `entry(name)`). */
  cityIn: (name: string, entry: PlaceEntry | undefined) => cityNamed(name, entry?.city),
  country: (name: string) => entryOf(name)?.country,
  countryByCode: (code: string) => countriesByCode.get(code),
  demonym: (word: string) => entryOf(word)?.demonym,
  city: (name: string) => cityNamed(name, entryOf(name)?.city),
  /**
   * The city of this name in one of these countries when the best-known one lies elsewhere
   * ("Valencia" and Spain → Spain's). A capital keeps its name ("London" stays in the UK).
   */
  namesakeIn: (name: string, countries: ReadonlySet<string>) => {
    const e = entryOf(name);
    return e?.city && !e.city.capital && !countries.has(e.city.country) ? e.elsewhere?.find((c) => countries.has(c.country)) : undefined;
  },
  /** The city of this name in the country the text places it in ("Reading, Pa."), however small. */
  cityInCountry: (name: string, code: string): City | undefined => {
    const city = entryOf(name)?.city;
    return city?.country === code ? city : smallerNamesakes.get(placeKey(name))?.find((c) => c.country === code);
  },
  /** Whether the name is a country, a demonym or a city: one probe for the three questions. */
  isPlace: (name: string) => {
    const e = entryOf(name);
    return !!e && !!(e.country || e.demonym || cityNamed(name, e.city));
  },
  /** The country whose capital this is ("Beijing" → China), for capitals standing for governments. */
  capitalOf: (name: string) => entryOf(name)?.capitalOf,
  seatOfGovernment: (name: string) => entryOf(name)?.seat,
};
