// A scheduler process for the crash test: ticks once at CLOCK, "sends" by appending to SENT_LOG
// after SEND_DELAY_MS, so a test can SIGKILL it in the middle of a fan-out.
import { appendFileSync } from "node:fs";
import { Scheduler } from "../../src/schedule/scheduler";
import { openStore } from "../../src/store/open";

const clock = Date.parse(process.env.CLOCK!);
const store = await openStore(process.env.DB!, { now: () => new Date(clock) });
const scheduler = new Scheduler(store, {
  test: async (chatId) => {
    await new Promise((r) => setTimeout(r, Number(process.env.SEND_DELAY_MS ?? 0)));
    appendFileSync(process.env.SENT_LOG!, `${chatId}\n`);
    return [chatId];
  },
}, { worker: `pid${process.pid}`, now: () => new Date(clock) });
await scheduler.tick();
await store.close();
process.stdout.write("done\n");
