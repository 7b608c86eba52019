/**
 * The contracts every layer shares. Types are inferred from these schemas, never written twice.
 */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/** An article as stored: raw (possibly messy, scraped) text plus whatever metadata the source gave. */
export const Article = z.object({
  id: z.string().min(1),
  text: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  publisher: z.string().optional(),
  /** Publication date (YYYY-MM-DD or an ISO timestamp); the reference for relative dates. */
  published: z.string().optional(),
});
export type Article = z.infer<typeof Article>;

/** Where a field came from: a sentence of the cleaned text and character offsets into that text. */
export const Evidence = z.object({
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

export const EntityKind = z.enum(["person", "org", "place", "group"]);
export type EntityKind = z.infer<typeof EntityKind>;

export const Who = z.object({
  name: z.string(),
  kind: EntityKind,
  role: z.string().optional(),
  mentions: z.number().int().positive(),
  evidence: Evidence,
});

export const Where = z.object({
  name: z.string(),
  role: z.enum(["event", "mentioned"]),
  /** The country the place lies in, when known ("Paris" → "France"). */
  country: z.string().optional(),
  /**
   * "dateline": the place of a wire dateline ("HOBART, Australia (AP) —") that the text never names
   * again; cleaning removed the dateline from the text, so there is no evidence span.
   */
  basis: z.literal("dateline").optional(),
  evidence: Evidence.optional(),
});

export const When = z.object({
  date: isoDate.optional(),
  text: z.string(),
  /** How the date was found: an explicit or relative expression, or the publication date as a fallback. */
  basis: z.enum(["explicit", "relative", "approximate", "published"]),
  evidence: Evidence.optional(),
});

export const Position = z.enum(["supports", "opposes", "neutral", "no_comment"]);
export type Position = z.infer<typeof Position>;

export const Stance = z.object({
  actor: z.string(),
  position: Position,
  /** The surface form the article used when it differs from the canonical actor ("Beijing" for China). */
  as: z.string().optional(),
  quote: z.string().optional(),
  verb: z.string().optional(),
  evidence: Evidence,
});

export const Source = z.object({
  publisher: z.string().optional(),
  citing: z.array(z.string()),
  published: isoDate.optional(),
  url: z.string().optional(),
});

export const Brief = z.object({
  id: z.string(),
  engineVersion: z.string(),
  articleId: z.string(),
  title: z.string().nullable(),
  what: z.object({ text: z.string().max(200), evidence: Evidence }),
  who: z.array(Who),
  where: z.array(Where),
  when: When.nullable(),
  stance: z.array(Stance),
  source: Source,
  /** "low" when the text is too short, not English, truncated or mostly cruft: read it with care. */
  confidence: z.enum(["normal", "low"]),
  /** Human-readable notes on what the engine did to the input (truncation, language, removed cruft). */
  notes: z.array(z.string()),
  /** The sentences that evidence points to, with their offsets in the cleaned text ("/brief … why"). */
  cited: z.array(z.object({ sentence: z.number().int().nonnegative(), start: z.number().int().nonnegative(), text: z.string() })),
});
export type Brief = z.infer<typeof Brief>;

/** Why an input could not be briefed at all. */
export const RejectionCode = z.enum(["empty", "binary", "no_sentences", "engine_error"]);
export const Rejection = z.object({ code: RejectionCode, message: z.string() });
export type Rejection = z.infer<typeof Rejection>;

export type BriefResult = { ok: true; brief: Brief } | { ok: false; rejection: Rejection };
