// Load (issue 7): 200 private chats send /brief concurrently for LOAD_SECONDS (default 60) to the real
// bot, a child process long-polling the fake Bot API. Runs apart from the other tests (`npm test`
// runs test/load after the rest), so neither disturbs the other's timing on a 2-core machine.
import { describe, expect, it } from "vitest";
import { formatLoadReport } from "./report";
import { type LoadResult, loadOptionsFromEnv, runTelegramLoad } from "./scenario";

const options = loadOptionsFromEnv();
const BURST = 5;
const REFILL_PER_SECOND = 0.5;
/**
 * Memory is "flat" when the median RSS of the last sixth of the run is at most 40 MB above that of the
 * second sixth (seconds 10–20 of 60). Measured here, the bot's RSS is a GC sawtooth: it climbs ~0.5 MB/s
 * and drops ~15 MB at each major collection, so two 10-s medians differ by up to ~10 MB without any leak;
 * 40 MB leaves room for a machine where GC runs later, while a leak of 1 MB/s (keeping ~10 KB per
 * update at 100 updates/s, e.g. every reply with its update) adds 40 MB between the windows and fails.
 */
const RSS_GROWTH_LIMIT_MB = 40;

describe("Telegram bot under load", () => {
  let result: LoadResult;

  it(`answers every /brief of ${options.chats} chats over ${options.seconds} s exactly once`, async () => {
    result = await runTelegramLoad(options);
    console.log(formatLoadReport(result));
    expect(result.botExitCode).toBe(0);
    expect(result.botFailures).toEqual([]);
    expect(result.unanswered).toEqual([]);
    expect(result.duplicated).toEqual([]);
    expect(result.strays).toBe(0);
    expect(result.replies).toBe(result.updates);
    expect(result.otherReplies).toEqual([]);
  }, options.seconds * 1000 + 120_000);

  it("refuses only the chats that exceed the per-chat rate limit, and only beyond it", () => {
    expect(result, "the load did not run").toBeDefined();
    for (const chatId of result.plan.politeChats) {
      const tally = result.perChat.get(chatId)!;
      expect({ chatId, ...tally }).toEqual({ chatId, sent: tally.sent, briefs: tally.sent, refusals: 0 });
    }
    // A flooding chat gets its burst, then the refill over the run (plus a few seconds of delivery spread).
    const mostBriefs = BURST + REFILL_PER_SECOND * (options.seconds + 10);
    for (const chatId of result.plan.floodingChats) {
      const tally = result.perChat.get(chatId)!;
      expect(tally.refusals, `chat ${chatId}`).toBeGreaterThan(0);
      expect(tally.briefs, `chat ${chatId}`).toBeGreaterThanOrEqual(BURST);
      expect(tally.briefs, `chat ${chatId}`).toBeLessThanOrEqual(mostBriefs);
      expect(tally.briefs + tally.refusals).toBe(tally.sent);
    }
  });

  it("keeps the bot's memory flat", () => {
    expect(result, "the load did not run").toBeDefined();
    expect(result.rss.samples.length).toBeGreaterThanOrEqual(options.seconds - 2);
    expect(result.rss.endMb - result.rss.startMb).toBeLessThanOrEqual(RSS_GROWTH_LIMIT_MB);
  });
});
