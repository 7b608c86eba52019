/** A digest sender that records what it "sent", when (by the test's clock), and to whom. */
import type { Reply } from "../../src/chat/types";
import type { DigestSender } from "../../src/schedule/scheduler";

export interface Recorded {
  chatId: string;
  heading?: string;
  at: number;
}

export function recorder(): { sent: Recorded[]; setClock(t: number): void; sender: DigestSender } {
  const sent: Recorded[] = [];
  let clock = 0;
  return {
    sent,
    setClock: (t: number) => (clock = t),
    sender: async (chatId: string, reply: Reply) => {
      sent.push({ chatId, heading: reply.kind === "briefs" ? reply.heading : undefined, at: clock });
      return [`m${sent.length}`];
    },
  };
}
