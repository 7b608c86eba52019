/**
 * Feed polling: conditional GETs (ETag / Last-Modified), a timeout and size cap per feed, and
 * exponential backoff for failing feeds (1, 2, 4 … minutes, at most 6 hours). Each feed's failure
 * is recorded on the feed and reported; the other feeds are still polled.
 */
import type { Store } from "../store/store";
import { fetchText } from "./fetch";
import { parseFeed } from "./feed";
import { createHash } from "node:crypto";
import { ingestCandidates, type IngestOptions, type IngestOutcome } from "./ingest";

const MAX_BACKOFF_MINUTES = 360;

export interface FeedPoll {
  url: string;
  status: "ok" | "not-modified" | "error" | "backing-off";
  error?: string;
  outcomes: IngestOutcome[];
}

export function backoffUntil(lastPolledAt: string | null, failures: number): number {
  if (!lastPolledAt || failures <= 0) return 0;
  return Date.parse(lastPolledAt) + Math.min(2 ** (failures - 1), MAX_BACKOFF_MINUTES) * 60_000;
}

export async function pollFeeds(store: Store, options: IngestOptions & { now?: () => Date; timeoutMs?: number; maxBytes?: number } = {}): Promise<FeedPoll[]> {
  const now = (options.now ?? (() => new Date()))().getTime();
  const fetcher = options.fetch ?? fetchText;
  const results: FeedPoll[] = [];
  for (const feed of await store.listFeeds()) {
    if (backoffUntil(feed.last_polled_at, feed.failures) > now) {
      results.push({ url: feed.url, status: "backing-off", error: feed.last_error ?? undefined, outcomes: [] });
      continue;
    }
    const res = await fetcher(feed.url, { etag: feed.etag, lastModified: feed.last_modified, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes });
    if (!res.ok) {
      await store.recordPoll(feed.url, { error: res.error });
      results.push({ url: feed.url, status: "error", error: res.error, outcomes: [] });
      continue;
    }
    if ("notModified" in res) {
      await store.recordPoll(feed.url, {});
      results.push({ url: feed.url, status: "not-modified", outcomes: [] });
      continue;
    }
    let parsed: ReturnType<typeof parseFeed>;
    try {
      parsed = parseFeed(res.body);
    } catch (e) {
      await store.recordPoll(feed.url, { error: (e as Error).message });
      results.push({ url: feed.url, status: "error", error: (e as Error).message, outcomes: [] });
      continue;
    }
    const candidates = parsed.items.map((item, i) => ({ source: `${feed.url}#${i + 1}`, article: { ...item, id: createHash("sha256").update(item.id ?? item.url ?? `${feed.url}#${i}`).digest("hex").slice(0, 32) } }));
    const outcomes = await ingestCandidates(store, candidates, options);
    await store.recordPoll(feed.url, { etag: res.etag, lastModified: res.lastModified, title: parsed.title });
    results.push({ url: feed.url, status: "ok", outcomes });
  }
  return results;
}

/**
 * Polls the stored feeds now and every `minutes` until stopped; stop() waits for a poll in flight,
 * so shutting down never cuts an import in half. One loop for every host (console, bots, CLI).
 */
export function startFeedPolling(store: Store, minutes: number, onPoll: (polls: FeedPoll[]) => void = () => {}, options: IngestOptions & { keepAlive?: boolean } = {}): { stop(): Promise<void> } {
  let inFlight: Promise<unknown> = Promise.resolve();
  const poll = () =>
    (inFlight = pollFeeds(store, options)
      .then(onPoll)
      .catch((e: Error) => process.stderr.write(`briefbot: feed poll failed: ${e.message}\n`)));
  poll();
  const timer = setInterval(poll, minutes * 60_000);
  // Inside a bot the chat keeps the process alive; on its own (feeds watch) the loop must.
  if (!options.keepAlive) timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await inFlight;
    },
  };
}
