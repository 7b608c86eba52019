/**
 * The console chat: the embedded default when no bot token is set. Seeds the store with the sample
 * articles once, polls configured feeds in the background, and answers commands typed at a prompt.
 */
import { createInterface } from "node:readline";
import { liveDeps } from "../../src/chat/deps";
import { ChatRouter } from "../../src/chat/router";
import type { Config } from "../../src/config";
import { ingestInputs } from "../../src/ingest/ingest";
import { startFeedPolling } from "../../src/ingest/poll";
import { startScheduler } from "../../src/schedule/run";
import { replyToText } from "../../src/render/reply-text";
import { SAMPLE_DIR } from "../../src/samples";
import type { Store } from "../../src/store/store";

export async function runConsole(store: Store, config: Config, io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } = { input: process.stdin, output: process.stdout }): Promise<void> {
  const say = (s: string) => io.output.write(`${s}\n`);
  if ((await store.counts()).articles === 0) {
    const seeded = await ingestInputs(store, [SAMPLE_DIR]);
    say(`Seeded the store with ${seeded.filter((o) => o.status === "stored").length} sample articles.`);
  }
  for (const url of config.FEEDS) await store.addFeed(url);
  const polling = (await store.listFeeds()).length ? startFeedPolling(store, config.FEED_POLL_MINUTES) : undefined;

  // /subscribe in the console delivers here, at the chosen local time.
  const digests = startScheduler(store, {
    console: async (_chatId, reply) => {
      say(`\n${replyToText(reply)}`);
      return [];
    },
  });
  const router = new ChatRouter(liveDeps(store, { digestTime: config.DIGEST_DEFAULT_TIME, timezone: config.DIGEST_TIMEZONE }));
  say("briefbot console. Type /help for commands, /quit to leave.");
  const rl = createInterface({ input: io.input, output: io.output, terminal: "isTTY" in io.input && !!(io.input as NodeJS.ReadStream).isTTY, prompt: "briefbot> " });
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === "/quit" || text === "/exit") break;
    if (text) {
      const reply = await router.handle({ platform: "console", chatId: "console", userId: "console", chatKind: "private", text, isAdmin: async () => true });
      say(reply ? replyToText(reply) : "Commands start with /. Try /help, /brief, /brief ukraine, /digest.");
    }
    rl.prompt();
  }
  rl.close();
  await digests.stop();
  await polling?.stop();
  say("Bye.");
}
