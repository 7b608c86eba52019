/** /sources — the feeds the bot reads. */
import type { Command } from "../types";

export const sourcesCommand: Command = {
  name: "sources",
  usage: "/sources",
  description: "the news feeds I read",
  async run(_args, _msg, deps) {
    const feeds = await deps.store.listFeeds();
    if (!feeds.length) return { kind: "text", text: "No feeds yet: the articles come from files and links." };
    return { kind: "text", text: ["I read:", ...feeds.map((f) => `• ${f.title ? `${f.title} — ` : ""}${f.url}${f.last_error ? ` (failing: ${f.last_error})` : ""}`)].join("\n") };
  },
};
