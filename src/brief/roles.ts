/**
 * Roles: the title and description words around a name ("Interior Minister", "head of the dockers'
 * union", "Lakeport's transport minister"), split off a run of capitalised words or read from the
 * apposition beside it, so that the name itself is what remains.
 */
import { gazetteer } from "./gazetteer";
import { isUpperChar, opensUpper } from "./letter-case";
import { isMediaWord, lexicon } from "./lexicon";
import { joinTokens, type Token } from "./nlp";

export function isTitleWord(lower: string): boolean {
  // ("co-host", "co-chair": the prefix shares the title.)
  return lexicon.titles.has(lower) || (lower.startsWith("co-") && lexicon.titles.has(lower.slice(3)));
}

/**
 * "Secretary-General", "editor-in-chief": title words joined by hyphens, one title. How many tokens
 * it spans from `k` (its words and hyphens), or 0.
 */
export function hyphenatedTitleLength(words: Token[], k: number): number {
  const opener = words[k]?.lower ?? "";
  if (!isTitleWord(opener) && !lexicon.roleModifiers.has(opener)) return 0;
  let j = k;
  while (words[j + 1]?.text === "-" && !words[j + 1].spaced && words[j + 2] && !words[j + 2].spaced && /^\p{L}+$/u.test(words[j + 2].text)) j += 2;
  return j > k && isTitleWord(words[j].lower) ? j - k + 1 : 0;
}

export function roleCountry(word: string): string | undefined {
  const place = gazetteer.entry(word);
  return (place?.demonym ?? place?.country)?.code;
}

/** A known city, country or seat of government ("Downing Street") by this name (one gazetteer probe). */
export function isCityCountryOrSeat(name: string): boolean {
  const place = gazetteer.entry(name);
  return !!place && !!(gazetteer.cityIn(name, place) || place.country || place.seat);
}

/** Whether the words from k on start with a known place of two or three words ("New Delhi", "New South Wales"). */
export function opensPlaceName(words: Token[], k: number): boolean {
  for (const n of [2, 3]) {
    if (k + n > words.length) break;
    const name = joinTokens(words.slice(k, k + n));
    // ("Sri Lankan forest": a country's adjective opens with the same word as its name.)
    if (isCityCountryOrSeat(name) || gazetteer.demonym(name)) return true;
  }
  return false;
}

/** Relations that describe companies and teams as often as people ("rival Brandco", "Brandco, a competitor,"). */
export const RELATIONS = new Set(["rival", "rivals", "opponent", "competitor", "partner"]);
/** Trades only a company plies ("the retailer Hartley Brown", "headset maker Lumen Reality"); a builder or a developer may be a person. */
const COMPANY_TRADES = new Set(["retailer", "carmaker", "automaker", "chipmaker", "drugmaker", "airline", "insurer", "lender", "supermarket", "manufacturer", "maker", "firm", "startup", "conglomerate", "supplier", "chain"]);
/** What a company is, written before its name: "Retailer Bellamy & Cole", "Carmaker Velmo said". */
const TRADES = new Set([...COMPANY_TRADES, "broadcaster", "publisher", "developer", "operator", "carrier", "brewer", "miner", "builder", "housebuilder"]);

export function isCompanyTrade(lower: string): boolean {
  return COMPANY_TRADES.has(lower);
}

/**
 * How many tokens from k are one or two field words and the title word after them ("Product
 * Officer" after "Chief"), with a name still to follow; 0 if they are not.
 */
function fieldBeforeTitle(words: Token[], k: number): number {
  for (const n of [1, 2]) {
    const title = words[k + n];
    if (!title || words.length - (k + n + 1) < 1) return 0;
    const field = words.slice(k, k + n);
    if (!field.every((w) => lexicon.isEnglishWord(w.lower) && !gazetteer.firstNames.has(w.text) && !gazetteer.isPlace(w.text))) return 0;
    if (isTitleWord(title.lower)) return n + 1;
  }
  return 0;
}

/**
 * Where the place or field after a title's "of" or "for", from k, ends: up to the name, which keeps
 * its last two words (a hyphenated one is one word: "Police K. Rajan-Vel") and opens on a given name
 * or an initial.
 */
function titleFieldEnd(words: Token[], k: number): number {
  const starts: number[] = [];
  for (let j = k; j < words.length; j++) if (j === k || words[j].spaced) starts.push(j);
  let w = 0;
  while (w < starts.length - 2) {
    const t = words[starts[w]];
    if ((gazetteer.firstNames.has(t.text) && !gazetteer.isPlace(t.text)) || !opensUpper(t.text) || /^\p{Lu}\.?$/u.test(t.text)) break;
    w++;
  }
  return starts[w] ?? k;
}

/** Splits leading role words off a run of capitalised words; returns how many tokens are role. */
export function leadingRole(words: Token[]): { count: number; titled: boolean; honorific: boolean } {
  let k = 0;
  let titled = false;
  let honorific = false;
  while (k < words.length - 1) {
    const w = words[k];
    const two = k + 1 < words.length ? `${w.lower} ${words[k + 1].lower}` : "";
    if (two && isTitleWord(two)) { titled = true; k += 2; continue; }
    const hyphenated = hyphenatedTitleLength(words, k);
    if (hyphenated) { titled = true; k += hyphenated; continue; }
    const bare = w.lower.replace(/\.$/, "");
    // "Rival Brandco", "opponent Lakeport United": a relation, not an office, describes companies
    // and teams as often as people: a title only before a first name, otherwise left out of the name.
    if (RELATIONS.has(bare) && !gazetteer.firstNames.has(words[k + 1].text)) return { count: k === 0 ? 1 : 0, titled: false, honorific: false };
    if (k === 0 && TRADES.has(bare) && !gazetteer.firstNames.has(words[1].text)) return { count: 1, titled: false, honorific: false };
    // ("Official Gazette", "Executive Office": a title word before a medium's or a body's last word opens the body's name;
    // so too before a body's head word and its "of": "General Department of Criminal Investigation".)
    if ((k === words.length - 2 || /^(?:of|for)$/.test(words[k + 2].lower)) && isTitleWord(bare) && !isTitleWord(words[k + 1].lower) && (isMediaWord(words[k + 1].lower) || lexicon.orgHeads.has(words[k + 1].lower))) break;
    if (isTitleWord(bare) || (lexicon.styledTitles.has(bare) && words[k + 1].lower === "of")) { titled = true; k++; continue; }
    // "PC Darren Whitlock", "DCI Ana Morrow": a British police rank's capitals, before a given name only ("DC United" is a club).
    // ("PC Oswin Harlock": a given name the list lacks, if no English word, with a surname after it.)
    const givenNext = gazetteer.firstNames.has(words[k + 1].text) || (k + 2 < words.length && /^\p{Lu}\p{Ll}+$/u.test(words[k + 1].text) && !lexicon.isEnglishWord(words[k + 1].lower));
    if (/^[A-Z]{2,4}$/.test(w.text) && lexicon.rankAbbreviations.has(bare) && givenNext) { honorific = true; k++; continue; }
    // ("Sri Lanka Podujana Peramuna": an honorific's word that opens a country's name is that name.)
    if (lexicon.honorifics.has(bare) && !opensPlaceName(words, k)) {
      // "Lady Lark": a noble title before a single non-first-name word is part of the name.
      const rest = words.length - k - 1;
      if (lexicon.nobleHonorifics.has(bare) && rest === 1 && !gazetteer.firstNames.has(words[k + 1].text)) break;
      honorific = true; k++; continue;
    }
    // "New Delhi Times", "Downing Street spokesman": a modifier that opens a place's name is the place.
    if (opensPlaceName(words, k)) break;
    if (lexicon.roleModifiers.has(bare) || roleCountry(w.text)) { k++; continue; }
    // "Chief Product Officer", "Senior Policy Adviser": a field's words between title words are the role's.
    const field = titled ? fieldBeforeTitle(words, k) : 0;
    if (field) { k += field; continue; }
    if ((bare === "of" || bare === "for") && titled) {
      // "Mayor of London Omar Aziz", "Minister for Health Aidan Roche": the place or the field after
      // "of" or "for" belongs to the role, up to the name.
      k = titleFieldEnd(words, k + 1);
      continue;
    }
    break;
  }
  // "Hawks General Manager Ana Lund", "US District Judge Ana Ruiz": an organisation's or a court's
  // name before the title is part of the role.
  if (!titled && !honorific) {
    // (Where the title ends: "U.N. Secretary-General" spans three tokens.)
    let titleEnd = -1;
    for (let j = 1; j < words.length - 1; j++) {
      const hyphenated = hyphenatedTitleLength(words, j);
      // "the U.N. Secretary-General said": the office, named by no one's name.
      if (hyphenated && j + hyphenated === words.length) return { count: words.length, titled: true, honorific: false };
      if (hyphenated) {
        titleEnd = j + hyphenated;
        j = titleEnd - 1;
      }
      else if (j < words.length - 2 && isTitleWord(words[j].lower.replace(/\.$/, ""))) titleEnd = j + 1;
    }
    if (titleEnd > 1) {
      let rest = titleEnd;
      // ("Ohio Secretary of State Ana Ruiz", "Tirunelveli Superintendent of Police Ana Ruiz": the field after "of" too.)
      // (With no name after the field, "Cabinet Secretary for Energy" names no one: the title alone is returned.)
      const fieldEnd = /^(?:of|for)$/.test(words[rest].lower) ? titleFieldEnd(words, rest + 1) : rest;
      if (words.length - fieldEnd >= 2) rest = fieldEnd;
      if (lexicon.honorifics.has(words[rest].lower.replace(/\.$/, "")) && rest < words.length - 1) { rest++; honorific = true; }
      if (words.length - rest >= 2 || honorific) return { count: rest, titled: true, honorific };
    }
  }
  // "Survivor Kostas Laganos", "Witness Ana Lorcan": a word for a person, then a name the word list
  // and the first names do not know.
  if (k === 0 && words.length >= 3 && lexicon.humanNouns.has(words[0].lower) && words.slice(1).every((w) => !lexicon.isEnglishWord(w.lower) && /^\p{Lu}\p{Ll}/u.test(w.text))) return { count: 1, titled: true, honorific: false };
  // "Builder Ana Ruiz", "Harbour Manger Ana Ruiz" (sic): dictionary words or a place before a first
  // name that opens a name of two or more words are the person's description, not their name.
  if (k === 0 && words.length >= 3) {
    // ("David Pryce-Morgan": the first half of a double-barrelled surname is no first name.)
    const j = words.findIndex((w, i) => i > 0 && i <= words.length - 2 && gazetteer.firstNames.has(w.text) && !(words[i + 1].text === "-" && !words[i + 1].spaced));
    const describes = (w: Token) => gazetteer.isPlace(w.text) || (!gazetteer.firstNames.has(w.text) && lexicon.isEnglishWord(w.lower));
    // ("Federation of Free Apparel Workers": a body's name, though "Free" is a given name too.)
    const institutional = words.slice(Math.max(j, 0)).some((w) => lexicon.orgHeads.has(w.lower) || lexicon.placeHeads.has(w.lower)) || words.slice(0, Math.max(j, 0)).some((w) => w.lower === "of" || w.lower === "for");
    if (j > 0 && !institutional && words.slice(0, j).every(describes)) {
      // A shouted headline word ("SHOCK Ana Ruiz …") is a kicker: not the name, and no role either.
      const shouted = words.slice(0, j).every((w) => /^[A-Z]{3,}$/.test(w.text) && !gazetteer.isPlace(w.text));
      // Only places before the name ("Leesburg, Lakeport Ana Ruiz …") is a dateline run on: no role.
      const dateline = words.slice(0, j).every((w) => gazetteer.isPlace(w.text));
      return { count: j, titled: !shouted && !dateline, honorific: false };
    }
  }
  // "State Bank of India", "National Bank of Velmora": a modifier before a body's head and its "of"
  // opens the body's name, though the head is also a first name ("Bank").
  if (!titled && !honorific && k > 0 && k < words.length - 2 && lexicon.orgHeads.has(words[k].lower) && (words[k + 1].lower === "of" || words[k + 1].lower === "for")) return { count: 0, titled: false, honorific: false };
  // Without a title, only party or office adjectives before a first name are a role
  // ("Republican Ray Mendez"); "French" alone before a name is not, nor "New" before a place that
  // is also a first name ("New Lakeport Times"), nor before a venue's or a body's head ("the New Yorker Hotel").
  const head = words.at(-1)!.lower;
  if (!titled && !honorific && !(k > 0 && words.length - k >= 2 && words.slice(0, k).every((w) => lexicon.roleModifiers.has(w.lower)) && gazetteer.firstNames.has(words[k].text) && !gazetteer.isPlace(words[k].text) && !lexicon.placeHeads.has(head) && !lexicon.orgHeads.has(head))) k = 0;
  if (!titled && !honorific && k > 0) return { count: k, titled: true, honorific };
  // "Premier Alliance", "Federal Reserve Board", "General Workers Confederation": a title word
  // opening an organisation's name is part of it (a person's name would open with a first name).
  if (k < words.length && lexicon.orgHeads.has(words.at(-1)!.lower) && (k === words.length - 1 || !gazetteer.firstNames.has(words[k].text))) return { count: 0, titled: false, honorific: false };
  return { count: k, titled, honorific };
}

/** Lower-case role words before a name: "Top US envoy", "Blue Fox team principal". */
/**
 * A lower-case noun that names a title's field ("housing" secretary, "race" winner): spaced from what
 * precedes it (not the "time" of "three-time") and not the object of "of" ("election of rival").
 */
function isPortfolio(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t.pos === "NOUN" && t.spaced && /^[a-z]+$/.test(t.text) && !lexicon.humanNouns.has(t.lower) && tokens[k - 1]?.lower !== "of";
}

export function roleBefore(tokens: Token[], first: number, headline = false): number {
  let k = first - 1;
  let sawTitle = false;
  let start = first;
  // "Shopwatch head of product safety Tamsin Rourke": a title, "of" and its field in lower case.
  const field = fieldOfTitle(tokens, first);
  if (field >= 0) {
    sawTitle = true;
    start = field;
    k = field - 1;
  }
  while (k >= 0) {
    const t = tokens[k];
    const bare = t.lower.replace(/\.$/, "");
    // ("torrential rain continued to batter London": a title word read as a verb is none.)
    if ((isTitleWord(bare) && t.pos !== "VERB") || (k > 0 && isTitleWord(`${tokens[k - 1].lower} ${bare}`))) { sawTitle = true; start = k; k--; continue; }
    if (!sawTitle) break;
    // A portfolio before the title: "housing secretary", "transport minister".
    // (In a headline a word in -s after a capitalised name is its verb: "Lakeport State fires coach Ana Ruiz".)
    const headlineVerb = headline && /[^s]s$/.test(t.lower) && isUpperChar(tokens[k - 1]?.text[0] ?? "");
    if (isPortfolio(tokens, k) && start === k + 1 && /^[a-z]+$/.test(tokens[k + 1].text) && !headlineVerb) { start = k; k--; continue; }
    // The body before the title, capitalised, however the tagger read its last word ("National Park" NOUN).
    // ("Quarrel Systems chief executive": a sentence's first word, however tagged, before a capitalised one.)
    const opensBody = k === 0 && start === k + 1 && isUpperChar(tokens[k + 1].text[0] ?? "") && !t.stop && !/^(DET|CCONJ|PRON|ADP)$/.test(t.pos);
    if (lexicon.roleModifiers.has(bare) || roleCountry(t.text) || (isUpperChar(t.text[0] ?? "") && (t.pos === "PROPN" || t.pos === "NOUN" || opensBody))) { start = k; k--; continue; }
    if ((bare === "'s" || bare === "of") && k > 0) { k--; continue; }
    // "Velmora-Brandt chief executive": a hyphen glued inside a capitalised body's name.
    if (t.text === "-" && !t.spaced && start === k + 1 && !tokens[k + 1].spaced && isUpperChar(tokens[k - 1]?.text[0] ?? "")) { k--; continue; }
    break;
  }
  return sawTitle ? start : first;
}

/** Where "title of field" ends right before a name opens ("head of product safety"): the title's index, or -1. */
function fieldOfTitle(tokens: Token[], first: number): number {
  let k = first - 1;
  let words = 0;
  while (k >= 0 && words < 3 && tokens[k].pos === "NOUN" && /^[a-z]+$/.test(tokens[k].text) && !isTitleWord(tokens[k].lower)) { k--; words++; }
  if (!words || (tokens[k]?.lower !== "of" && tokens[k]?.lower !== "for")) return -1;
  const title = tokens[k - 1];
  return title && isTitleWord(title.lower) && title.text === title.lower ? k - 1 : -1;
}

/**
 * ", head of the dockers' union," after a name: a phrase between commas that opens with a title
 * (after at most a determiner or one modifier) and holds no verb.
 */
/** The longest apposition read as a role, in tokens. */
const MAX_APPOSITION = 12;

export function appositiveRole(toks: Token[], last: number): string | undefined {
  if (toks[last + 1]?.text !== ",") return undefined;
  const from = last + 2;
  let close = from + 1;
  // The apposition ends at a comma or with the sentence ("…," said Jo Harper, head of the union.").
  while (close < toks.length && close - from <= MAX_APPOSITION + 3 && toks[close].text !== "," && !(close === toks.length - 1 && /^[.!?]$/.test(toks[close].text))) close++;
  if (close >= toks.length) return undefined;
  // "the president of the Hungarian Trade Union Confederation (Maszsz)": the body's short name in
  // brackets closes the role and is no part of it.
  const bracketed = toks[close - 1]?.text === ")" && toks[close - 3]?.text === "(" && /^\p{Lu}[\p{L}&-]{1,11}$/u.test(toks[close - 2].text);
  const phrase = toks.slice(from, bracketed ? close - 3 : close);
  // ("the Federation of Apparel Workers, whose president, Yim Sokha, said": a relative clause's office is another's.)
  if (phrase.length > MAX_APPOSITION || /^(?:whose|which|who|whom|that)$/.test(phrase[0]?.lower ?? "")) return undefined;
  const possessive = (t: Token) => /^(his|her|its|their)$/.test(t.lower);
  // ("acting", "managing": a role's modifier, whatever the tagger reads it as.)
  if (phrase.some((t) => (t.pos === "VERB" && !lexicon.roleModifiers.has(t.lower)) || t.pos === "AUX" || (t.pos === "PRON" && !possessive(t)) || /^[;:"()[\]]$/.test(t.text))) return undefined;
  const opening = phrase[0]?.pos === "DET" ? 1 : 0;
  // "the party's deputy leader", "the EPA's acting assistant administrator": past the possessor.
  const start = /^['’]s$/.test(phrase[opening + 1]?.text ?? "") ? opening + 2 : opening;
  // (Past a possessor, an "acting" or "interim" may come first.)
  const reach = start > opening ? [start, start + 1, start + 2] : [start, start + 1];
  // ("Brandco Semiconductor, a rival, declined": a relation describes companies as often as people.)
  if (phrase.some((t) => RELATIONS.has(t.lower))) return undefined;
  // ("the Sindh health secretary", "a fire department spokesman": the head of the noun phrase.)
  let head = start;
  while (phrase[head + 1] && /^(?:ADJ|NOUN|PROPN)$/.test(phrase[head + 1].pos) && !/^(?:of|for|from|at|in|with)$/.test(phrase[head + 1].lower)) head++;
  const titledWord = (k: number) => !!phrase[k] && isTitleWord(phrase[k].lower) && phrase[k].text === phrase[k].lower;
  const titled = reach.some(titledWord) || titledWord(head) || worksAt(phrase);
  return titled ? joinTokens(phrase.slice(opening && /^(the|a|an)$/.test(phrase[0].lower) ? 1 : 0)) : undefined;
}

/** "a statistician at Lenfield University": "a" or "an", a lower-case noun, and where the person works. */
function worksAt(phrase: Token[]): boolean {
  let k = 1;
  if (!/^(a|an)$/.test(phrase[0]?.lower ?? "")) return false;
  while (phrase[k]?.pos === "ADJ" && phrase[k].text === phrase[k].lower) k++;
  const noun = phrase[k];
  const place = phrase[k + 2];
  return !!noun && noun.pos === "NOUN" && noun.text === noun.lower && !noun.lower.endsWith("s") && phrase[k + 1]?.lower === "at" && !!place && opensUpper(place.text) && lexicon.orgHeads.has(phrase.at(-1)!.lower);
}

/**
 * "Lakeport's transport minister, Jo Harper, said": lower-case role words ending on a title, then the
 * name between commas, or ending the sentence. The possessor ("Lakeport's") is part of the role; a
 * name that runs on into the sentence is left alone ("… to the chairman, Jo Harper said").
 */
export function roleBeforeComma(toks: Token[], first: number, last: number): string | undefined {
  // The name is framed by commas, or ends the sentence ("…, said its president, Derek Holm.").
  const after = toks[last + 1]?.text;
  const closed = after === "," || after === undefined || (/^[.!?]$/.test(after) && last + 2 >= toks.length);
  if (toks[first - 1]?.text !== "," || !closed) return undefined;
  // "The plant's owner, Brandco Chemicals,": a name ending on an English word, with no first name
  // before it, is a company's, which has no role.
  if (lexicon.isEnglishWord(toks[last].lower) && !gazetteer.firstNames.has(toks[first].text)) return undefined;
  const end = first - 2;
  // "The mayor of Lakeport, Ana Ruiz,", "Velmora's Minister for Enterprise, Ana Ruiz,": the title's
  // place, body or field after "of" or "for" belongs to the role.
  let title = end;
  while (title > end - 4 && toks[title] && isUpperChar(toks[title].text[0] ?? "") && toks[title].pos === "PROPN") title--;
  if (title < end && (toks[title]?.lower === "of" || toks[title]?.lower === "for")) title--;
  else title = end;
  // "The council's director of finance, Grace Preston,": the title's field after "of", in lower case.
  // ("The head of the national railway authority, Medhat Ramadan,": a few lower-case words after "of".)
  if (toks[title] && !isTitleWord(toks[title].lower) && toks[title].pos === "NOUN" && toks[title].text === toks[title].lower) {
    let of = title - 1;
    while (of > title - 5 && toks[of] && toks[of].text === toks[of].lower && /^(?:DET|ADJ|NOUN)$/.test(toks[of].pos)) of--;
    if (toks[of]?.lower === "of" && isTitleWord(toks[of - 1]?.lower ?? "")) title = of - 1;
  }
  if (!toks[title] || !isTitleWord(toks[title].lower)) return undefined;
  // "its secretary-general, Kees Holm,": the whole hyphenated title.
  for (const opener of [title - 2, title - 4]) if (opener >= 0 && hyphenatedTitleLength(toks, opener) === title - opener + 1) { title = opener; break; }
  // "France's Interior Minister, Ana Ruiz,": a title in capitals keeps its capitalised portfolio;
  // one in lower case its lower-case one ("the club's sporting director").
  const titleCased = toks[title].text !== toks[title].lower;
  if (titleCased && !isUpperChar(toks[title].text[0])) return undefined;
  const sameCase = (t: Token) => (titleCased ? isUpperChar(t.text[0] ?? "") && t.text !== "'s" : t.text === t.lower);
  let start = title;
  // ("a 47-year-old businesswoman": a word glued on by a hyphen belongs to the age, not the role.)
  while (start - 1 >= 0 && start > title - 3 && toks[start - 1].spaced && sameCase(toks[start - 1]) && (toks[start - 1].pos === "NOUN" || toks[start - 1].pos === "ADJ" || (titleCased && toks[start - 1].pos === "PROPN"))) start--;
  // The possessor, of up to three capitalised words ("the Lakeport City Council's").
  if (toks[start - 1]?.text === "'s" && isUpperChar(toks[start - 2]?.text[0] ?? "")) {
    start -= 2;
    for (let k = 0; k < 2 && start > 0 && isUpperChar(toks[start - 1].text[0] ?? "") && toks[start - 1].pos === "PROPN"; k++) start--;
  }
  return joinTokens(toks.slice(start, end + 1));
}
