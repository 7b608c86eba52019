/**
 * Brief → Discord embeds within Discord's limits (title 256, description 4096, 25 fields of
 * 1024, 6000 characters per message, 10 embeds), markdown in article text escaped. Mentions are
 * disabled where messages are sent (allowedMentions: none); escaping keeps them from even looking live.
 */
import type { Reply } from "../chat/types";
import type { Brief } from "../schema";
import { safeLink, sourceLabel, stanceLine, whenLabel, whoLabel } from "./text";

export const LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, total: 6000, embeds: 10 } as const;

export interface Embed {
  title?: string;
  description?: string;
  url?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}

/** Markdown and mention syntax made inert: "*", "_", "`", "~", "|", "[", line-start "#", ">", "-", and "@". */
export function escapeDiscord(s: string): string {
  return neutraliseMentions(s.replace(/[\\*_`~|[\]]/g, (c) => `\\${c}`).replace(/^([#>-])/gm, "\\$1"));
}

/** For text Discord shows without markdown (footers): only mentions are broken, by a zero-width space. */
export function neutraliseMentions(s: string): string {
  return s.replace(/@/g, "@\u200b").replace(/<(@[!&]?|#)(\d+)>/g, "<$1\u200b$2>");
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function size(e: Embed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((a, f) => a + f.name.length + f.value.length, 0);
}

export function briefEmbed(brief: Brief, options: { why?: boolean } = {}): Embed {
  const fields: NonNullable<Embed["fields"]> = [];
  const field = (name: string, value: string) => value && fields.length < LIMITS.fields && fields.push({ name, value: clip(escapeDiscord(value), LIMITS.fieldValue) });
  if (brief.who.length) field("Who", brief.who.map(whoLabel).join(" · "));
  if (brief.where.length) field("Where", brief.where.map((w) => w.name).join(" · "));
  const when = whenLabel(brief.when);
  if (when) field("When", when);
  if (brief.stance.length) field("Stance", brief.stance.map(stanceLine).join("\n"));
  if (options.why) field("Evidence", brief.cited.map((c) => `[${c.sentence}] ${c.text}`).join("\n"));
  const source = sourceLabel({ ...brief.source, url: undefined });
  const embed: Embed = {
    title: clip(escapeDiscord(brief.title ?? brief.what.text), LIMITS.title),
    description: clip(escapeDiscord(brief.what.text), LIMITS.description),
    ...(safeLink(brief.source.url) ? { url: safeLink(brief.source.url) } : {}),
    fields,
    ...(source || brief.confidence === "low" ? { footer: { text: clip(neutraliseMentions([source, brief.confidence === "low" ? "low confidence" : ""].filter(Boolean).join(" · ")), 2048) } } : {}),
  };
  // Keep the whole embed under the per-message total by trimming the longest field.
  while (size(embed) > LIMITS.total && embed.fields?.length) {
    const longest = embed.fields.reduce((a, f) => (f.value.length > a.value.length ? f : a));
    longest.value = clip(longest.value, Math.max(16, longest.value.length - (size(embed) - LIMITS.total) - 1));
  }
  return embed;
}

/** A reply as messages: each a text or a list of embeds that together fit one Discord message. */
export function replyToDiscord(reply: Reply): { content?: string; embeds: Embed[] }[] {
  if (reply.kind !== "briefs") return [{ content: clip(escapeDiscord(reply.text), 2000), embeds: [] }];
  const messages: { content?: string; embeds: Embed[] }[] = [];
  let current: Embed[] = [];
  let total = 0;
  for (const e of reply.briefs.map((b) => briefEmbed(b, { why: reply.why }))) {
    if (current.length && (current.length === LIMITS.embeds || total + size(e) > LIMITS.total)) {
      messages.push({ embeds: current });
      current = [];
      total = 0;
    }
    current.push(e);
    total += size(e);
  }
  if (current.length) messages.push({ embeds: current });
  if (reply.heading && messages[0]) messages[0].content = escapeDiscord(reply.heading);
  return messages;
}
