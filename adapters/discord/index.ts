/**
 * Runs the Discord bot until SIGINT/SIGTERM, polling feeds in the background. For many guilds, run
 * this file under discord.js's ShardingManager (one process per shard) with the store on PostgreSQL.
 */
import { liveDeps } from "../../src/chat/deps";
import type { Config } from "../../src/config";
import { startFeedPolling } from "../../src/ingest/poll";
import type { Store } from "../../src/store/store";
import { startScheduler } from "../../src/schedule/run";
import { createDiscordClient } from "./bot";
import { discordDigestSender } from "./digests";

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
  const digests = startScheduler(store, { discord: discordDigestSender(client) });
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
