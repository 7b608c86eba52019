/**
 * The load's traffic plan: which chat sends which /brief when. Most chats stay under the router's
 * per-chat token bucket (burst 5, 0.5 tokens/s); every tenth chat deliberately floods it.
 */

export interface PlannedMessage {
  /** Milliseconds after the start of the load. */
  atMs: number;
  chatId: number;
  text: string;
}

export interface TrafficPlan {
  messages: PlannedMessage[];
  politeChats: number[];
  floodingChats: number[];
}

// Generic words that each match a bundled sample article, so every accepted /brief yields a brief.
const QUERY_WORDS = ["police", "election", "minister", "council", "president", "officials", "strike", "rescue", "troops", "court", "storm", "funding"];

/**
 * 1 message / 3 s is below the 0.5/s refill, so a polite chat never empties its bucket: its 5-token
 * burst absorbs up to ~12 s of delivery jitter (messages arriving closer together than sent) before
 * a refusal could happen. 2 messages/s is 4× the refill: a flooding chat runs dry within seconds.
 */
export const POLITE_PERIOD_MS = 3000;
export const FLOODING_PERIOD_MS = 500;
const FIRST_CHAT_ID = 700_001;

/** Small seeded PRNG (mulberry32), so every run sends the same plan. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function planTraffic(options: { seconds: number; chats: number; floodEvery?: number; seed?: number }): TrafficPlan {
  const random = seededRandom(options.seed ?? 7);
  const floodEvery = options.floodEvery ?? 10;
  const messages: PlannedMessage[] = [];
  const politeChats: number[] = [];
  const floodingChats: number[] = [];
  for (let i = 0; i < options.chats; i++) {
    const chatId = FIRST_CHAT_ID + i;
    const flooding = i % floodEvery === floodEvery - 1;
    (flooding ? floodingChats : politeChats).push(chatId);
    const period = flooding ? FLOODING_PERIOD_MS : POLITE_PERIOD_MS;
    // A random phase spreads the chats over the period instead of all sending on the same tick.
    for (let at = random() * period; at < options.seconds * 1000; at += period) {
      const words = [QUERY_WORDS[Math.floor(random() * QUERY_WORDS.length)]];
      if (random() < 0.3) words.push(QUERY_WORDS[Math.floor(random() * QUERY_WORDS.length)]);
      messages.push({ atMs: Math.round(at), chatId, text: `/brief ${words.join(" ")}` });
    }
  }
  messages.sort((a, b) => a.atMs - b.atMs);
  return { messages, politeChats, floodingChats };
}
