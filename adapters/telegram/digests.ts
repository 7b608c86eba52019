/**
 * Scheduled digests on Telegram. The Bot API has no idempotency key, so delivery is at most once:
 * an outcome that may have reached the chat (timeout after the request was written, 5xx) is
 * reported as ambiguous and the scheduler never re-sends it.
 */
import { type Api, GrammyError, HttpError } from "grammy";
import { replyToTelegram } from "../../src/render/telegram";
import { type DigestSender, SendError, sendParts } from "../../src/schedule/scheduler";
import { failedBeforeSending, networkCode } from "./api";

export function classifyTelegramError(e: unknown): SendError {
  if (e instanceof GrammyError) {
    const what = `${e.error_code} ${e.description}`;
    if (e.error_code === 403 || /chat not found/i.test(e.description)) return new SendError(what, "gone");
    if (e.error_code === 429) return new SendError(what, "retry");
    return new SendError(what, e.error_code >= 500 ? "ambiguous" : "rejected");
  }
  if (failedBeforeSending(e)) return new SendError(`could not connect to Telegram (${networkCode(e)})`, "retry");
  const detail = e instanceof HttpError && e.error instanceof Error ? `: ${e.error.message}` : "";
  return new SendError(`the request to Telegram failed after it was sent${detail}`, "ambiguous");
}

export function telegramDigestSender(api: Api): DigestSender {
  return (chatId, reply) =>
    sendParts(replyToTelegram(reply), async (html) => String((await api.sendMessage(chatId, html, { parse_mode: "HTML", link_preview_options: { is_disabled: true } })).message_id), classifyTelegramError);
}
