/**
 * /brief — the latest story; /brief <words> — the best stored match; /brief <url> — fetch, store,
 * brief; /brief as a reply — the replied text or link; "why" at the end adds the evidence sentences.
 */
import { brief } from "../../brief/index";
import { briefStored, latestStories } from "../briefs";
import type { Command, Reply } from "../types";

const URL_RE = /\bhttps?:\/\/[^\s<>"]+/i;
const MAX_REPLY_TEXT = 100_000;

export const briefCommand: Command = {
  name: "brief",
  usage: "/brief [words | link] [why]",
  description: "brief the latest story, the best match for your words, or a link (add \"why\" for the evidence)",
  async run(args, msg, deps): Promise<Reply> {
    let rest = args.trim();
    const why = /(^|\s)why$/i.test(rest);
    if (why) rest = rest.replace(/(^|\s)why$/i, "").trim();

    const url = URL_RE.exec(rest)?.[0] ?? (!rest && msg.replyTo ? URL_RE.exec(msg.replyTo)?.[0] : undefined);
    if (url) {
      const stored = await deps.ingestUrl(url);
      if (!stored.ok) return { kind: "text", text: `Could not read that link: ${stored.error}` };
      const article = await deps.store.getArticle(stored.articleId);
      if (!article) return { kind: "text", text: "The link was read but nothing could be stored from it." };
      const b = await briefStored(deps.store, article);
      return typeof b === "string" ? { kind: "text", text: `No brief: ${b}` } : { kind: "briefs", briefs: [b], why };
    }
    if (!rest && msg.replyTo) {
      const r = brief({ id: `reply:${msg.chatId}`, text: msg.replyTo.slice(0, MAX_REPLY_TEXT), published: deps.now().toISOString().slice(0, 10) });
      return r.ok ? { kind: "briefs", briefs: [r.brief], why } : { kind: "text", text: `No brief: ${r.rejection.message}` };
    }
    if (!rest) {
      const [latest] = await latestStories(deps.store, 1);
      if (!latest) return { kind: "text", text: "No articles are stored yet. Add a feed or send /brief with a link." };
      const b = await briefStored(deps.store, latest);
      return typeof b === "string" ? { kind: "text", text: `No brief: ${b}` } : { kind: "briefs", briefs: [b], why };
    }
    const [hit] = await deps.store.search(rest, 1);
    if (!hit) return { kind: "text", text: `Nothing stored matches "${rest.slice(0, 80)}".` };
    const b = await briefStored(deps.store, hit.article);
    return typeof b === "string" ? { kind: "text", text: `No brief: ${b}` } : { kind: "briefs", briefs: [b], why };
  },
};
