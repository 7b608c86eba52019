/** node-cron ticks the scheduler every minute; a tick still running makes the next one skip. */
import { hostname } from "node:os";
import cron from "node-cron";
import type { Store } from "../store/store";
import { type DigestSender, Scheduler } from "./scheduler";

export function startScheduler(store: Store, senders: Partial<Record<string, DigestSender>>, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): { stop(): Promise<void> } {
  const scheduler = new Scheduler(store, senders, { worker: `${hostname()}:${process.pid}`, now: () => new Date(), log });
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = scheduler
      .tick()
      .then((r) => (r.sent || r.failed ? log(`digests: ${r.sent} sent, ${r.empty} empty, ${r.failed} failed`) : undefined))
      .catch((e: Error) => log(`digests: tick failed: ${e.message}`))
      .finally(() => (busy = false));
  };
  const task = cron.schedule("* * * * *", tick);
  tick();
  return {
    async stop() {
      await task.stop();
      await running;
    },
  };
}
