/**
 * The command layer: parse → rate-limit → authorise → act. Every adapter hands messages here and
 * renders the Reply; no platform code below this line.
 */
import { briefCommand } from "./commands/brief";
import { digestCommand } from "./commands/digest";
import { helpCommand, startCommand } from "./commands/help";
import { sourcesCommand } from "./commands/sources";
import { subscribeCommand } from "./commands/subscribe";
import { subscriptionsCommand } from "./commands/subscriptions";
import { unsubscribeCommand } from "./commands/unsubscribe";
import { RateLimiter } from "./rate-limit";
import type { ChatDeps, Command, Incoming, Reply } from "./types";

export interface ParsedCommand {
  name: string;
  args: string;
}

/** "/brief@briefbot_bot ukraine why" → { name: "brief", args: "ukraine why" }; null for plain text. */
export function parseCommand(text: string, botUsername?: string): ParsedCommand | null {
  const m = /^\/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m) return null;
  if (m[2] && botUsername && m[2].toLowerCase() !== botUsername.toLowerCase()) return null;
  return { name: m[1].toLowerCase(), args: (m[3] ?? "").trim() };
}

export class ChatRouter {
  readonly commands: Command[];
  private readonly byName: Map<string, Command>;

  constructor(
    private readonly deps: ChatDeps,
    private readonly limiter = new RateLimiter(),
    private readonly botUsername?: string,
  ) {
    const list = (): Command[] => this.commands;
    this.commands = [startCommand(list), helpCommand(list), briefCommand, digestCommand, subscribeCommand, unsubscribeCommand, subscriptionsCommand, sourcesCommand];
    this.byName = new Map(this.commands.map((c) => [c.name, c]));
  }

  /** The reply to a message, or null when it is not for the bot (plain text, another bot's command). */
  async handle(msg: Incoming): Promise<Reply | null> {
    const parsed = parseCommand(msg.text, this.botUsername);
    if (!parsed) return null;
    const command = this.byName.get(parsed.name);
    if (!command) return { kind: "usage", text: `Unknown command /${parsed.name}. Try /help.` };
    if (!this.limiter.take(`${msg.platform}:${msg.chatId}`)) return { kind: "refused", text: "Too many requests from this chat: wait a few seconds and try again." };
    if (command.adminOnly && msg.chatKind !== "private" && !(await msg.isAdmin())) {
      return { kind: "refused", text: `Only admins of this ${msg.chatKind} can use /${command.name}.` };
    }
    try {
      return await command.run(parsed.args, msg, this.deps);
    } catch (e) {
      // The user gets a plain apology; the cause goes to the operator's log, never to the chat.
      process.stderr.write(`briefbot: /${command.name} failed: ${(e as Error).message}\n`);
      return { kind: "text", text: `Sorry, /${command.name} failed. Please try again later.` };
    }
  }
}
