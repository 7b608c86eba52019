/** /unsubscribe [topic|all] — end one subscription, or all of this chat's. */
import type { Command } from "../types";

export const unsubscribeCommand: Command = {
  name: "unsubscribe",
  usage: "/unsubscribe [topic|all]",
  description: "stop a daily digest (all by default)",
  adminOnly: true,
  async run(args, msg, deps) {
    const topic = args.trim().toLowerCase() || "all";
    const ended = await deps.store.unsubscribe(msg.platform, msg.chatId, topic);
    if (!ended) return { kind: "text", text: topic === "all" ? "This chat has no subscriptions." : `No subscription to "${topic}" here. See /subscriptions.` };
    return { kind: "text", text: `Unsubscribed from ${ended} digest${ended === 1 ? "" : "s"}.` };
  },
};
