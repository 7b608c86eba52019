/**
 * Brief → plain text for people (the CLI and the console chat). Order: what → who → where/when →
 * stance → source, one line each where it fits.
 */
import type { Brief } from "../schema";

const POSITION: Record<string, string> = { supports: "supports", opposes: "opposes", neutral: "neutral", no_comment: "no comment" };

export function stanceLine(s: Brief["stance"][number]): string {
  const actor = s.as ? `${s.actor} (${s.as})` : s.actor;
  const quote = s.quote ? ` "${s.quote}"` : "";
  const verb = s.verb ? ` (${s.verb})` : "";
  return `${actor}: ${POSITION[s.position]}${quote}${verb}`;
}

export function whoLabel(w: Brief["who"][number]): string {
  return w.role ? `${w.name} (${w.role})` : w.name;
}

export function whenLabel(when: Brief["when"]): string | null {
  if (!when) return null;
  if (when.basis === "published") return `${when.date} (publication date)`;
  if (when.basis === "approximate") return `${when.text} ≈ ${when.date}`;
  return when.date && when.date !== when.text ? `${when.text} = ${when.date}` : when.text;
}

export function sourceLabel(source: Brief["source"]): string | null {
  const parts: string[] = [];
  if (source.publisher) parts.push(source.citing.length ? `${source.publisher}, citing ${source.citing.join(", ")}` : source.publisher);
  else if (source.citing.length) parts.push(`citing ${source.citing.join(", ")}`);
  if (source.published) parts.push(`published ${source.published}`);
  if (source.url) parts.push(source.url);
  return parts.length ? parts.join(" · ") : null;
}

/**
 * The article's link when it is a well-formed http(s) URL, in its normalised form (quotes, angle
 * brackets and spaces percent-encoded), so a platform neither rejects the message nor lets the URL
 * break out of its attribute; anything else (javascript:, malformed) gives no link.
 */
export function safeLink(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function renderText(brief: Brief, options: { why?: boolean } = {}): string {
  const lines: string[] = [];
  if (brief.title && brief.title !== brief.what.text) lines.push(brief.title, "");
  lines.push(`What:  ${brief.what.text}`);
  if (brief.who.length) lines.push(`Who:   ${brief.who.map(whoLabel).join(" · ")}`);
  if (brief.where.length) lines.push(`Where: ${brief.where.map((w) => (w.country && w.country !== w.name ? `${w.name}, ${w.country}` : w.name)).join(" · ")}`);
  const when = whenLabel(brief.when);
  if (when) lines.push(`When:  ${when}`);
  if (brief.stance.length) {
    lines.push("Stance:");
    for (const s of brief.stance) lines.push(`  ${stanceLine(s)}`);
  }
  const source = sourceLabel(brief.source);
  if (source) lines.push(`Source: ${source}`);
  if (brief.confidence === "low") lines.push(`Low confidence: ${brief.notes.join("; ")}`);
  if (options.why) {
    lines.push("", "Evidence:");
    for (const c of brief.cited) lines.push(`  [${c.sentence}] ${c.text}`);
  }
  return lines.join("\n");
}
