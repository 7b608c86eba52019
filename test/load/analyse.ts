/** Turns what the fake server saw (updates handed out, messages received) into the load's numbers. */
import type { SentMessage } from "../helpers/fake-telegram";
import { medianRssBetween, type RssSample } from "./rss";

export const REFUSAL_TEXT = "Too many requests";
const BRIEF_MARK = "<b>What:</b>";

export interface ChatTally {
  sent: number;
  briefs: number;
  refusals: number;
}

export interface LoadNumbers {
  updates: number;
  replies: number;
  briefs: number;
  refusals: number;
  /** Replies that are neither a brief nor a refusal (an apology, "nothing matches"): none expected. */
  otherReplies: string[];
  /** User messages without a reply, and those answered more than once. */
  unanswered: number[];
  duplicated: number[];
  /** Messages sent that reply to no user message of the load. */
  strays: number;
  perChat: Map<number, ChatTally>;
  latency: { p50: number; p99: number; max: number };
  /** Replies per second, from the first update handed out to the last reply received. */
  handledPerSecond: number;
  rss: { startMb: number; endMb: number; peakMb: number; samples: RssSample[] };
}

export interface Observed {
  seconds: number;
  /** message_id → chat of every user message the load sent. */
  userMessages: Map<number, number>;
  handedOutAt: ReadonlyMap<number, number>;
  sent: readonly SentMessage[];
  sentAt: readonly number[];
  rss: RssSample[];
}

export function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function analyse(o: Observed): LoadNumbers {
  const perChat = new Map<number, ChatTally>();
  for (const chatId of o.userMessages.values()) {
    const t = perChat.get(chatId) ?? { sent: 0, briefs: 0, refusals: 0 };
    t.sent++;
    perChat.set(chatId, t);
  }
  const replyCount = new Map<number, number>();
  const latencies: number[] = [];
  const otherReplies: string[] = [];
  let briefs = 0;
  let refusals = 0;
  let strays = 0;
  let lastReplyAt = 0;
  o.sent.forEach((m, i) => {
    const to = m.reply_parameters?.message_id;
    const chatId = to === undefined ? undefined : o.userMessages.get(to);
    if (to === undefined || chatId === undefined) return void strays++;
    const n = (replyCount.get(to) ?? 0) + 1;
    replyCount.set(to, n);
    lastReplyAt = Math.max(lastReplyAt, o.sentAt[i]);
    if (n > 1) return; // a duplicate: counted below, not tallied twice
    const handedOut = o.handedOutAt.get(to);
    if (handedOut !== undefined) latencies.push(o.sentAt[i] - handedOut);
    const tally = perChat.get(chatId)!;
    if (m.text.includes(REFUSAL_TEXT)) {
      refusals++;
      tally.refusals++;
    } else if (m.text.includes(BRIEF_MARK)) {
      briefs++;
      tally.briefs++;
    } else otherReplies.push(m.text.slice(0, 200));
  });
  const unanswered = [...o.userMessages.keys()].filter((id) => !replyCount.has(id));
  const duplicated = [...replyCount].filter(([, n]) => n > 1).map(([id]) => id);
  latencies.sort((a, b) => a - b);
  const firstHandedOut = Math.min(...o.handedOutAt.values());
  const replies = o.sent.length - strays;
  // Memory windows scale with the duration: seconds 10–20 and the last 10 s of a 60 s run.
  const window = o.seconds / 6;
  return {
    updates: o.userMessages.size,
    replies,
    briefs,
    refusals,
    otherReplies,
    unanswered,
    duplicated,
    strays,
    perChat,
    latency: { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: latencies.at(-1) ?? Number.NaN },
    handledPerSecond: replies / ((lastReplyAt - firstHandedOut) / 1000),
    rss: {
      startMb: medianRssBetween(o.rss, window, 2 * window),
      endMb: medianRssBetween(o.rss, o.seconds - window, o.seconds + 1),
      peakMb: Math.max(...o.rss.map((s) => s.mb)),
      samples: o.rss,
    },
  };
}
