/**
 * The digest scheduler: each tick (node-cron, every minute) puts due slots into the outbox, whose
 * unique key (platform, chat, topic, local date) makes a second delivery impossible, then claims,
 * renders, sends and marks them. Several instances may tick against one PostgreSQL store.
 */
import { briefStored, DIGEST_SIZE, latestStories } from "../chat/briefs";
import type { Reply } from "../chat/types";
import type { Brief } from "../schema";
import type { OutboxRow, Store, StoredArticle, Subscription } from "../store/store";
import { dueSlots } from "./slots";

/** After downtime, slots of the last day and a half are caught up (each once); older ones are dropped. */
export const CATCH_UP_MS = 36 * 3_600_000;
/** A claim older than this belongs to a crashed worker and is retried (the at-most-one-duplicate window). */
export const STALE_CLAIM_MS = 10 * 60_000;
const MAX_ATTEMPTS = 5;

export class SendError extends Error {
  /** True when retrying cannot help: the chat blocked the bot or no longer exists. */
  constructor(message: string, readonly permanent: boolean) {
    super(message);
  }
}

/** Sends a digest to one chat on one platform; returns the platform's message ids. */
export type DigestSender = (chatId: string, reply: Reply) => Promise<string[]>;

export interface TickResult {
  enqueued: number;
  sent: number;
  empty: number;
  failed: number;
}

export class Scheduler {
  private lastTick: number | null = null;

  constructor(
    private readonly store: Store,
    private readonly senders: Partial<Record<string, DigestSender>>,
    private readonly options: { worker: string; now: () => Date; log?: (line: string) => void },
  ) {}

  /** The digest a subscription gets now: the newest stories since its last digest, one per story. */
  // Within one tick thousands of chats share topics and stories: read each pool and brief once.
  private pools = new Map<string, Promise<StoredArticle[]>>();
  private briefs = new Map<string, Promise<Brief | string>>();

  async digestFor(sub: Pick<Subscription, "platform" | "chatId" | "topic">): Promise<Brief[]> {
    const since = (await this.store.lastSentAt(sub.platform, sub.chatId, sub.topic)) ?? "";
    let poolRead = this.pools.get(sub.topic);
    if (!poolRead) {
      poolRead = sub.topic === "all" ? latestStories(this.store, DIGEST_SIZE * 3) : this.store.search(sub.topic, DIGEST_SIZE * 3).then((hits) => hits.map((h) => h.article));
      this.pools.set(sub.topic, poolRead);
    }
    const pool = await poolRead;
    const seen = new Set<string>();
    const briefs: Brief[] = [];
    for (const a of pool) {
      if (a.ingested_at <= since || seen.has(a.story_id)) continue;
      seen.add(a.story_id);
      let made = this.briefs.get(a.id);
      if (!made) this.briefs.set(a.id, (made = briefStored(this.store, a)));
      const b = await made;
      if (typeof b !== "string") briefs.push(b);
      if (briefs.length === DIGEST_SIZE) break;
    }
    return briefs;
  }

  async tick(): Promise<TickResult> {
    this.pools.clear();
    this.briefs.clear();
    const now = this.options.now();
    const to = now.getTime();
    const from = Math.max(to - CATCH_UP_MS, this.lastTick ?? 0);
    const slots = dueSlots(await this.store.activeSubscriptions(), from === to ? to - 60_000 : from, to);
    const enqueued = await this.store.enqueueSlots(slots);
    this.lastTick = to;
    const result: TickResult = { enqueued, sent: 0, empty: 0, failed: 0 };
    for (;;) {
      const batch = await this.store.claimDue(this.options.worker, now, 50, STALE_CLAIM_MS);
      if (!batch.length) break;
      for (const row of batch) await this.deliver(row, now, result);
    }
    return result;
  }

  private async deliver(row: OutboxRow, now: Date, result: TickResult): Promise<void> {
    const send = this.senders[row.platform];
    if (!send) {
      await this.store.markFailed(row, `no sender for ${row.platform}`, new Date(now.getTime() + 60_000));
      return;
    }
    try {
      const briefs = await this.digestFor(row);
      if (!briefs.length) {
        // An empty day sends nothing; the slot is still done.
        await this.store.markSent(row, [], now);
        result.empty++;
        return;
      }
      const heading = `Your ${row.topic === "all" ? "" : `"${row.topic}" `}digest for ${row.slotDate}${row.late ? " (late: the bot was down at the usual time)" : ""}`;
      const ids = await send(row.chatId, { kind: "briefs", briefs, heading });
      await this.store.markSent(row, ids, now);
      result.sent++;
    } catch (e) {
      const err = e as Error;
      const permanent = e instanceof SendError && e.permanent;
      if (permanent) {
        await this.store.unsubscribe(row.platform, row.chatId, row.topic);
        this.options.log?.(`digest: ${row.platform} chat ${row.chatId} is gone (${err.message}); its subscription is deactivated`);
      }
      const retry = !permanent && row.attempts < MAX_ATTEMPTS ? new Date(now.getTime() + 2 ** row.attempts * 60_000) : null;
      await this.store.markFailed(row, err.message, retry);
      result.failed++;
    }
  }
}
