/**
 * Runs the Discord bot until SIGINT/SIGTERM, polling feeds in the background. For many guilds, run
 * this file under discord.js's ShardingManager (one process per shard) with the store on PostgreSQL.
 */
import { liveDeps } from "../../src/chat/deps";
import type { Config } from "../../src/config";
import { startFeedPolling } from "../../src/ingest/poll";
import type { Store } from "../../src/store/store";
import { DiscordAPIError } from "discord.js";
import { replyToDiscord } from "../../src/render/discord";
import { SendError } from "../../src/schedule/scheduler";
import { startScheduler } from "../../src/schedule/run";
import { createDiscordClient } from "./bot";

export async function runDiscord(store: Store, config: Config & { DISCORD_TOKEN: string }): Promise<void> {
  const client = createDiscordClient({ deps: liveDeps(store, { digestTime: config.DIGEST_DEFAULT_TIME, timezone: config.DIGEST_TIMEZONE }), api: config.DISCORD_API_BASE });
  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (e) {
    // discord.js names the failure ("An invalid token was provided."); the token itself never goes out.
    throw new Error(`Discord login failed: ${(e as Error).message.replaceAll(config.DISCORD_TOKEN, "***")} (check DISCORD_TOKEN)`);
  }
  for (const url of config.FEEDS) await store.addFeed(url);
  const polling = startFeedPolling(store, config.FEED_POLL_MINUTES);
  // Scheduled digests: Unknown Channel (10003) and Missing Access (50001) end the subscription.
  const digests = startScheduler(store, {
    discord: async (channelId, reply) => {
      try {
        const channel = await client.channels.fetch(channelId);
        if (!channel?.isSendable()) throw new SendError("the channel cannot receive messages", true);
        const ids: string[] = [];
        for (const m of replyToDiscord(reply)) ids.push((await channel.send({ ...(m.content ? { content: m.content } : {}), embeds: m.embeds, allowedMentions: { parse: [] } })).id);
        return ids;
      } catch (e) {
        if (e instanceof SendError) throw e;
        const gone = e instanceof DiscordAPIError && (e.code === 10003 || e.code === 50001);
        throw new SendError(e instanceof DiscordAPIError ? `${e.code} ${e.message}` : "could not reach Discord", gone);
      }
    },
  });
  process.stdout.write(`briefbot is running on Discord as ${client.user?.tag ?? "the bot"} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await digests.stop();
  await client.destroy();
  await polling.stop();
  process.stdout.write("stopped\n");
}
