/** /digest — today's digest now: the top stories of the last day, one brief per story. */
import { briefStored, DIGEST_SIZE, latestStories } from "../briefs";
import type { Brief } from "../../schema";
import type { Command } from "../types";

export const digestCommand: Command = {
  name: "digest",
  usage: "/digest",
  description: "today's digest now",
  async run(_args, _msg, deps) {
    const stories = await latestStories(deps.store, DIGEST_SIZE);
    const briefs = (await Promise.all(stories.map((a) => briefStored(deps.store, a)))).filter((b): b is Brief => typeof b !== "string");
    if (!briefs.length) return { kind: "text", text: "Nothing new to digest yet." };
    return { kind: "briefs", briefs, heading: `Digest: ${briefs.length} ${briefs.length === 1 ? "story" : "stories"}` };
  },
};
