/**
 * Scheduled digests on Discord. Every part carries a nonce derived from the slot with
 * enforce_nonce, so discord.js's own retries (5xx, timeouts, resets) cannot post it twice: Discord
 * returns the message it already has. What still fails after those retries is ambiguous and is
 * not re-sent (at most once).
 */
import { createHash } from "node:crypto";
import { type Client, DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import { replyToDiscord } from "../../src/render/discord";
import { type DigestSender, failedToConnect, SendError, sendParts } from "../../src/schedule/scheduler";

/** Discord accepts nonces of up to 25 characters. */
export function digestNonce(key: string, part: number): string {
  return createHash("sha256").update(`${key}#${part}`).digest("base64url").slice(0, 25);
}

export function classifyDiscordError(e: unknown): SendError {
  if (e instanceof SendError) return e;
  if (e instanceof DiscordAPIError) {
    const what = `${e.code} ${e.message}`;
    // Unknown Channel, Missing Access: the bot was removed or the channel deleted.
    if (e.code === 10003 || e.code === 50001) return new SendError(what, "gone");
    return new SendError(what, e.status === 429 ? "retry" : "rejected");
  }
  if (e instanceof RateLimitError) return new SendError("rate limited by Discord", "retry");
  if (e instanceof HTTPError) return new SendError(`Discord answered ${e.status} ${e.message}`, "ambiguous");
  const code = (e as { cause?: { code?: string }; code?: string }).cause?.code ?? (e as { code?: string }).code;
  if (failedToConnect(code)) return new SendError(`could not connect to Discord (${code})`, "retry");
  return new SendError(`the request to Discord failed after it was sent (${(e as Error).message})`, "ambiguous");
}

export function discordDigestSender(client: Client): DigestSender {
  return async (channelId, reply, key) => {
    let channel;
    try {
      channel = await client.channels.fetch(channelId);
    } catch (e) {
      // Looking the channel up sends nothing: anything but a gone channel can be tried again.
      const err = classifyDiscordError(e);
      throw err.outcome === "gone" ? err : new SendError(err.message, "retry");
    }
    if (!channel?.isSendable()) throw new SendError("the channel cannot receive messages", "gone");
    const sendable = channel;
    return sendParts(
      replyToDiscord(reply),
      async (m, i) => (await sendable.send({ ...(m.content ? { content: m.content } : {}), embeds: m.embeds, allowedMentions: { parse: [] }, nonce: digestNonce(key, i), enforceNonce: true })).id,
      classifyDiscordError,
    );
  };
}
