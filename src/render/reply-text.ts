/** A command Reply → plain text, for the console (and any text-only surface). */
import type { Reply } from "../chat/types";
import { renderText } from "./text";

export function replyToText(reply: Reply): string {
  if (reply.kind !== "briefs") return reply.text;
  const parts = reply.briefs.map((b) => renderText(b, { why: reply.why }));
  return [...(reply.heading ? [reply.heading, ""] : []), parts.join("\n\n────────\n\n")].join("\n");
}
