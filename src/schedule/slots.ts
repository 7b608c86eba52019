/**
 * Which digests are due: for each subscription, every local day whose delivery instant falls in
 * (from, to] and after the subscription's last change. A pure function of the clock it is given.
 */
import type { OutboxSlot, Subscription } from "../store/store";
import { addDays, localParts, zonedInstant } from "./zoned";

/** A slot later than this after its time is delivered marked late (catch-up after downtime). */
export const LATE_AFTER_MS = 5 * 60_000;

export function dueSlots(subs: Subscription[], from: number, to: number): OutboxSlot[] {
  const out: OutboxSlot[] = [];
  for (const sub of subs) {
    const since = sub.since ? Date.parse(sub.since) : 0;
    // Local dates that can hold an instant in (from, to]: from the day before `from` to `to`'s.
    let date = addDays(localParts(from, sub.timezone).date, -1);
    const last = localParts(to, sub.timezone).date;
    while (date <= last) {
      const due = zonedInstant(date, sub.localTime, sub.timezone);
      if (due > from && due <= to && due >= since) out.push({ platform: sub.platform, chatId: sub.chatId, topic: sub.topic, slotDate: date, dueAt: new Date(due).toISOString(), late: to - due > LATE_AFTER_MS });
      date = addDays(date, 1);
    }
  }
  return out;
}
