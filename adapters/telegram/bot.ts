/**
 * The Telegram bot (grammY) over the shared command layer: commands registered with setMyCommands,
 * replies in HTML parse mode, errors handled as api.ts says, admins checked with
 * getChatMember before chat-wide changes in groups and channels. TELEGRAM_API_ROOT points it at
 * another Bot API server (a self-hosted one, or the tests' fake).
 */
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Context, HttpError } from "grammy";
import { ChatRouter } from "../../src/chat/router";
import type { ChatDeps, Incoming } from "../../src/chat/types";
import { replyToTelegram } from "../../src/render/telegram";
import { configureApi } from "./api";

export interface TelegramOptions {
  token: string;
  apiRoot?: string;
  deps: ChatDeps;
  /** Logs go here; the token is never part of a line. */
  log?: (line: string) => void;
}

const ADMIN_STATUSES = new Set(["creator", "administrator"]);

export function createTelegramBot(options: TelegramOptions): { bot: Bot; router: () => ChatRouter } {
  const bot = new Bot(options.token, { client: { ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) } });
  configureApi(bot.api, options.token, { attempts: 3, baseDelayMs: 500, resendAfterReset: true });
  let router: ChatRouter | undefined;
  const getRouter = () => (router ??= new ChatRouter(options.deps, undefined, bot.botInfo.username));
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));

  const handle = async (ctx: Context) => {
    const message = ctx.message ?? ctx.channelPost;
    const text = message?.text ?? message?.caption;
    if (!message || !text || !ctx.chat) return;
    const chatKind = ctx.chat.type === "private" ? "private" : ctx.chat.type === "channel" ? "channel" : "group";
    const reply = message.reply_to_message;
    const incoming: Incoming = {
      platform: "telegram",
      chatId: String(ctx.chat.id),
      userId: String(ctx.from?.id ?? ctx.chat.id),
      chatKind,
      text,
      ...(reply && (reply.text ?? reply.caption) ? { replyTo: reply.text ?? reply.caption } : {}),
      isAdmin: async () => {
        // In a channel, posts come from the channel itself: only admins can post there.
        if (chatKind === "channel") return true;
        if (!ctx.from) return false;
        const member = await ctx.api.getChatMember(ctx.chat!.id, ctx.from.id);
        return ADMIN_STATUSES.has(member.status);
      },
    };
    const answer = await getRouter().handle(incoming);
    if (!answer) return;
    for (const html of replyToTelegram(answer)) {
      await ctx.api.sendMessage(ctx.chat.id, html, { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...(chatKind !== "channel" ? { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } } : {}) });
    }
  };
  // Updates of different chats run concurrently (under @grammyjs/runner); one chat's stay in order.
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  bot.on(["message", "channel_post"], handle);
  bot.catch((err) => {
    const e = err.error;
    const cause = e instanceof HttpError && e.error instanceof Error ? ` (${e.error.message})` : "";
    log(`telegram: update ${err.ctx.update.update_id} failed: ${e instanceof Error ? e.message : String(e)}${cause}`);
  });
  return { bot, router: getRouter };
}

/** Registers the command menu; call once at start-up. */
export async function registerCommands(bot: Bot, router: ChatRouter): Promise<void> {
  await bot.api.setMyCommands(router.commands.map((c) => ({ command: c.name, description: c.description.slice(0, 256) })));
}
