/** /start and /help — what the bot does and every command, one line each. */
import type { Command } from "../types";

export function helpText(commands: Command[]): string {
  return ["I turn news articles into short briefs: what happened, who, where, when, who stands where, and the source.", "", ...commands.map((c) => `${c.usage} — ${c.description}`)].join("\n");
}

export function startCommand(commands: () => Command[]): Command {
  return { name: "start", usage: "/start", description: "what I do", run: async () => ({ kind: "text", text: helpText(commands()) }) };
}

export function helpCommand(commands: () => Command[]): Command {
  return { name: "help", usage: "/help", description: "the commands", run: async () => ({ kind: "text", text: helpText(commands()) }) };
}
