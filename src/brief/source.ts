/**
 * Source: who published the story and whom it cites. Outlets are never actors of the story:
 * "Daily.Example reports, citing Wire Agency" → publisher Daily.Example, citing Wire Agency.
 */
import type { Entity } from "./entities";
import type { Doc } from "./sentences";

export interface SourceInfo {
  publisher?: string;
  citing: string[];
}

const REPORTS = /(?:^|[,;]\s*)([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})\s+(?:reports|reported)\b(?:,?\s+citing\s+(?:the\s+)?([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}))?/;

export function findSource(doc: Doc, entities: Entity[], hints: { publisher?: string; signoff?: string | null }): SourceInfo {
  let publisher = hints.publisher?.trim() || undefined;
  const citing: string[] = [];
  for (const s of doc.sentences) {
    const m = REPORTS.exec(s.text);
    if (!m) continue;
    if (!publisher && hints.signoff && m[1] === hints.signoff) publisher = m[1];
    const cited = m[2]?.replace(/[.,;:]+$/, "");
    if (cited && !citing.includes(cited)) citing.push(cited);
  }
  publisher ??= hints.signoff ?? undefined;
  for (const e of entities) {
    if (!e.outlet || e.name === publisher || citing.includes(e.name)) continue;
    if (publisher && e.name.toLowerCase().replace(/[^a-z0-9]/g, "") === publisher.toLowerCase().replace(/[^a-z0-9]/g, "")) continue;
    citing.push(e.name);
  }
  return { publisher, citing };
}
