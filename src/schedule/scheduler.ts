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
/**
 * A slot claimed (or being sent) longer than this belongs to a crashed worker: a claimed one is
 * retried (nothing went out), a sending one becomes "unknown" (something may have).
 */
export const STALE_CLAIM_MS = 10 * 60_000;
const MAX_ATTEMPTS = 5;

/**
 * What a failed send means for the subscriber, which decides what the scheduler may do next:
 * - gone: the chat blocked the bot or no longer exists → the subscription ends;
 * - retry: nothing reached the platform (connection refused, DNS, TLS, 429) → sent again later;
 * - ambiguous: the platform may have it (timeout after the request was written, 5xx, a part of the
 *   digest already delivered) → recorded as unknown and never re-sent (at most once);
 * - rejected: the platform refused this message (other 4xx) → failed, not retried.
 */
export type SendOutcome = "gone" | "retry" | "ambiguous" | "rejected";

export class SendError extends Error {
  constructor(message: string, readonly outcome: SendOutcome) {
    super(message);
  }
}

/** System error codes of a connection that never opened (TLS handshakes included): nothing was sent. */
const NOT_CONNECTED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EPROTO"]);

/** Whether a network error code means the request never left: a resend cannot duplicate it. */
export function failedToConnect(code: string | undefined): boolean {
  return code !== undefined && (NOT_CONNECTED.has(code) || /CERT|SSL|TLS/.test(code));
}

/**
 * Sends a digest to one chat on one platform; returns the platform's message ids. `key` is stable
 * for the slot, for platforms that deduplicate retried sends by a client key (Discord's nonce).
 */
export type DigestSender = (chatId: string, reply: Reply, key: string) => Promise<string[]>;

/**
 * Sends the parts of one digest in order. Once a part has arrived, resending the digest would
 * repeat it, so any later failure (other than the chat being gone) counts as ambiguous.
 */
export async function sendParts<T>(parts: T[], sendOne: (part: T, index: number) => Promise<string>, classify: (e: unknown) => SendError): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, part] of parts.entries()) {
    try {
      ids.push(await sendOne(part, i));
    } catch (e) {
      const err = classify(e);
      if (ids.length && (err.outcome === "retry" || err.outcome === "rejected")) throw new SendError(`${err.message} (after ${ids.length} of ${parts.length} parts)`, "ambiguous");
      throw err;
    }
  }
  return ids;
}

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
    for (const slot of await this.store.expireSending(now, STALE_CLAIM_MS)) this.options.log?.(`digest: ${slot.platform} chat ${slot.chatId}, ${slot.slotDate}: a worker stopped while sending it; delivery unknown, not re-sent`);
    for (;;) {
      const batch = await this.store.claimDue(this.options.worker, now, 50, STALE_CLAIM_MS);
      if (!batch.length) break;
      for (const row of batch) await this.deliver(row, now, result);
    }
    return result;
  }

  private async deliver(row: OutboxRow, now: Date, result: TickResult): Promise<void> {
    const send = this.senders[row.platform];
    const retryAt = row.attempts < MAX_ATTEMPTS ? new Date(now.getTime() + 2 ** row.attempts * 60_000) : null;
    let briefs: Brief[];
    try {
      if (!send) throw new Error(`no sender for ${row.platform}`);
      briefs = await this.digestFor(row);
    } catch (e) {
      // Nothing went out yet: safe to try again.
      await this.store.markFailed(row, (e as Error).message, retryAt);
      result.failed++;
      return;
    }
    if (!briefs.length) {
      // An empty day sends nothing; the slot is still done.
      await this.store.markSent(row, [], now);
      result.empty++;
      return;
    }
    const heading = `Your ${row.topic === "all" ? "" : `"${row.topic}" `}digest for ${row.slotDate}${row.late ? " (late: the bot was down at the usual time)" : ""}`;
    await this.store.markSending(row, now);
    try {
      const ids = await send!(row.chatId, { kind: "briefs", briefs, heading }, `${row.platform}:${row.chatId}:${row.topic}:${row.slotDate}`);
      await this.store.markSent(row, ids, now);
      result.sent++;
      return;
    } catch (e) {
      // An error that is not a SendError was not classified by the sender: it may have gone out.
      const err = e instanceof SendError ? e : new SendError((e as Error).message, "ambiguous");
      const where = `${row.platform} chat ${row.chatId}`;
      result.failed++;
      switch (err.outcome) {
        case "gone":
          await this.store.unsubscribe(row.platform, row.chatId, row.topic);
          await this.store.markFailed(row, err.message, null);
          this.options.log?.(`digest: ${where} is gone (${err.message}); its subscription is deactivated`);
          return;
        case "ambiguous":
          await this.store.markUnknown(row, err.message, now);
          this.options.log?.(`digest: ${where}, ${row.slotDate}: delivery unknown (${err.message}); not re-sent, so it cannot arrive twice`);
          return;
        case "retry":
          await this.store.markFailed(row, err.message, retryAt);
          return;
        case "rejected":
          await this.store.markFailed(row, err.message, null);
          this.options.log?.(`digest: ${where}, ${row.slotDate}: refused (${err.message})`);
          return;
      }
    }
  }
}
