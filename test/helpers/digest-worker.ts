// A scheduler process for the crash test: ticks once at CLOCK and "sends" as a platform does: the
// message arrives (a line in SENT_LOG) and the answer comes back SEND_DELAY_MS later, so a test can
// SIGKILL it between a delivery and its acknowledgement.
import { appendFileSync } from "node:fs";
import { Scheduler } from "../../src/schedule/scheduler";
import { openStore } from "../../src/store/open";

const clock = Date.parse(process.env.CLOCK!);
const store = await openStore(process.env.DB!, { now: () => new Date(clock) });
const scheduler = new Scheduler(store, {
  test: async (chatId) => {
    appendFileSync(process.env.SENT_LOG!, `${chatId}\n`);
    await new Promise((r) => setTimeout(r, Number(process.env.SEND_DELAY_MS ?? 0)));
    return [chatId];
  },
}, { worker: `pid${process.pid}`, now: () => new Date(clock) });
await scheduler.tick();
await store.close();
process.stdout.write("done\n");
