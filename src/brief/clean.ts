/**
 * Scraped article text → clean prose. Scrapers keep page furniture (share widgets, "16 px" font
 * controls, photo credits, "Read more" links), lose titles, and glue the publisher's sign-off to the
 * last word. Everything after this stage reads the cleaned text; evidence offsets point into it.
 */

import { escapeRegExp, isListedOutlet, isMediaWord, isNewsOutlet, lexicon } from "./lexicon";
import { looksBinary, normaliseText, stripHtml } from "./normalise";

/** A capitalised common word ("The", "Dozens", "Police") that can open a sentence. */
function isSentenceOpener(word: string): boolean {
  const lower = word.toLowerCase().replace(/[^a-z']/g, "");
  return lexicon.stopwords.has(lower) || lexicon.humanNouns.has(lower);
}

/** Longer inputs are briefed from their first MAX_CHARS characters, and the brief says so. */
export const MAX_CHARS = 100_000;

export interface Cleaned {
  /** Title line (given, or found as the article's first line); null when the article has none. */
  title: string | null;
  body: string;
  /** A short last line that is the publisher's sign-off ("Daily.Example"), removed from the body. */
  signoff: string | null;
  /** The site's name after the page's headline ("… | Daily Example"), removed from the title. */
  site: string | null;
  /** The news agency of a wire dateline ("OTTAWA (Reuters) - …"), removed with the dateline. */
  wire: string | null;
  /** A date found in removed page furniture ("date 2026-01-07"), YYYY-MM-DD. */
  dateline: string | null;
  /** The place of a dateline removed from the lead, as written in running text ("ELMSFORD JUNCTION, Pa. (AP) —" → "Elmsford Junction"). */
  datelinePlace: string | null;
  /** The state, province or country the dateline names after its place ("Pa.", "Afghanistan"). */
  datelineArea: string | null;
  /**
   * Whether the dateline was a place in capitals and a colon ("PUNE: …"), a form a transcript's
   * speaker shares ("RUIZ: …"): only a place the gazetteer knows is read from it.
   */
  datelineByColon: boolean;
  /** Whom a removed copyright line names ("© 2026 Daily Example. All rights reserved."): the publisher, most likely. */
  copyright: string | null;
  removedLines: number;
  truncatedFrom: number | null;
}

export type CleanFailure = { code: "empty" | "binary"; message: string };

const HTML_SIGNAL = /<(script|style|html|body|head|iframe|noscript)\b|<\/(p|div|span|li|h[1-6]|a)>/i;
const WIDGET = /\b\d{1,2}\s?px\b|[↺↻⟳⤾]|\bA\+|\bA-\s|^\W*$/;
/** "+ −", "- A A +": font-size buttons; a bullet with words ("- 78% rejected the offer") is content. */
const SIZE_BUTTONS = /^[+−–-]\s(?!.*\p{Ll}{3})/u;
const FURNITURE =
  /^(share( this( article| story)?)?|reuse content|shares?|tweet|email|e-mail|print|like|comments?|reader comments|\d+ comments?|[\d,.]+k? shares?|view comments|copy (?:this )?link|read more|related( articles| stories)?|more on this story|advertisement|sponsored|subscribe|sign up|follow us|click here|listen|watch|image( copyright| caption)?|photo|getty images|skip to|loading|close|menu|home|next|previous|whatsapp|facebook|twitter|pinterest|linkedin|reddit|messenger|connect|text size|top stories|story highlights|just watched|must watch|replay|more videos|social sharing|about sharing|scroll down for video|back to top|expand \/ collapse|related image|click to follow|show comments|hide comments|gift (?:this )?article|flipboard|ad feedback|key points|view gallery|show all(?: \d+ (?:photos|images|pictures))?|video|\d+ min(?:ute)?s?(?: read| listen)?)\b/i;
/** "Topics: Lakeport, Libraries": the page's tags after a label. */
const TAGS_LINE = /^(?:topics|tags|filed under|categories|related topics)\s*:|^From the section [A-Z][\w&' -]{1,40}$/i;
/** "Show Caption", "Hide Caption": a gallery's buttons, on one line or two. */
const CAPTION_BUTTONS = /^(?:show caption\s*)?hide caption$|^show caption$/i;
/** The longest line read as a photo's caption after its buttons. */
const MAX_CAPTION = 400;
/** A page's closing list of links: "Related Topics", "Topics", "More on this story". */
const TOPICS_MARKER = /^(?:related topics|topics|more about|more on this (?:story|topic)|explore more on these topics)\s*:?$/i;

/**
 * After a topics marker, a page ends with link labels ("Lakeport City Council", "Libraries",
 * "Reuse this content"): short lines without sentence punctuation. From the first marker where every
 * line on is one, they go (or the last would pass for a publisher's sign-off); returns how many.
 * ("Related Topics" … "More on this story" …: a page may hold several such lists in a row.)
 */
function dropTopicLinks(lines: string[], markers: number[]): number {
  for (const from of markers) {
    if (from >= lines.length) break;
    const labels = lines.slice(from);
    if (!labels.every((l, i) => (i === 0 && TOPICS_MARKER.test(l)) || (l.split(" ").length <= 6 && !/[.!?:;"]$/.test(l)))) continue;
    lines.length = from;
    return labels.length;
  }
  return 0;
}

/**
 * The words that open a page's comments: "Share or comment on this article", "Newest | Oldest",
 * "Join the discussion", "Commenting is now closed". A bare count ("Comments (312)") is not among
 * them: some pages show it under the headline.
 */
const COMMENTS_OPEN = /^(?:share or comment on this article|the comments below have not been moderated|newest\W+oldest\b|sort (?:comments )?by\s*:?\s*(?:newest|oldest|best|top)\b|join the (?:conversation|discussion)\b|(?:add|post|leave) (?:a|your) comment\b|comments (?:are|have been) (?:closed|disabled)\b|commenting (?:is|has been) (?:now )?(?:closed|disabled)\b|to encourage thoughtful and respectful conversations\b|sign in or (?:create|register)\b.{0,60}\bto (?:join the discussion|comment)\b)/i;
/**
 * Kept lines the story needs above a comments marker for it to end the page, and how many of them
 * must be prose (a "Join the conversation" button between the byline and the lead is a widget).
 */
const MIN_LINES_BEFORE_COMMENTS = 3;
const MIN_PROSE_BEFORE_COMMENTS = 1;

/** A line of the story's prose: words ending on a full stop, as headlines, bylines and timestamps do not. */
function isProseLine(line: string): boolean {
  return /[.!?]["'’”)]?$/.test(line) && line.split(" ").length >= 6;
}

/** "Read more:", "Related stories", "You may also like": a label over links to other stories. */
const LINKS_LABEL = /^(?:read more|also read|read also|related(?: articles| stories| content| coverage)?|more stories|see also|most read(?: from [\p{L}' ]{2,30})?|most popular|recommended|you may also like|you might also like|trending(?: now| (?:in|on) [\p{L}' ]{2,30})?|paid content|promoted(?: stories| content| links)?|sponsored(?: stories| content| links)?|around the web|from the web|more (?:stories|news|videos) from [\p{L}' ]{2,30})\s*:?$/iu;
/** How many headlines a links label may head. */
const MAX_LINKS = 6;

/** "Story highlights", "Key points:": a summary box above the story, which the story tells again (one inside it is content). */
const HIGHLIGHTS_LABEL = /^(?:story highlights|key points|highlights|key facts)\s*:?$/i;
/** How many lines a summary box may hold. */
const MAX_HIGHLIGHTS = 5;

/** A summary box's line: short, with no full stop ('Coach says umpire "got it wrong"'). */
function isHighlight(line: string): boolean {
  return line.length <= 160 && line.split(" ").length >= 3 && !/[.]$/.test(line);
}

/** A linked story's headline: a short line with no sentence ending ("Man arrested after stabbing in Lakeport"). */
function isLinkTitle(line: string): boolean {
  return line.length <= 120 && looksLikeTitle(line) && !/[!?"'’”)]$/.test(line);
}

/** "By Ana Ruiz, Technology reporter", "By Ana Ruiz in Lakeport", "Written by Ana Ruiz", "Author of the article: Ana Ruiz": the byline names the writer, no actor. */
const BYLINE = /^(?:[Bb]y:?|Written by|Words by|Reported by|Authors?(?: of the article)?:) (?:(?:our |the )?(?:[a-z]+ ){0,2}(?:reporter|correspondent|editor|writer) )?(?:\p{Lu}[\p{L}'’.-]* ){1,3}\p{Lu}[\p{L}'’.-]+(?: (?:in|at) [A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){0,2})?(?: [A-Z]{3,4}\.? \d{1,2}, \d{4})?(?:(?:,| and| &| \|| [-–—]) [^.!?]*| \/ [^!?]{1,60})?$/u;
/**
 * A byline without "By": "Ana Ruiz Health Correspondent", "Ana Ruiz Diplomatic editor", "Analysis: Ana
 * Ruiz, business editor" (a writer's name, a beat of at most two words and the job).
 */
const BARE_BYLINE = /^(?:(?:[Aa]nalysis|[Cc]omment|[Oo]pinion)\s*:\s*)?[A-Z][\p{L}'’-]+(?: [A-Z]\.)?(?: [A-Z][\p{L}'’-]+){1,2}(?:,?(?: [A-Za-z]+){0,2} (?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist)(?: @\w{2,30})?| @\w{2,30})(?: (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \d{1,2} [A-Z][a-z]+ \d{4}(?:,? \d{1,2}[:.]\d\d(?: [A-Z]{2,4})?)?)?$/u;
/** "Ana Ruiz in Lakeport": a writer's name and where they file from, on a line of its own under the headline. */
const FILED_FROM = /^[A-Z][\p{L}'’-]+(?: [A-Z]\.)? [A-Z][\p{L}'’-]+ in [A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?$/u;
/** "Ana Ruiz and Tom Hadley": two writers' names on a line of their own under the headline. */
function isWritersLine(line: string): boolean {
  const names = line.split(/ (?:and|&) /);
  return names.length === 2 && names.every(isPersonNameLine);
}
/** "NATION", "WORLD NEWS": the section's label in capitals opening the page, above the headline. */
const SECTION_LABEL = /^[A-Z]{3,}(?: [A-Z&]{2,})?$/;
/** "Lakeport", "New Lakeport": where a writer files from, on a line of its own between their name and the page's timestamp. */
const FILED_FROM_LINE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u;
/** "Sky News - first for breaking news", "eNCA": a masthead, the outlet's name and perhaps its slogan in lower case. */
const MASTHEAD = /^((?:The )?(?:[A-Z]|[a-z](?=[A-Z]))[\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})(?: [-–—|] [a-z][a-z' ]{2,40})?$/;
/** "Home UK World Politics Business Tech": a site's menu bar run into one line. */
const MENU_BAR = /^Home(?: [A-Z][\w&'’-]*){4,}$/;
/** The sections a site's menu names ("NEWS  REVIEWS  TOUR DATES  VIDEOS  PODCAST"), general to news sites. */
const SITE_SECTIONS = new Set(["home", "news", "sport", "sports", "reviews", "review", "tour", "dates", "videos", "video", "podcast", "podcasts", "opinion", "business", "world", "politics", "entertainment", "lifestyle", "travel", "money", "tech", "technology", "science", "health", "culture", "music", "film", "films", "tv", "showbiz", "weather", "jobs", "property", "motors", "classifieds", "obituaries", "events", "contact", "about", "shop", "subscribe", "login", "search", "menu", "gallery", "galleries", "photos", "live", "community", "local", "national", "regional", "features", "comment", "letters", "puzzles", "games", "arts", "books", "food", "fashion", "education", "environment", "uk", "us", "more"]);
/** The fewest sections that make a menu. */
const MIN_SITE_SECTIONS = 4;

/** The first word of a line split as a menu is. */
const FIRST_MENU_WORD = /^[\s|•·/]*([^\s|•·/]+)/;

/** A line of nothing but a site's sections, however separated. */
function isSectionMenu(line: string): boolean {
  // Nearly every line is prose, which its first word already rules out: the split is kept for the rest.
  const first = FIRST_MENU_WORD.exec(line)?.[1].toLowerCase().replace(/&/g, "");
  if (first === undefined || !(SITE_SECTIONS.has(first) || first === "")) return false;
  const words = line.toLowerCase().split(/[\s|•·/]+/).filter(Boolean);
  return words.length >= MIN_SITE_SECTIONS && words.every((w) => SITE_SECTIONS.has(w.replace(/&/g, "")) || w === "&");
}

/** Whether the line is the publisher's name as the metadata gives it, in any case ("CENTRAL QUEENSLAND MAIL"). */
function isPublisherName(line: string, publisher: string | undefined): boolean {
  return !!publisher && line.toLowerCase() === publisher.trim().toLowerCase();
}

/** The outlet a masthead line names, if the line is one. */
function masthead(line: string): string | null {
  const name = MASTHEAD.exec(line)?.[1];
  return name && isNewsOutlet(name) && !JOB_LINE.test(name) ? name : null;
}
/** "Science Correspondent", "Staff Reporter": the writer's job under their name, or in place of it. */
const JOB_LINE = /^(?:[A-Z][a-z]+ ){0,2}(?:Correspondent|Reporter|Editor|Writer|Columnist)$/;
/** Lines a byline may sit below the headline (and a standfirst). */
const BYLINE_LINES = 3;
/** "Education reporter, NZ Herald": a writer's beat and the outlet, on a line of its own. */
const BEAT_LINE = /^(?:[A-Z][a-z]+ )?(?:[a-z]+ )?(?:reporter|correspondent|editor|writer), ((?:The )?[A-Z][\w.&' ]{1,40})$/;
/**
 * A line that is only a name: two or three capitalised words, none an English function word. (Cleaning
 * runs without the gazetteer, which ingestion need not load, so it cannot ask for a given name.)
 */
function isPersonNameLine(line: string): boolean {
  // ("Ana Ruiz-Dalton", "Ana O'Neill-Whyte": double-barrelled surnames capitalise each part.)
  return /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?: \p{Lu}[\p{Ll}'’]*(?:[-'’]\p{Lu}?[\p{Ll}'’]+)*){1,2}$/u.test(line) && !line.split(" ").some((w) => lexicon.stopwords.has(w.toLowerCase()));
}

/** "MARIE-CLAUDE BOIVIN, MONTREAL GAZETTE": a writer and the outlet, in capitals. */
const CAPITALS_BYLINE = /^[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’.-]+){1,2}, ([A-Z][A-Z&'’ -]{2,40})$/;

/** The outlet a byline in capitals names, as written in running text ("Montreal Gazette"). */
function capitalsBylineOutlet(line: string): string | null {
  const outlet = CAPITALS_BYLINE.exec(line)?.[1];
  return outlet && isNewsOutlet(outlet) ? recaseWords(outlet) : null;
}

/** Words in capitals as a name is written ("MONTREAL GAZETTE" → "Montreal Gazette"). */
function recaseWords(words: string): string {
  return words.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** "By Daily Example Reporter", "By Staff Writers, Daily Example", "Reuters Staff": the outlet's own staff. */
const STAFF_BYLINE = /^(?:By )?(?:an? )?((?:[A-Z][\w.&'-]*\s){1,4})(?:Reporters?|[Ss]taff(?: [Ww]riters?| [Rr]eporters?)?|Correspondents?|Newsdesk|News Desk)(?: and (?:[A-Z][\p{L}'’.-]+ ?){1,4})?$/u;

/**
 * The outlet a byline names: "By Ana Ruiz | The Lakeport Herald", "By Ana Ruiz, NBC News", "By Daily
 * Example Reporter" (a name the outlet lexicon or a media word vouches for).
 */
function bylineOutlet(line: string): string | null {
  const beat = BEAT_LINE.exec(line)?.[1];
  if (beat) return isNewsOutlet(beat) ? beat : null;
  const shouted = capitalsBylineOutlet(line);
  if (shouted) return shouted;
  if (!BYLINE.test(line) && !STAFF_BYLINE.test(line)) return null;
  const staff = STAFF_BYLINE.exec(line)?.[1]?.trim();
  // ("By TOI staff": the outlet's own staff, under its initials.)
  if (staff && /^[A-Z]{2,6}$/.test(staff)) return staff;
  const last = staff ?? line.split(/\s[|,]\s?|,\s/).at(-1)?.trim().replace(/^the /i, "");
  // "By Ana Ruiz, WRAL reporter": the outlet before the writer's job ("Political Correspondent" names none).
  const tail = last?.replace(/\s+(?:reporter|correspondent|editor|writer)$/i, "");
  if (!tail || tail === line || !/^[A-Z]/.test(tail) || tail.length > 40) return null;
  return isNewsOutlet(tail) || (tail !== last && /^[A-Z]{3,6}$/.test(tail)) ? tail : null;
}

/** The outlet a credited timestamp names: "Ana Ruiz · Lakeport News · Posted: Nov 27, 2018" → "Lakeport News". */
function creditedOutlet(line: string): string | null {
  if (!CREDITED_TIMESTAMP.test(line)) return null;
  return line.split(/\s*[|·•]\s*/).slice(0, -1).find((part) => /^[A-Z]/.test(part) && part.length <= 40 && isNewsOutlet(part)) ?? null;
}

/** "Copyright 2026 Daily Example. All rights reserved." */
// ("Copyright law reform was debated …": "copyright" before a lower-case word is prose.)
const COPYRIGHT_LINE = /^(?:[Cc]opyright\b(?! [a-z])|COPYRIGHT\b|©|\([Cc]\) )|^(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\.?$/;

/**
 * "Copyright © 2018 Daily Example. Daily Example is not responsible for …": a notice with its year,
 * which may run on into the site's boilerplate (its first sentence names the holder).
 */
const COPYRIGHT_NOTICE = /^(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*\d{4}\b/i;

/** The holder a copyright line names: "(c) Lakeport Evening Telegraph 2026" → "Lakeport Evening Telegraph". */
function copyrightHolder(line: string): string | null {
  if (!COPYRIGHT_LINE.test(line)) return null;
  const notice = COPYRIGHT_NOTICE.test(line) ? line.replace(/(?<=\p{L}{2,}\.)\s+\p{Lu}.*$/u, "") : line;
  const holder = notice
    .replace(/^(?:copyright\b|©|\(c\))\s*(?:©\s*)?/i, "")
    .replace(/\ball rights reserved\.?/i, "")
    .replace(/\s+(?:or|and\/or|and) its (?:affiliated companies|affiliates|subsidiaries)\b/i, "")
    .replace(/(?:^|\s)(?:\d{4}(?:\s*[-–]\s*\d{4})?)(?=\s|[.,]|$)/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s.,]+|[\s.,]+$/g, "");
  return /^(?:\p{Lu}|\p{Ll}\p{Lu})/u.test(holder) && holder.length >= 2 && holder.length <= 60 ? holder : null;
}

/**
 * "Sign up to Daily Example, our free newsletter – …", "Sign up to receive the daily top stories from …",
 * "Related: Nurses reject pay offer": a promotion, a link.
 */
const PROMOTION_LINE = /^(?:(?:sign up|subscribe)\b.*\b(?:newsletters?|to receive|delivered|inbox|top stories|headlines)\b|related\s*:|(?:get|receive) (?:the|our) (?:free )?[\p{L} ]{0,30}\b(?:email|newsletter|alert)s?\b|i would like to be emailed\b|like what you['’]re reading\b|check out what['’]s clicking\b|click here for more\b|please use [\p{L} ]{1,30}\bbrowser\b)/iu;
/** "Follow Ana Ruiz on Twitter: @anaruiz". */
const FOLLOW_LINE = /^(?:follow|like)\b.{0,60}\bon (?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok)\b|^support (?:your )?local (?:news|newspapers?|journalism)\b/i;
/**
 * A page naming its own title: "Download The Lakeport Times News App for …", "Follow Lakeport Press on X",
 * "Sign up to The Lakeport Post's Business newsletter", "Support LAKEPORT TIMES' journalism", "Subscribe to the
 * Lakeport Post for unlimited access …", "Published in The Lakeport Tribune, November 8th, 2017."
 */
const OWN_TITLE_LINE = /^(?:why you can trust ((?:The )?[A-Z][\w.&'’ -]{1,40}?)$|follow ((?:The )?[A-Z][\w.&'’ -]{1,40}?) on (?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok)\b|download ((?:The )?[A-Z][\w.&'’ -]{1,40}?) (?:news )?app\b|subscribe to (?:the )?([A-Z][\w.&'’ -]{1,40}?) (?:for|to|and)\b|published in ((?:The )?[A-Z][\w.&'’ -]{1,40}?),? (?:on )?(?:[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4})\.?$|sign up (?:to|for) ((?:The )?[A-Z][\w.&'’ -]{1,40}?)['’]s? (?:[\w ]{0,30})?newsletter\b|support ((?:The )?[A-Z][\w.&'’ -]{1,40}?)['’]s? (?:[\w ]{0,30})?(?:journalism|reporting)\b)/i;

/**
 * The outlet a page names as itself on such a line. "Why you can trust" vouches for any name; the
 * others must read as an outlet ("Follow Ana Ruiz on X" names the writer).
 */
function ownTitle(line: string): string | null {
  const m = OWN_TITLE_LINE.exec(line);
  if (m?.[1]) return m[1];
  // ("Follow MercoPress on X": a one-word name is no writer's.)
  if (m?.[2]) return /^(?:[Tt]he )?\p{Lu}/u.test(m[2]) && (isNewsOutlet(m[2]) || !isPersonNameLine(m[2])) ? m[2] : null;
  const name = m && (m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]);
  if (!name || !/^(?:[Tt]he )?\p{Lu}/u.test(name) || !isNewsOutlet(name)) return null;
  // ("Support PREMIUM TIMES' journalism": a name in capitals is written as a name.)
  return name === name.toUpperCase() ? recaseWords(name) : name;
}
/** "Ana Ruiz is a metro reporter covering City Hall for The Lakeport Times.": the writer's bio at the end. */
const AUTHOR_BIO = /^(?:About the (?:author|writer)\s*:|(?:[A-Z][\p{L}'’.-]+ ){1,3}[A-Z][\p{L}'’.-]+ (?:is|was) (?:a|an|the) [^.!?]{0,80}\b(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|producer)\b)/u;
/** The outlet a bio says the writer works for ("… a reporter for NBC News covering …"). */
const BIO_OUTLET = /\b(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|producer) (?:for|at|with) ((?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})/;
/** "Wire writers Ana Ruiz in Lakeport and Tom Hadley contributed to this report." */
const CONTRIBUTED_LINE = /\bcontributed (?:to this (?:report|story|article)|reporting)\.?$/i;

/** The same credit on a line of its own, unbracketed: "Reporting by Ana Ruiz in Lakeport; Editing by Tom Hadley". */
const CREDIT_LINE = /^(?:additional )?(?:reporting|writing|editing|compiled|research|pics|pictures|photos?|photographs?|images?) by\b/i;
/** "(With inputs from PTI)", "Additional sources • AFP": the agency whose copy the story uses. */
const INPUTS_LINE = /^\(?\s*(?:with (?:inputs|agency inputs|reporting) from|additional (?:sources|reporting)\s*(?:[•:|-]|from))\s*([A-Z][\w.& ]{1,40}?)\s*\)?\.?$/i;
/** "Source: Al Jazeera and news agencies": the site's credit for its own story. */
const SOURCE_LINE = /^source\s*:\s*([A-Z][\w.&' -]{1,40}?)(?:\s+and (?:news )?agencies)?\.?$/i;
/** "Source: Correspondent, Ashanti Region": the writer credited by their post, no outlet named. */
const SOURCE_CORRESPONDENT = /^source\s*:\s*(?:our |a |staff |special )?(?:correspondent|reporter|staff writer)\b[^.!?]{0,60}$/i;
/** The words a page's timestamp opens with. */
const TIMESTAMP_WORDS = "(?:date|published|updated|posted|last updated|last modified|first published|first posted|modified)";
const TIMESTAMP_LINE = new RegExp(`^${TIMESTAMP_WORDS}\\b`, "i");
/** "TNN | Updated: Jul 19, 2017, 08:12 IST", "Agencies | Last updated: …": credits, then the timestamp. */
const CREDITED_TIMESTAMP = new RegExp(`^[^|·•]{1,60}(?:[|·•][^|·•]{1,60}){0,3}[|·•]\\s*${TIMESTAMP_WORDS}\\b|^(?:[A-Z][\\w.&'-]*,?\\s){1,6}${TIMESTAMP_WORDS}(?:\\s*:|\\s+\\d)`, "i");
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** Lines a page's header (or a related story's link) opens on its own: the page's date, never the story's. */
const PAGE_DATE_LINES = 4;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
/** "Wednesday, March 1, 2018", "30th Jun 2015": a page's date written out, its weekday first or not. */
const PAGE_DAY = `(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4})`;
/**
 * "12 March 2017", "March 12, 2017": a date written out on a page's timestamp line. Read here, not by
 * chrono-node: cleaning also runs where no brief is made (ingestion's fingerprints), which loads
 * neither chrono nor wink (see test/build.test.ts).
 */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})\\b`);
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`);

/**
 * The date a furniture line carries: an ISO date anywhere, a written-out one on a timestamp line
 * ("Published: 08:14 GMT, 12 March 2017") or a byline ("By Ana Ruiz | June 12, 2017 | 5 min read").
 */
function datelineOf(line: string): string | null {
  const iso = ISO_DATE.exec(line);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (!TIMESTAMP_LINE.test(line) && !CREDITED_TIMESTAMP.test(line) && !BYLINE.test(line) && !SECTION_DATE_LINE.test(line) && !DATE_ONLY_LINE.test(line) && !DATE_FIRST_PAGE_LINE.test(line)) return null;
  const dmy = DAY_MONTH_YEAR.exec(line);
  const mdy = MONTH_DAY_YEAR.exec(line);
  const parts = dmy && (!mdy || dmy.index <= mdy.index) ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : null;
  if (!parts) return null;
  const [day, month, year] = parts;
  const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  const d = Number(day);
  return d >= 1 && d <= 31 ? `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` : null;
}
const LETTERS = /\p{L}/gu;

/** Labels whose line is a caption or credit whatever follows them ("Image caption The bridge at dusk"). */
const CAPTION_LABEL = /^(image( copyright| caption| source)|getty images|photos?\s*:|pictures?\s*:|gallery\s*:|maps?\s*:|graphic\s*:|file photo\s*:|representat(?:ive|ional) (?:image|photo|picture)s?\s*$)/i;
/** Lower-case words a widget's label may hold ("Share this article", "Follow us on Twitter"). */
const WIDGET_WORDS = new Set(["this", "the", "our", "your", "and", "via", "for", "more", "article", "story", "stories", "link", "video", "page", "here", "now", "copyright", "caption", "images", "image", "photo", "photos", "comment", "comments", "newsletter", "newsletters", "updates", "app", "share", "email", "print", "content", "free", "today", "what", "you", "think", "thoughts", "views", "with", "livefyre", "main", "navigation", "search", "menu"]);

/**
 * A furniture word opening a line makes it furniture only if the rest is a label too: "Share this
 * article" is a widget, "Shares in Brandco fell" and "Home Office to review visas" are prose.
 */
function isWidgetLabel(line: string): boolean {
  if (CAPTION_LABEL.test(line)) return true;
  const match = FURNITURE.exec(line);
  if (!match) return false;
  const rest = line.slice(match[0].length).match(/\b\p{Ll}{3,}\b/gu) ?? [];
  return rest.every((w) => WIDGET_WORDS.has(w));
}

/** A site's header or footer links: "Cookie policy | Terms of use", "Privacy notice · Contact us", "Login | Subscribe from $1 a week". */
const FOOTER_LABEL = /^(?:log ?in|log ?out|sign (?:in|up|out)|register|my account|subscribe(?: now| today)?|subscribe (?:from|for) \S{1,8} (?:a|per) (?:week|month|year)|cookie (?:policy|settings|preferences)|cookies|accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|allow(?: all)?(?: cookies)?|manage (?:cookies|preferences|settings|consent)|i agree|agree|got it|privacy(?: (?:policy|notice|settings))?|terms(?: of (?:use|service)| (?:and|&) conditions)?|contact(?: us)?|about(?: us)?|accessibility|site ?map|advertise(?: with us)?|place an? (?:ad|advert|advertisement|notice)|careers|help|faqs?|newsletters?|corrections|reuse this content|report (?:a )?(?:typo|error|typo or error|an error)|(?:[\p{L}'’]+ ){0,3}journalistic standards(?: and practices)?|about [\p{L}'’]+(?: [\p{L}'’]+){0,2} news)$/iu;

function isFooterLinks(line: string): boolean {
  return line.length < 160 && line.split(/\s+[|·•]\s+/).every((label) => FOOTER_LABEL.test(label.trim()));
}

/** Labels a site's menu bar holds: "News | Sport | Community | Obituaries | Classifieds Login Subscribe" (or fewer after a section's name). */
const PIPED_MENU_LABELS = 4;
const PIPED_MENU_LABEL = /^\p{Lu}[\p{L}&'’-]*(?: (?:&|\p{Lu}[\p{L}&'’-]*)){0,3}$/u;

/** A menu bar's label: a section in capitals ("World Cup", "Arts & Culture") or a site's own link ("Subscribe"). */
function isMenuLabel(label: string): boolean {
  return PIPED_MENU_LABEL.test(label) || FOOTER_LABEL.test(label);
}

/**
 * "News  Sport  Leisure  Motors  Jobs  Homes": a menu bar whose links the scrape set two spaces apart
 * (read before the spaces are collapsed).
 */
function isSpacedMenu(rawLine: string): boolean {
  const labels = rawLine.trim().split(/\s{2,}/);
  return labels.length >= PIPED_MENU_LABELS && rawLine.length < 200 && labels.every(isMenuLabel);
}

function isPipedMenu(line: string): boolean {
  const labels = line.split(/\s+[|·•/]\s+/);
  if (line.length >= 200 || labels.length < 2 || !labels.every((label) => isMenuLabel(label.trim()))) return false;
  // ("News | Market Harwell", "Sport | Football": a site's section opens a trail of labels.)
  return labels.length >= PIPED_MENU_LABELS || labels[0].trim().toLowerCase().split(" ").every((w) => SITE_SECTIONS.has(w));
}

/** "Home > News > World": a page's breadcrumb trail. */
const BREADCRUMBS = /^[^>›»]{1,30}(?:\s[>›»]\s[^>›»]{1,30}){1,6}$/;
/** A site menu's label: one or two words, no sentence punctuation ("News", "Sign in"). */
const MENU_LABEL = /^[\p{L}&'’-]+(?: [\p{L}&'’-]+)?$/u;

/** A menu opening the page: two or more labels in a row before anything else (or one after furniture); returns how many. */
function leadingMenu(lines: string[], afterFurniture: boolean): number {
  let n = 0;
  while (n < lines.length - 1 && MENU_LABEL.test(lines[n])) n++;
  // (One label is a menu's last where the menu's other items went as furniture: "Menu", "Sign in".)
  return n >= 2 || (n === 1 && afterFurniture) ? n : 0;
}

/**
 * A cookie banner's or a sign-up box's words: "We use cookies to …", "Invalid email address", "Thank you for subscribing";
 * a print edition's note ("A version of this article appears in print on …, with the headline: …").
 */
const NOTICE_LINE = /^(?:(?:we|this (?:site|website)) uses? cookies\b|we value your privacy\b|we and our partners (?:use|store)\b|by (?:using|continuing to (?:use|browse)) (?:this|our) (?:site|website)\b|thanks? (?:you )?for (?:subscribing|signing up|registering)\b|invalid e-?mail(?: address)?\b|please enter a valid e-?mail\b|(?:media|press) (?:contacts?|enquiries|inquiries)\s*:?$|\(?this (?:story|article|report) has not been edited by\b|our standards\s*:|a version of this (?:article|story|review|report) appears in print\b)/i;
/** "Photo: Firefighters battle the blaze …", "FILE PHOTO: A view of …", "[Photo] The main campus …": a caption line, however long its text. */
const PHOTO_LINE = /^(?:[([]?(?:(?:file )?photos?|pictures?|images?|graphic|video)(?: caption)?\s*:|[([](?:photos?|pictures?|images?|video)[)\]])/i;
/** A site's appeal for money or sign-ups closing the story ("Since you're here …"): long, but never news. */
const APPEAL_LINE = /^(?:since you['’]re here\b|(?:…|\.\.\.)?\s*we have a small favou?r to ask\b)/i;
/** "Get Breaking news … on Daily.example.com": a site's promotion of itself. */
const SITE_PROMOTION = /\b(?:latest|breaking) news\b.*\b(?:on|at) [\w-]+\.(?:com|co\.uk|in|net|org|com\.au)\b/i;
/**
 * A caption closing on its credit: "A tree blocks a road. Photograph: Ana Ruiz/PA", "Stores must stop
 * handing out bags. (Ana Ruiz/CBC)", "… years ago. (Lakeport University)", "… into the night [Image: Ana Ruiz/Lakeport Lens]",
 * "… on display at the museum. Photo / Supplied", or a stock photo's tag "(Representational)": a line of one
 * sentence and its credit is the caption (a longer paragraph only loses the credit).
 */
const CREDITED_CAPTION = /^(?:[^.!?]|[.!?](?!\s+["“]?\p{Lu}))*[.!?]?\s*(?:\b(?:Photograph|Photo|Picture|Illustration)s?: (?:\p{Lu}[\p{L}\w.'’-]*\s?){1,4}\/\s?[\p{L}\w.'’ -]{1,60}|\((?:[A-Z][\p{L}.'’-]+ ){1,3}[A-Z][\p{L}.'’-]+\s?\/\s?[A-Z][\w .&-]{1,30}\)|\((?:Representational|Representative image|File photo|File)\)|\bCredit (?:\p{Lu}[\p{L}.'’-]+ ){1,4}for (?:The )?(?:\p{Lu}[\p{L}.'’-]+ ?){1,4}|(?<=[.!?]\s?)\((?:\p{Lu}[\p{L}.'’&-]+ ){1,4}\p{Lu}[\p{L}.'’-]+\)|\[(?:(?:Image|Photo|Picture|File)s?:\s?)?(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}(?:\/\s?[\p{L}\w.'’ -]{1,40})?\]|\([A-Z][\w.&' ]{1,30}: (?:[A-Z][\p{L}.'’-]+ ?){1,3}\)|(?<=[.!?]\s?)Photos? \/ (?:\p{Lu}[\p{L}.'’-]*\s?){1,4})$/u;
/**
 * "A figure of the sea god surrounded by dolphins (Lakeport Museum)": words with no sentence's end,
 * closed by a credit of capitalised words in brackets, are a caption (prose ends on its full stop).
 */
const UNPUNCTUATED_CAPTION = /^[^.!?]{20,}\s\((?:\p{Lu}[\p{L}'’&-]+ ){1,4}\p{Lu}[\p{L}'’-]+\)$/u;
/**
 * "Tuesday 17 September 2019 11:04", "Wednesday 16 January 2019 12:45, UK", "Tuesday, May 22, 2018",
 * "Monday, March 23rd 2026 - 08:47 UTC", "October 14, 2026 at 10:31 AM GMT+2", "Tue Aug 11, 2026 12:00 AM | Last update on: …",
 * "December 4, 2015 @ 8:05am", "16 Aug 2016 | 12 comments", "10 Mar 2016 14:22 GMT | Refugees, Europe, Bulgaria" (the story's topic tags):
 * a line that is only a date (and a time): a page's timestamp, or the date under a related story's link.
 */
const DATE_ONLY_LINE = new RegExp(`^${PAGE_DAY}(?:,?\\s*(?:at\\s+|@\\s*|[-–—|•/]\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s?[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2})?)?(?:\\s?[ap]\\.?m\\.?)?)?(?:,\\s*[A-Z]{2,3})?(?:\\s*[|•/]?\\s*(?:last )?(?:updated?|modified)\\b.{0,60})?(?:\\s*[|•]\\s*By\\s[\\p{L}'’. -]{2,50})?(?:(?:\\s*[|•]|\\s{2,})\\s*\\d[\\d,]*\\s+comments?)?(?:\\s*[|•]\\s*[\\p{L}'’ -]{2,30}(?:,\\s*[\\p{L}'’ -]{2,30}){1,9})?$`, "iu");
/** "March 15, 2018  by Ana Ruiz  |  Leave a comment": the page's date and its writer. */
const DATE_BYLINE_LINE = new RegExp(`^${PAGE_DAY}\\s+(?:[|•]\\s*)?by\\s+[\\p{L}'’. -]{2,40}?(?:\\s*[|•]\\s*(?:leave a comment|\\d[\\d,]*\\s+comments?|comments?))?$`, "iu");
/** "June 25, 2018  Ana Ruiz  Athletics  2 Comments": the page's date, its writer and section, and the comments' count. */
const DATE_FIRST_PAGE_LINE = new RegExp(`^${PAGE_DAY}\\s+[\\p{L}'’. &|•-]{2,60}\\s\\d[\\d,]*\\s+comments?$`, "iu");
/** "SHIMLA, March 17, 2016": a dateline on a line of its own, the place in capitals and the page's date. */
const PLACE_DATE_LINE = new RegExp(`^(?<place>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2}), ${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}$`);
/** "5:00 AM Tuesday Apr 5, 2016": the page's timestamp with the time first. */
const TIME_FIRST_DATE_LINE = new RegExp(`^\\d{1,2}[:.]\\d{2}\\s?[AaPp]\\.?[Mm]\\.?\\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4})$`, "i");
/** "Regional News of Wednesday, 9 March 2016": a section's name and the page's date. */
const SECTION_OF_DATE_LINE = new RegExp(`^(?:[A-Z][\\w&'’-]* ){0,3}(?:News|Stories|Articles) of ${PAGE_DAY}$`);
/** "BUSINESS NEWS  MARCH 14, 2018 / 11:52 AM / UPDATED 4 HOURS AGO": a section's name in capitals and the page's date. */
const CAPITALS_SECTION_DATE_LINE = new RegExp(`^[A-Z][A-Z &]{2,30} ${MONTH.toUpperCase()} \\d{1,2},? \\d{4}(?: ?/ ?\\d{1,2}:\\d{2} ?[AP]M)?(?: ?/ ?UPDATED [A-Z0-9 ]{1,30})?$`);
/** "Health News | Fri Mar 17, 2017 | 6:05pm EDT": a section's name and the page's date. */
const SECTION_DATE_LINE = new RegExp(`^[^|]{1,40}(?:\\|[^|]{1,40}){0,2}\\|\\s*${PAGE_DAY}`, "i");

function isFurniture(line: string): boolean {
  if (line.length < 60 && (isWidgetLabel(line) || WIDGET.test(line) || SIZE_BUTTONS.test(line))) return true;
  if (isFooterLinks(line) || isPipedMenu(line) || isSectionMenu(line) || (NOTICE_LINE.test(line) && line.length < 300) || DESK_INITIALS.test(line) || BREADCRUMBS.test(line)) return true;
  if (/^(?:read more|also read|read also|also see|see also)\s*[:|]/i.test(line) || TAGS_LINE.test(line)) return true;
  if ((CREDIT_LINE.test(line) || CONTRIBUTED_LINE.test(line) || PROMOTION_LINE.test(line) || FOLLOW_LINE.test(line) || INPUTS_LINE.test(line) || SOURCE_LINE.test(line) || OWN_TITLE_LINE.test(line) || SOURCE_CORRESPONDENT.test(line)) && line.length < 250) return true;
  if ((BYLINE.test(line) || STAFF_BYLINE.test(line) || BARE_BYLINE.test(line) || BEAT_LINE.test(line) || COPYRIGHT_LINE.test(line) || capitalsBylineOutlet(line)) && line.length < 120) return true;
  if (COPYRIGHT_NOTICE.test(line) && line.length < 300) return true;
  if (((TIMESTAMP_LINE.test(line) || DATE_ONLY_LINE.test(line) || DATE_FIRST_PAGE_LINE.test(line) || DATE_BYLINE_LINE.test(line) || CAPITALS_SECTION_DATE_LINE.test(line) || SECTION_OF_DATE_LINE.test(line) || PLACE_DATE_LINE.test(line) || TIME_FIRST_DATE_LINE.test(line)) && line.length < 80) || ((CREDITED_TIMESTAMP.test(line) || SECTION_DATE_LINE.test(line) || CREDITED_STAMP_LINE.test(line)) && line.length < 120)) return true;
  if ((line.length < 250 && PHOTO_LINE.test(line)) || (line.length < 1500 && APPEAL_LINE.test(line)) || (line.length < 200 && SITE_PROMOTION.test(line)) || (line.length < 250 && (CREDITED_CAPTION.test(line) || UNPUNCTUATED_CAPTION.test(line)))) return true;
  if (line.length >= 200) return false;
  const letters = line.match(LETTERS)?.length ?? 0;
  return letters < line.length * 0.4;
}

/** A one- to four-word line with no sentence punctuation: a sign-off or a byline, not prose. */
/** "pkm/ach/jm": a wire desk's editors' initials closing the story; "(END)" and the writer's address close it too. */
const DESK_INITIALS = /^[a-z]{2,4}(?:-[a-z]{2,4})?(?:\/[a-z]{2,4}(?:-[a-z]{2,4})?)+$|^\(END\)$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^@\w{2,30}$/;
/** "AAP jt/sh/ldh", "- Irish Independent": what a sign-off carries besides the publisher's name. */
const SIGNOFF_EXTRAS = /^[-–—]\s*|\s+[a-z]{2,4}(?:\/[a-z]{2,4})+$/g;
/** "RIDERS PUSH BACK": a subhead set in capitals between paragraphs. */
const CAPITALS_SUBHEAD = /^[A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*){1,6}$/;

function isSignoff(line: string): boolean {
  return line.length <= 40 && line.split(" ").length <= 4 && !/[.!?:;,"]\s*$/.test(line.replace(/\.[A-Za-z]{2,}$/, "")) && !/[:,] /.test(line);
}

/** "Copy this linkRedmarsh Evening Post": a share widget's label with the publisher glued to it. */
const WIDGET_THEN_NAME = /^(?:[Cc]opy (?:this )?link|[Ss]hare(?: this)?(?: article| story)?|[Pp]rint|[Ee]mail)([A-Z][\p{L}&'’.-]*(?: [A-Z][\p{L}&'’.-]*){0,4})$/u;

/** "… she said.The Northern Chronicle": a name of up to four capitalised words glued to the last sentence. */
const GLUED_OUTLET = /([.!?]["')\]]?)((?:The )?[A-Z][\p{L}&'’-]*(?: [A-Z][\p{L}&'’-]*){0,3})$/u;

/**
 * "… she said.The Northern Chronicle", "… the ministry said.Bloomberg" as [match, punctuation, name]
 * when the name holds a media word ("Chronicle") after another word, or is a listed outlet.
 */
function gluedOutlet(last: string): RegExpExecArray | null {
  const m = GLUED_OUTLET.exec(last);
  if (!m) return null;
  const words = m[2].split(" ");
  return (words.length > 1 && words.some((w) => isMediaWord(w.toLowerCase()))) || isListedOutlet(m[2]) ? m : null;
}

// "… it ends forever".Daily.Example — a capitalised brand glued to the closing punctuation.
const GLUED_SIGNOFF = /([.!?]["')\]]?)([A-Z][A-Za-z0-9&]*(?:[.-][A-Za-z0-9]{2,})*)$/;

/**
 * A pattern of page furniture, and the lower-case pieces of which any match holds at least one (or a
 * pattern the line as written must match): a line holding none is passed over, since a regular
 * expression without a literal start costs several times more per character than a substring search.
 */
interface Furniture {
  cues: string[] | RegExp;
  pattern: RegExp;
}

/** A clock time as page timestamps write it: "16:35", "1:09am", "10:55 GMT", "08:12 EST". */
const CLOCK = "\\d{1,2}[:.]\\d{2}(?:\\s?[aApP]\\.?[mM]\\.?)?(?:\\s(?:GMT|BST|UTC|CET|CEST|IST|AEST|AEDT|[ECMPA][SD]?T))?";
const WEEKDAY = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)[a-zA-Z]*\\.?,?\\s)";
const ANY_CASE_MONTH = `(?:${MONTH}|${MONTH.toUpperCase()})`;
/** "10 NOV 2016", "Mon, Nov 7, 2016", "Friday 11 November 2016": a date written out with its year. */
const WRITTEN_DATE = `${WEEKDAY}?(?:\\d{1,2}(?:st|nd|rd|th)?\\s${ANY_CASE_MONTH},?\\s\\d{4}|${ANY_CASE_MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4})`;
const STAMP_LABEL = "(?:(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Ll]ast [Uu]pdated|[Ff]irst [Pp]ublished|[Ff]irst [Pp]osted|[Mm]odified|PUBLISHED|UPDATED|POSTED|LAST UPDATED)\\s?:?\\s)";
/** A page's timestamp: a clock time and a written date side by side, as prose never writes them, perhaps labelled. */
const STAMP = `${STAMP_LABEL}?(?:${CLOCK},?\\s${WRITTEN_DATE}|${WRITTEN_DATE}\\s?[,|]?\\s${CLOCK})`;
/**
 * Timestamps scraped into a paragraph ("By Ana Ruiz 16:35, 10 NOV 2016 Updated 20:05, 10 NOV 2016 …",
 * "PUBLISHED: 07:40, Mon, Nov 7, 2016 | UPDATED: …"), with the byline before them when they open the
 * text or say "By" ("By Ana Ruiz Showbiz Reporter 08:35, 11 Jan 2016", "By Ana Ruiz for MailOnline and Tom
 * Hadley in Lakeport Published: …", "Ana Ruiz Lakeport @anaruiz Friday …").
 * (A timestamp closing its line is left to the line's reading, which takes the page's date from it;
 * the lookahead and back-reference take the timestamps whole, as an atomic group would.)
 */
const INLINE_TIMESTAMPS = new RegExp(`(?:(?:^(?:By\\s)?(?:\\p{Lu}[\\p{L}'’.-]+\\s){1,4}|\\bBy\\s(?:(?:\\p{Lu}[\\p{L}'’.-]+|[Ff]or|and|in)\\s){1,10})(?:For\\s\\S+\\s)?(?:@\\w+\\s)?(?=${STAMP}))?(?=(?<stamps>${STAMP}(?:\\s?\\|?\\s${STAMP})*))\\k<stamps>(?=\\s+(?!\\|)\\S)`, "gu");
/** "Ana Ruiz, Lakeport Daily 7:02 a.m. EDT July 16, 2015": a writer's credit and the page's timestamp, unlabelled, as a line. */
const CREDITED_STAMP_LINE = new RegExp(`^(?:By\\s)?(?:\\p{Lu}[\\p{L}'’.&-]+,?\\s){1,6}${STAMP}(?:\\s?\\|?\\s${STAMP})*$`, "u");
/** "By ANA RUIZ and TOM HADLEY SEPT. 14, 2016": a byline with the page's date and no time, opening the text or a sentence. */
const DATED_BYLINE = new RegExp(`(?:^|(?<=[.!?"”’] ))By\\s(?:\\p{Lu}[\\p{L}'’.-]*\\s){1,4}(?:and\\s(?:\\p{Lu}[\\p{L}'’.-]*\\s){1,4})?${WRITTEN_DATE}(?:\\sPhoto)?(?=\\s+\\S)`, "u");

/**
 * Page furniture that scrapers leave inside paragraphs: share buttons, newsletter boxes, video
 * players, photo markers. Common web boilerplate phrases, not any one site's wording.
 */
const INLINE_FURNITURE: Furniture[] = [
  { cues: ["opens in new window"], pattern: /\b(?:Click|Tap) to (?:share|email|print|tweet)[^()\n]{0,40}\(Opens in new window\)/gi },
  { cues: ["opens in new window"], pattern: /\(Opens in new window\)/gi },
  { cues: ["invalid email"], pattern: /\bGet [\w ]{1,30}updates directly to your inbox\b[^\n]{0,120}?\bInvalid Email\b/gi },
  { cues: ["thank you for subscribing"], pattern: /\b(?:\+ )?Subscribe Thank you for subscribing!?(?: Could not subscribe, try again later)?(?: Invalid Email)?/gi },
  { cues: ["video loading"], pattern: /\bVideo Loading\b[^\n]{0,60}?\bTap to play\b/gi },
  // A video box's promotion: "… top entertainment headlines are here. Check out what's clicking today in entertainment."
  { cues: ["headlines are here"], pattern: /(?:^|(?<=[.!?]\s))[^.!?\n]{0,40}\btop [a-z]+ headlines are here\.\s*/gi },
  { cues: ["clicking"], pattern: /\bCheck out what['’]s clicking (?:today )?in [\p{L} ]{3,30}\.\s*/giu },
  { cues: /\d[:.]\d\d/, pattern: INLINE_TIMESTAMPS },
  { cues: /\bBy \p{Lu}/u, pattern: DATED_BYLINE },
  // A gallery's caption buttons: "Show Caption Hide Caption".
  { cues: ["hide caption"], pattern: /\b(?:Show Caption )?Hide Caption\b/g },
  // A share bar: "Share on Facebook Share on Twitter Share via Email", "Share 1.1K Tweet Share".
  { cues: ["share on", "share via", "post to", "tweet"], pattern: /(?:\b(?:Share (?:on|via)|Post to) (?:Facebook|Twitter|Email|E-mail|WhatsApp|Pinterest|LinkedIn|Reddit|Messenger|Flipboard)\b\s?)+|\bShare (?:[\d.,]+[KM]? )?Tweet(?: Share| Email| Pin)*\b|(?<=\b(?:Facebook|Twitter|Email) )More Options\b/g },
  { cues: ["click to follow"], pattern: /\bClick to follow(?: The)?(?: \p{Lu}[\p{L}.]*){1,2}/gu },
  { cues: ["modal trigger", "scroll down for"], pattern: /\bModal Trigger\b|\bScroll down for (?:video|more)\b/g },
  // A most-read box's label, in capitals: "MOST READ IN NEWS".
  { cues: ["most read"], pattern: /\bMOST READ(?: IN [A-Z]{2,}(?: [A-Z]{2,})?)?\b/g },
  { cues: ["read more"], pattern: /\bRead More\b(?!:)/g },
  { cues: ["the video will start"], pattern: /\bThe video will start in \d+ Cancel Play now\b/gi },
  // A share bar's buttons: "Share this with Facebook Share this with Email Share".
  { cues: ["share this with"], pattern: /(?:\bShare this with [A-Z][\w+]*(?: |$))+(?:Share\b)?/g },
  { cues: ["watch", "video will play", "share this", "view photo", "buy photo", "skip ad", "to continue"], pattern: /\b(?:Watch this video again|Video will play in|Share this (?:video|article|story)|Watch Next|View Photos?|Buy Photo|Skip Ad x?|Wait \d+ seconds? to continue\.?)/gi },
  { cues: ["("], pattern: /\((?:Photo|Image|Picture|Credit|Video)s?: [^)]{0,80}\)/gi },
  // A caption's credit closing its line: "Photograph: Ana Ruiz/Lakeport Herald".
  { cues: ["photo", "picture", "image", "illustration"], pattern: /\b(?:Photograph|Photo|Picture|Image|Illustration)s?: (?:\p{Lu}[\p{L}\w.'’-]*\s?){1,4}(?:\/\s?[\p{L}\w.'’ -]{1,60})?$/gu },
  // A wire story's staff credit: "(Reporting by Ana Ruiz; Editing by Tom Hadley)".
  { cues: [" by "], pattern: /\((?:Additional )?(?:Reporting|Writing|Editing|Compiled|Research) by [^)]{0,200}\)/gi },
  { cues: ["advertisement", "continue reading"], pattern: /\bAdvertisement(?: Continue reading the main story)?\b|\bContinue reading the main story\b/g },
  { cues: ["more:", "related:"], pattern: /\b(?:READ MORE|Read more|RELATED|MORE):(?=\s|$)/g },
  { cues: ["read or share this story"], pattern: /\bRead or Share this story: \S+/gi },
  { cues: ["media playback"], pattern: /\bMedia playback is (?:unsupported|not supported) on (?:your|this) device\b/gi },
  { cues: ["pic.twitter.com"], pattern: /\bpic\.twitter\.com\/\S+/gi },
  { cues: ["http"], pattern: /\bhttps?:\/\/\S+/gi },
  { cues: ["getty images"], pattern: /\b(?:[A-Z][\w.-]* ?\/ ?)?Getty Images\b/g },
  // A picture agency's credit closing a caption: "… children (Getty)", "… the scene (Supplied)".
  { cues: [")"], pattern: /\s*\((?:Getty|AFP|EPA|Reuters|Shutterstock|Alamy|iStock|Rex|Supplied|File)\)$/g },
  // A photo's credit in a caption: "Credit Ana Ruiz/Agence France-Presse — Getty Images".
  { cues: ["credit "], pattern: /\bCredit (?:\p{Lu}[\p{L}'’.-]+ ){1,3}?\p{Lu}[\p{L}'’.-]+ ?\/ ?(?:\p{Lu}[\p{L}.&'’-]*(?: |$)){1,4}(?:[—–-](?= |$)(?: Getty Images\b)?)?/gu },
  // A picture credited to a social platform: "… was killed in the crash (Facebook) Ms Ruiz …", "(Instagram/anaruiz)".
  { cues: ["(facebook", "(instagram", "(twitter", "(youtube"], pattern: /\s?\((?:Facebook|Instagram|Twitter|YouTube)(?:\/[\w.]+)?\)/g },
  { cues: ["image copyright"], pattern: /\bImage copyright\s+(?:[@\w.'/-]+\s+){0,4}?(?=Image caption\b)/g },
];

/**
 * Photo captions have no full stop: one ends where a lower-case word meets a capitalised common
 * word that opens the next sentence ("… into a dry well Dozens of rescuers are …").
 */
function dropCaptions(line: string, isOpener: (word: string) => boolean): string {
  const marker = /\b(?:Image|Media) caption,?\s+/g;
  let out = "";
  let from = 0;
  for (let m = marker.exec(line); m; m = marker.exec(line)) {
    out += line.slice(from, m.index);
    const rest = line.slice(m.index + m[0].length);
    const words = rest.split(" ");
    let cut = -1;
    let offset = 0;
    for (let j = 0; j < words.length && j < 40; j++) {
      if (j >= 2 && /^[a-z,]/.test(words[j - 1]) && /^[A-Z]([a-z]|$)/.test(words[j]) && isOpener(words[j])) { cut = offset; break; }
      // A full stop first: the caption's end is unclear, so keep its words rather than lose a sentence.
      if (/[.!?]["']?$/.test(words[j])) { cut = 0; break; }
      offset += words[j].length + 1;
      // The caption runs to the end of the line: it is a line of its own.
      if (j === words.length - 1) cut = rest.length;
    }
    from = cut < 0 ? m.index + m[0].length : m.index + m[0].length + cut;
    marker.lastIndex = from;
  }
  return out + line.slice(from);
}

// "KUNDUZ, Afghanistan -- Northern Front insurgents struck …": an agency dateline before the lead.
// "LAKEPORT, Dec 5 (Reuters) - …": the wire's date may follow the place.
// ("SANAA/GENEVA (Reuters) -": a story filed from two cities is placed by the first.)
const DATELINE_PLACE = /^(?:Photo\s+)?(?<place>[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+)*)(?:\/[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+)*)?(?:,\s(?:the\s)?(?<area>[A-Z][\w.]+(?:\s[A-Z][\w.]+)*))?(?:,?\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?\s(?:\((?<agency>[\w ]+)\)\s+(?:(?:--|—|–|-)\s+|(?=[A-Z"“]))|(?:--|—|–|-)\s+)/;

/**
 * "Washington (CNN) The Senate …", "Washington (CNN) - The Senate …", "Sylhet (Bangladesh) (AFP) - …",
 * "Lima, Nov 13 (EFE).- Voters …": a broadcaster's or agency's dateline, place in title case (and its
 * country in brackets).
 */
const OUTLET_DATELINE = /^(?<place>(?:[A-Z][a-z]+\.?,? ){1,3})(?:\((?<area>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\) )?(?:[A-Z][a-z]{2,8}\.? \d{1,2} )?\((?<agency>[\w ]+)\)(?:\.?\s*(?:--|—|–|-)\s*|\s+)(?=[A-Z"])/;

/** "(CNN) — Voters …", "(CNN)A popular app …": a broadcaster's opener with no place before it. */
const OUTLET_OPENER = /^\((?<agency>[\w ]+)\)\s*(?:(?:--|—|–|-)\s+)?(?=[A-Z"“])/;

/**
 * "Lakeport, Velmora - A passenger plane …": a dateline in title case, place and country before a
 * dash. Read only where a dateline stands (the text's first line, or the one after its headline):
 * elsewhere "Name, Name - " may be prose. A single title-case word before a dash may be a headline's.
 */
const TITLE_CASE_DATELINE = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2} (?:--|—|–|-) (?=[A-Z"])/;
/**
 * "NEW DELHI: The government on Monday …": a place in capitals and a colon, as South Asian and Gulf
 * papers date their stories. Read where a dateline stands; a page's label in capitals ("UPDATE:",
 * "WATCH:") is no place, and the brief places only what the gazetteer or the text vouches for.
 */
const CAPITALS_COLON_DATELINE = /^(?<place>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2}): (?=["“]?[A-Z])/;
/** Labels in capitals that open a lead as a dateline would. */
const CAPITALS_LABELS = /^(?:UPDATED?|WATCH|BREAKING(?: NEWS)?|EXCLUSIVE|READ MORE|(?:FILE )?PHOTOS?|FILE|VIDEO|NOTE|EDITOR'S NOTE|WARNING|LIVE|ANALYSIS|OPINION|COMMENT|CORRECTION|LISTEN|RELATED|MORE|SPOILERS?)$/;

/** The place of a "NEW DELHI: …" dateline, none for a page's label. */
function capitalsColonPlace(line: string): string | null {
  const place = CAPITALS_COLON_DATELINE.exec(line)?.groups?.place;
  return place && !CAPITALS_LABELS.test(place) ? place : null;
}

/**
 * Furniture between a word and a capitalised one stood between two blocks of the page ("… his trip
 * to Lakeport View Photos Ana Ruiz arrives …"): a line break keeps the blocks from running into one
 * sentence, and into one name.
 */
function separator(match: string, ...rest: unknown[]): string {
  // (replace passes a pattern's groups between the match and its offset, then the whole line, then
  // the named groups if the pattern has any.)
  const named = typeof rest.at(-1) === "object";
  const line = rest.at(named ? -2 : -1) as string;
  const at = rest.at(named ? -3 : -2) as number;
  const before = line.slice(0, at).trimEnd();
  const after = line.slice(at + match.length).trimStart();
  return /[\p{L}\p{N}]$/u.test(before) && /^\p{Lu}/u.test(after) ? "\n" : " ";
}

/** A lower-case English word run into a capitalised one: "… trapped in Norton overnightNorth Yorkshire Fire …". */
const GLUED_WORDS = /(?<![@#\w])([a-z]{4,})(?=[A-Z][a-z]{2,})/g;

/**
 * Words a scraper ran together where a caption met the text ("overnightNorth Yorkshire") split with
 * a space. Only a dictionary word on the left, so brands written in camel case ("PlayStation",
 * "iPhone") and handles ("@realName") stay whole.
 */
function unglueWords(line: string): string {
  if (!/[a-z][A-Z]/.test(line)) return line;
  // (Not at the line's end, where a publisher glued to a widget's words is read later: "Copy this linkLakeport Post".)
  const sentenceFollows = (at: number) => line.slice(at).split(" ", 8).length >= 8;
  return line.replace(GLUED_WORDS, (word, _left, at: number) => (sentenceFollows(at) && lexicon.isEnglishWord(word) ? `${word} ` : word));
}

/** The line without inline furniture; a line break where furniture stood between two blocks. */
export function removeInlineFurniture(line: string, isOpener: (word: string) => boolean = () => false): string {
  let out = line.replace(/^Photo\s+(?=[A-Z]{2,})/, "");
  let lower = out.toLowerCase();
  for (const { cues, pattern } of INLINE_FURNITURE) {
    if (Array.isArray(cues) ? !cues.some((cue) => lower.includes(cue)) : !cues.test(out)) continue;
    const next = out.replace(pattern, separator);
    if (next !== out) lower = (out = next).toLowerCase();
  }
  out = dropCaptions(out, isOpener).replace(/\b(?:Image|Media) caption\b,?/g, " ");
  out = out.replace(DATELINE_PLACE, "");
  const outlet = OUTLET_DATELINE.exec(out) ?? OUTLET_OPENER.exec(out);
  if (outlet && isNewsOutlet(outlet.groups!.agency)) out = out.slice(outlet[0].length);
  if (out.includes("  ")) out = out.replace(/ {2,}/g, " ");
  return (out.includes("\n") ? out.replace(/ *\n */g, "\n") : out).trim();
}

function stripTitleMarkup(title: string): string {
  return /<\/?[a-z][^>]*>|&(#x?[0-9a-f]+|[a-z]+);/i.test(title) ? stripHtml(title) : title;
}

export function cleanArticle(raw: string, hints: { title?: string; publisher?: string } = {}): Cleaned | CleanFailure {
  if (looksBinary(raw)) return { code: "binary", message: "The input is binary data (control bytes or NUL characters), not article text." };
  let text = normaliseText(raw);
  let truncatedFrom: number | null = null;
  if (text.length > MAX_CHARS) {
    truncatedFrom = text.length;
    const cut = text.lastIndexOf("\n", MAX_CHARS);
    text = text.slice(0, cut > MAX_CHARS * 0.8 ? cut : MAX_CHARS);
  }
  if (HTML_SIGNAL.test(text)) text = stripHtml(text);

  let dateline: string | null = null;
  let datelinePlace: string | null = null;
  let datelineArea: string | null = null;
  let datelineByColon = false;
  let copyright: string | null = null;
  let mastheadName: string | null = null;
  const mastheads: number[] = [];
  let wire: string | null = null;
  let removedLines = 0;
  // Whether the line before was the page's timestamp, dropped in the header: a name alone after it is the byline.
  let afterTimestamp = false;
  // Whether furniture opened the page, before any line of text.
  let furnitureFirst = false;
  const lines: string[] = [];
  // Where a page's closing list of topic links may start (see dropTopicLinks).
  const topicsFrom: number[] = [];
  let linksLeft = 0;
  let highlightsLeft = 0;
  let captionNext = false;
  let ended = false;
  for (const rawLine of text.split("\n")) {
    const rawTrimmed = rawLine.replace(/ {2,}/g, " ").trim();
    if (!rawTrimmed) continue;
    if (rawTrimmed !== rawLine && isSpacedMenu(rawLine)) {
      removedLines++;
      continue;
    }
    // Below the story a page opens its comments, and nothing after them is the article's.
    const commentsMarker = !ended && COMMENTS_OPEN.test(rawTrimmed);
    if (commentsMarker && lines.length >= MIN_LINES_BEFORE_COMMENTS && lines.filter(isProseLine).length >= MIN_PROSE_BEFORE_COMMENTS) ended = true;
    // Above the story the marker is a button ("Join the conversation"), alone on its line.
    if (ended || (commentsMarker && !isProseLine(rawTrimmed))) {
      removedLines++;
      continue;
    }
    // A gallery's "Show Caption / Hide Caption" buttons: the line after them is the photo's caption.
    if (CAPTION_BUTTONS.test(rawTrimmed)) {
      captionNext = true;
      removedLines++;
      continue;
    }
    if (captionNext) {
      captionNext = false;
      if (rawTrimmed.length < MAX_CAPTION) {
        removedLines++;
        continue;
      }
    }
    // (Its lines, once the story tells them, would date or place it twice, and a forecast among them first.)
    if (lines.length <= BYLINE_LINES && !lines.some(isProseLine) && HIGHLIGHTS_LABEL.test(rawTrimmed)) {
      highlightsLeft = MAX_HIGHLIGHTS;
      removedLines++;
      continue;
    } else if (highlightsLeft > 0 && isHighlight(rawTrimmed)) {
      highlightsLeft--;
      removedLines++;
      continue;
    } else highlightsLeft = 0;
    if (TOPICS_MARKER.test(rawTrimmed)) topicsFrom.push(lines.length);
    // The headlines under a links label are other stories.
    if (LINKS_LABEL.test(rawTrimmed)) {
      linksLeft = MAX_LINKS;
      removedLines++;
      continue;
    } else if (linksLeft > 0 && isLinkTitle(rawTrimmed)) {
      linksLeft--;
      removedLines++;
      copyright ??= copyrightHolder(rawTrimmed);
      continue;
    } else linksLeft = 0;
    // A subhead in capitals between paragraphs heads a section; it is no sentence of the story.
    if (lines.length > 0 && CAPITALS_SUBHEAD.test(rawTrimmed)) {
      removedLines++;
      continue;
    }
    // The dateline opens the text, or the line after its headline (an outlet's masthead above them counts for none).
    const read = lines.length - mastheads.length;
    if (!wire && read <= 3) wire = wireAgency(rawTrimmed);
    // (After a headline and a standfirst, the lead is the third line.)
    const colonPlace = read <= 2 ? capitalsColonPlace(rawTrimmed) : null;
    if (read <= 2 && !datelinePlace) {
      ({ place: datelinePlace, area: datelineArea } = datelinePlaceOf(rawTrimmed) ?? { place: null, area: null });
      datelineByColon = !!datelinePlace && !!colonPlace;
    }
    // (A place in capitals and a colon may stand where datelinePlaceOf reads one: "Representative image" may come first.)
    const opening = colonPlace ? rawTrimmed.replace(CAPITALS_COLON_DATELINE, "") : lines.length <= 1 ? rawTrimmed.replace(TITLE_CASE_DATELINE, "") : rawTrimmed;
    const blocks = removeInlineFurniture(unglueWords(opening), isSentenceOpener);
    // A widget line goes whole; otherwise each block that furniture stood between is judged alone.
    const header = lines.length <= BYLINE_LINES;
    // A masthead goes once more text follows it (a page of one line and an outlet's name is signed off).
    // ("CENTRAL QUEENSLAND MAIL" with the publisher given: its name, in whatever case, is its masthead.)
    if (header && !BARE_BYLINE.test(rawTrimmed) && (masthead(rawTrimmed) || isPublisherName(rawTrimmed, hints.publisher))) mastheads.push(lines.length);
    // ("Wednesday, May 13, 2015" / "Ana Ruiz": a name alone under the page's timestamp is its byline too.)
    const bylineBelow = afterTimestamp && isPersonNameLine(rawTrimmed);
    afterTimestamp = false;
    const whole = !blocks || bylineBelow || isFurniture(rawTrimmed) || (header && (MENU_BAR.test(rawTrimmed) || JOB_LINE.test(rawTrimmed))) || (header && (lines.length >= 1 || !!hints.title) && (FILED_FROM.test(rawTrimmed) || isWritersLine(rawTrimmed))) || (lines.length === 0 && SECTION_LABEL.test(rawTrimmed));
    for (const line of whole ? [blocks] : blocks.split("\n").filter(Boolean)) {
      if (!whole && !isFurniture(line)) {
        lines.push(line);
        continue;
      }
      removedLines++;
      if (!lines.length) furnitureFirst = true;
      // "Ana Ruiz" / "Thu 11 Oct 2018 07.00 BST": a person's name alone above the page's timestamp is its byline.
      // ("Ana Ruiz" / "Science Correspondent": so is a name above the writer's job.)
      // ("Ana Ruiz" / "Lakeport" / "Thu 11 Oct 2018 07.00 BST": and where the writer files from between them.)
      // (That byline takes a line more: it may sit under a headline and a standfirst.)
      if ((header || lines.length === BYLINE_LINES + 1) && lines.length > 1 && (TIMESTAMP_LINE.test(line) || DATE_ONLY_LINE.test(line) || JOB_LINE.test(line))) {
        const filedFrom = lines.length > 2 && FILED_FROM_LINE.test(lines.at(-1)!) && isPersonNameLine(lines.at(-2)!) ? 2 : 0;
        const byline = filedFrom || (header && isPersonNameLine(lines.at(-1)!) ? 1 : 0);
        lines.splice(lines.length - byline, byline);
        removedLines += byline;
      }
      if (header && (TIMESTAMP_LINE.test(line) || DATE_ONLY_LINE.test(line))) afterTimestamp = true;
      if (lines.length <= PAGE_DATE_LINES || !DATE_ONLY_LINE.test(line)) dateline ??= datelineOf(line);
      copyright ??= copyrightHolder(line) ?? SOURCE_LINE.exec(line)?.[1] ?? bylineOutlet(line) ?? ownTitle(line) ?? creditedOutlet(line);
      wire ??= INPUTS_LINE.exec(line)?.[1] ?? null;
    }
  }
  removedLines += dropTopicLinks(lines, topicsFrom);
  for (const at of mastheads.reverse()) {
    const name = at < lines.length - 1 ? masthead(lines[at]) ?? (isPublisherName(lines[at], hints.publisher) ? hints.publisher!.trim() : null) : null;
    if (!name) continue;
    mastheadName ??= name;
    lines.splice(at, 1);
    removedLines++;
  }
  const menu = leadingMenu(lines, furnitureFirst);
  lines.splice(0, menu);
  removedLines += menu;
  // The writer's bio closes a page ("Ana Ruiz is a metro reporter …"); inside the text such a line is news.
  if (lines.length > 1 && lines.at(-1)!.length < 250 && AUTHOR_BIO.test(lines.at(-1)!)) {
    const employer = BIO_OUTLET.exec(lines.pop()!)?.[1];
    if (employer && isNewsOutlet(employer)) copyright ??= employer.replace(/^the /, "");
    removedLines++;
  }

  let signoff: string | null = null;
  const publisher = hints.publisher?.trim();
  const widgetSignoff = lines.length > 1 ? WIDGET_THEN_NAME.exec(lines.at(-1)!) : null;
  if (widgetSignoff) {
    lines.pop();
    removedLines++;
    signoff = widgetSignoff[1];
  } else if (lines.length > 1 && isSignoff(lines.at(-1)!)) {
    signoff = lines.pop()!.replace(SIGNOFF_EXTRAS, "");
  } else if (lines.length) {
    const last = lines.at(-1)!;
    const glued = publisher && publisher.length > 1 && last.endsWith(publisher) && /[.!?"')\]]$/.test(last.slice(0, -publisher.length))
      ? [null, "", publisher]
      : GLUED_SIGNOFF.exec(last);
    const outlet = publisher ? null : gluedOutlet(last);
    if (outlet || (glued && glued[2] && glued[2].length >= 2 && (publisher ? glued[2] === publisher : /[.&]|[a-z][A-Z]/.test(glued[2])))) {
      const name = (outlet ?? glued!)[2] ?? "";
      signoff = name;
      lines[lines.length - 1] = last.slice(0, last.length - name.length).trimEnd();
    }
  }

  // Scraped titles carry markup too (<em>, &amp;): a tag in a title is never meant as text.
  let title = hints.title ? stripTitleMarkup(normaliseText(hints.title)).replace(/\s+/g, " ").trim() : null;
  if (title && publisher) title = title.replace(new RegExp(`\\s+[|–—-]\\s+${escapeRegExp(publisher)}\\s*$`, "i"), "");
  if (!title && lines.length > 1 && looksLikeTitle(lines[0])) title = lines.shift()!;
  // ("Asia Pacific" / the headline: a section's label above the headline is the page's header too.)
  const titleAt = title ? lines.slice(0, PAGE_DATE_LINES).findIndex((line) => showsTitle(line, title!)) : -1;
  if (titleAt >= 0 && lines.slice(0, titleAt).every(isSignoff)) {
    lines.splice(0, titleAt + 1);
    removedLines += titleAt;
  }
  let site: string | null = null;
  if (title) ({ title, site } = tidyTitle(title));
  site ??= mastheadName;

  const body = lines.join("\n\n");
  if (!body.trim() && !title) return { code: "empty", message: "The article has no text (it is empty or only page furniture)." };
  return { title: title || null, body, signoff, site, wire, dateline, datelinePlace, datelineArea, datelineByColon, copyright, removedLines, truncatedFrom };
}

/**
 * The place of a dateline opening the text, in running text's case: "ELMSFORD JUNCTION, Pa. (AP) —",
 * "Washington (CNN)", "Lakeport, Velmora - ". A line without an agency or a dash after the place is none.
 */
function datelinePlaceOf(line: string): { place: string; area: string | null } | null {
  const wire = DATELINE_PLACE.exec(line)?.groups;
  // ("FILE - In this Aug. 12 photo, …": an agency's caption of an archive picture, no dateline.)
  if (wire && /[A-Z]{3}/.test(wire.place) && wire.place !== "FILE") return { place: inRunningCase(wire.place), area: wire.area ?? null };
  const outlet = OUTLET_DATELINE.exec(line);
  if (outlet && isNewsOutlet(outlet.groups!.agency)) return { place: outlet.groups!.place.replace(/[,\s]+$/, ""), area: outlet.groups!.area ?? null };
  const capitals = capitalsColonPlace(line) ?? PLACE_DATE_LINE.exec(line)?.groups?.place;
  if (capitals) return { place: inRunningCase(capitals), area: null };
  const titled = TITLE_CASE_DATELINE.exec(line)?.[0];
  return titled ? { place: titled.split(",")[0], area: titled.split(",")[1].replace(/\s+(?:--|—|–|-)\s+$/, "").trim() } : null;
}

/** "ELMSFORD JUNCTION" → "Elmsford Junction", "ST LAKEPORT" → "St. Lakeport". */
function inRunningCase(place: string): string {
  return place.split(/\s+/).map((w) => w[0] + w.slice(1).toLowerCase()).join(" ").replace(/^St\.? /, "St. ");
}

/** The agency credited in a wire dateline: "OTTAWA (Reuters) - …", "LAKEPORT, Dec 5 (AP) -". */
function wireAgency(line: string): string | null {
  const credit = (DATELINE_PLACE.exec(line)?.groups?.agency ?? (OUTLET_DATELINE.exec(line) ?? OUTLET_OPENER.exec(line))?.groups?.agency)?.trim();
  return credit && isNewsOutlet(credit) ? credit : null;
}

/** A page's label before a headline: "LIVE:", "WATCH:", "Opinion |". */
const TITLE_LABEL = /^(?:(?:live|watch|video|breaking(?: news)?|updated?|exclusive|opinion|analysis|comment|explainer|in pictures|pictures|photos|listen|podcast)\s*[:|]\s+|\((?:LEAD|URGENT|UPDATE|\d+(?:st|nd|rd|th) LD|ATTN)[^)]{0,30}\)\s*)/i;
/** " – live updates", " - as it happened": a live page's label after its headline. */
const TITLE_LIVE_LABEL = /\s+[–—-]\s+(?:live(?: updates?| coverage| blog| reaction)?|as it happened|latest(?: updates?| news)?)\s*$/i;
/** A site's name after a headline: " | Lakeport Herald", " - Daily Example News". */
const TITLE_SITE = /\s+(\||[–—-])\s+([^|–—]{2,60})$/;

/** The headline without the page's label before it or the site's name after it, and that name. */
function tidyTitle(title: string): { title: string; site: string | null } {
  let out = title.replace(TITLE_LABEL, "").replace(TITLE_LIVE_LABEL, "");
  const site = TITLE_SITE.exec(out);
  // After a bar any short name is the site's; after a dash only a medium's name is ("- Daily Example News").
  const named = site && site[2].split(" ").length <= 5 && (site[1] === "|" || isNewsOutlet(site[2]));
  if (named) out = out.slice(0, site.index);
  const tidy = out.trim();
  return tidy ? { title: tidy, site: named ? site[2].trim() : null } : { title, site: null };
}

/** Share of a headline's words a line must hold to be that headline as the page shows it. */
const SHOWN_TITLE_SHARE = 0.8;
/** Fewer words than this must match the headline exactly. */
const SHOWN_TITLE_WORDS = 4;

/**
 * The headline as the page shows it, which may differ from the one in the metadata in case and
 * length: "'HE CHOSE HIS PHONE …' Van driver who killed cyclist dad while scrolling Facebook jailed"
 * for "'He chose his phone …': Van driver who killed cyclist dad jailed".
 */
function showsTitle(line: string, title: string): boolean {
  if (line === title) return true;
  // (Prose is no headline: a full stop ends it, or one sentence ends inside it.)
  if (!looksLikeTitle(line) || /[.!?]["”’']?(?:\s+\p{Lu}|$)/u.test(line)) return false;
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wanted = words(title);
  const lineWords = words(line);
  const shown = new Set(lineWords);
  return wanted.length >= SHOWN_TITLE_WORDS && lineWords.length <= 2 * wanted.length && wanted.filter((w) => shown.has(w)).length >= SHOWN_TITLE_SHARE * wanted.length;
}

function looksLikeTitle(line: string): boolean {
  const words = line.split(" ").length;
  return line.length <= 160 && words >= 3 && !/[.,;:]$/.test(line);
}
