/**
 * Raw text → plain text, shared by cleaning, feeds and fingerprints: one form for spaces, quotes
 * and line ends, invisible and control characters gone, markup stripped. Its own module, free of
 * the lexicon, so that code reading feeds or fingerprinting articles (the store, an import's
 * writing thread) does not load the brief engine's data.
 */

// Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) can make a brief read
// differently from what it says ("spoofed" text); the marks U+200E/U+200F that RTL prose needs stay.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]/g;
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g;

/** NUL bytes or many control characters mean this is not text (an image, a PDF, a zip). */
export function looksBinary(raw: string): boolean {
  const sample = raw.slice(0, 65_536);
  if (sample.includes("\u0000")) return true;
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls > Math.max(8, sample.length * 0.02);
}

export function normaliseText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(ZERO_WIDTH, "")
    .replace(ODD_SPACE, " ")
    .replace(CONTROL, "")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/…/g, "...");
}

// A Map, not an object: "&constructor;" must find nothing, not Object's constructor.
const ENTITIES = new Map(Object.entries({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "—", ndash: "–", hellip: "...", rsquo: "'", lsquo: "'", rdquo: '"', ldquo: '"' }));

/** Text that is really an HTML page: drop scripts, styles and tags, keep block breaks. */
export function stripHtml(text: string): string {
  return text
    .replace(/<(script|style|noscript|template|iframe)\b[\s\S]*?(<\/\1\s*>|$)/gi, " ")
    .replace(/<!--[\s\S]*?(-->|$)/g, " ")
    .replace(/<(br|\/p|\/div|\/h[1-6]|\/li|\/tr|\/blockquote|\/section|\/article)\b[^>]*>/gi, "\n")
    .replace(/<\/?[a-zA-Z][^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === "#") {
        const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : " ";
      }
      return ENTITIES.get(e.toLowerCase()) ?? m;
    });
}
