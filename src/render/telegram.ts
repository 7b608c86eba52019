/**
 * Brief → Telegram HTML. Every piece of article text is escaped (it may hold <b>, <script>, &, or
 * a 10,000-character paragraph); messages stay within Telegram's 4096 characters and split only
 * between lines, and every line closes the tags it opens, so no split can fall inside a tag.
 */
import type { Reply } from "../chat/types";
import type { Brief } from "../schema";
import { safeLink, sourceLabel, stanceLine, whenLabel, whoLabel } from "./text";

export const TELEGRAM_LIMIT = 4096;
const MAX_LINE = 900;
const MAX_EVIDENCE = 400;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Plain text cut to a length on a word boundary, with an ellipsis, before escaping. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

const line = (label: string, value: string) => `<b>${label}</b> ${escapeHtml(clip(value, MAX_LINE))}`;

/** One brief as self-contained HTML lines. */
export function briefLines(brief: Brief, options: { why?: boolean } = {}): string[] {
  const lines: string[] = [];
  if (brief.title && brief.title !== brief.what.text) lines.push(`<b>${escapeHtml(clip(brief.title, 300))}</b>`);
  lines.push(line("What:", brief.what.text));
  if (brief.who.length) lines.push(line("Who:", brief.who.map(whoLabel).join(" · ")));
  if (brief.where.length) lines.push(line("Where:", brief.where.map((w) => w.name).join(" · ")));
  const when = whenLabel(brief.when);
  if (when) lines.push(line("When:", when));
  if (brief.stance.length) {
    lines.push("<b>Stance:</b>");
    for (const s of brief.stance) lines.push(`• ${escapeHtml(clip(stanceLine(s), MAX_LINE))}`);
  }
  const source = sourceLabel({ ...brief.source, url: undefined });
  if (source) lines.push(`<i>${escapeHtml(clip(source, MAX_LINE))}</i>`);
  const link = safeLink(brief.source.url);
  if (link) lines.push(`<a href="${escapeHtml(link).replace(/"/g, "&quot;")}">Read the article</a>`);
  if (brief.confidence === "low") lines.push(`<i>Low confidence: ${escapeHtml(clip(brief.notes.join("; "), 300))}</i>`);
  if (options.why) {
    lines.push("<b>Evidence:</b>");
    for (const c of brief.cited) lines.push(`[${c.sentence}] ${escapeHtml(clip(c.text, MAX_EVIDENCE))}`);
  }
  return lines;
}

/** Lines → messages of at most `limit` characters, breaking only between lines (and between briefs). */
export function pack(blocks: string[][], limit = TELEGRAM_LIMIT): string[] {
  const messages: string[] = [];
  let current = "";
  const flush = () => {
    if (current) messages.push(current);
    current = "";
  };
  blocks.forEach((block, b) => {
    const text = block.join("\n");
    // A brief that fits starts a new message rather than straddling two.
    if (current && current.length + 2 + text.length > limit) flush();
    for (const l of block) {
      const piece = l.length > limit ? `${l.slice(0, limit - 1)}…` : l;
      if (current && current.length + 1 + piece.length > limit) flush();
      current = current ? `${current}\n${piece}` : piece;
    }
    if (b < blocks.length - 1 && current) current += "\n";
  });
  flush();
  return messages;
}

export function replyToTelegram(reply: Reply): string[] {
  if (reply.kind !== "briefs") return pack([[escapeHtml(reply.text)]]);
  const blocks = reply.briefs.map((b) => briefLines(b, { why: reply.why }));
  if (reply.heading) blocks.unshift([`<b>${escapeHtml(reply.heading)}</b>`]);
  return pack(blocks);
}
