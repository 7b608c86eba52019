/** Per-chat token bucket: a chat may send a burst of commands, then one every few seconds. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = -Infinity;

  constructor(
    private readonly burst = 5,
    private readonly refillPerSecond = 0.5,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Takes a token for this chat; false when the chat must wait. */
  take(key: string): boolean {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: t };
    b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) / 1000) * this.refillPerSecond);
    b.at = t;
    const ok = b.tokens >= 1;
    if (ok) b.tokens -= 1;
    this.buckets.set(key, b);
    // Forget idle chats so memory stays flat with many chats; at most one sweep a minute, so a
    // busy bot with more than 10,000 active chats does not scan them all on every command.
    if (this.buckets.size > 10_000 && t - this.lastSweep > 60_000) {
      this.lastSweep = t;
      for (const [k, v] of this.buckets) if (t - v.at > 60_000) this.buckets.delete(k);
    }
    return ok;
  }
}
