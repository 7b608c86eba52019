/**
 * The command layer's contracts, shared by every adapter (console, Telegram, Discord): an incoming
 * message with what the platform knows about its chat, and replies the adapter renders its own way.
 */
import type { Brief } from "../schema";
import type { Store } from "../store/store";

export type Platform = "console" | "telegram" | "discord";

export interface Incoming {
  platform: Platform;
  chatId: string;
  userId: string;
  chatKind: "private" | "group" | "channel";
  text: string;
  /** The message this one replies to, when it is a reply ("/brief" on a message with a link). */
  replyTo?: string;
  /** Whether the sender may change the chat's subscriptions (the adapter asks the platform). */
  isAdmin(): Promise<boolean>;
}

export type Reply =
  | { kind: "briefs"; briefs: Brief[]; why?: boolean; heading?: string }
  | { kind: "text"; text: string }
  | { kind: "usage"; text: string }
  | { kind: "refused"; text: string };

export interface ChatDeps {
  store: Store;
  now: () => Date;
  defaults: { digestTime: string; timezone: string };
  /** Fetches and stores an article from a URL (injected so tests stay offline). */
  ingestUrl(url: string): Promise<{ ok: true; articleId: string } | { ok: false; error: string }>;
}

export interface Command {
  name: string;
  usage: string;
  description: string;
  /** Changes chat-wide settings: in groups and channels only admins may run it. */
  adminOnly?: boolean;
  run(args: string, msg: Incoming, deps: ChatDeps): Promise<Reply>;
}
