/** /subscribe [topic] [at HH:MM] [timezone] — a daily digest for this chat; a new time replaces the old. */
import type { Command } from "../types";

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

export interface SubscribeArgs {
  topic: string;
  time?: string;
  timezone?: string;
}

export function parseSubscribeArgs(args: string): SubscribeArgs | string {
  const words = args.trim().split(/\s+/).filter(Boolean);
  let time: string | undefined;
  let timezone: string | undefined;
  const topic: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.toLowerCase() === "at" && words[i + 1]) {
      const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(words[i + 1]);
      if (!m) return `"${words[i + 1]}" is not a time: use HH:MM, e.g. at 08:30`;
      time = `${m[1].padStart(2, "0")}:${m[2]}`;
      i++;
    } else if (/^[A-Za-z_]+\/[A-Za-z_/+-]+$|^UTC$/.test(w)) {
      if (!isTimeZone(w)) return `"${w}" is not a time zone: use a name such as Europe/London or America/New_York`;
      timezone = w;
    } else topic.push(w);
  }
  return { topic: topic.join(" ").toLowerCase() || "all", time, timezone };
}

export const subscribeCommand: Command = {
  name: "subscribe",
  usage: "/subscribe [topic] [at HH:MM] [Area/City]",
  description: "a daily digest in this chat (topic: words to match, or all)",
  adminOnly: true,
  async run(args, msg, deps) {
    const parsed = parseSubscribeArgs(args);
    if (typeof parsed === "string") return { kind: "usage", text: `${parsed}. Usage: ${this.usage}` };
    const localTime = parsed.time ?? deps.defaults.digestTime;
    const timezone = parsed.timezone ?? deps.defaults.timezone;
    const r = await deps.store.subscribe({ platform: msg.platform, chatId: msg.chatId, topic: parsed.topic, localTime, timezone, createdBy: msg.userId });
    const what = parsed.topic === "all" ? "all stories" : `"${parsed.topic}"`;
    return { kind: "text", text: `${r === "updated" ? "Updated" : "Subscribed"}: a daily digest of ${what} at ${localTime} (${timezone}).` };
  },
};
