/** /subscriptions — this chat's digests. */
import type { Command } from "../types";

export const subscriptionsCommand: Command = {
  name: "subscriptions",
  usage: "/subscriptions",
  description: "this chat's daily digests",
  async run(_args, msg, deps) {
    const subs = await deps.store.subscriptions(msg.platform, msg.chatId);
    if (!subs.length) return { kind: "text", text: "No subscriptions here. Try /subscribe all at 08:00 Europe/London" };
    return { kind: "text", text: ["Daily digests here:", ...subs.map((s) => `• ${s.topic === "all" ? "all stories" : `"${s.topic}"`} at ${s.localTime} (${s.timezone})`)].join("\n") };
  },
};
