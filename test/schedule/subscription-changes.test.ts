// Subscription changes through the chat commands, with the process restarted in between (the store
// closed and opened again, a new router and scheduler): /subscribe at 09:00 then at 18:00 → only
// the 18:00 digest arrives; /unsubscribe all → nothing more arrives.
import { afterAll, describe, expect, it } from "vitest";
import { ChatRouter } from "../../src/chat/router";
import type { ChatDeps, Incoming } from "../../src/chat/types";
import { ingestInputs } from "../../src/ingest/ingest";
import { SAMPLE_DIR } from "../../src/samples";
import { Scheduler } from "../../src/schedule/scheduler";
import type { Store } from "../../src/store/store";
import { recorder } from "../helpers/digest-recorder";
import { storeTargets } from "../helpers/stores";

const MIN = 60_000;

for (const target of storeTargets()) {
  describe(`subscription changes across restarts: ${target.name}`, () => {
    afterAll(() => target.cleanup());

    it("keeps only the newest time, and nothing after /unsubscribe all", async () => {
      const url = target.newUrl();
      const clock = { t: Date.parse("2026-05-04T06:00:00Z") };
      const rec = recorder();
      /** One process: a store, the command layer and the scheduler, as `npm start` wires them. */
      const boot = async () => {
        const store = await target.open(() => new Date(clock.t), url);
        const deps: ChatDeps = { store, now: () => new Date(clock.t), defaults: { digestTime: "08:00", timezone: "UTC" }, ingestUrl: async () => ({ ok: false, error: "offline" }) };
        const router = new ChatRouter(deps);
        const scheduler = new Scheduler(store, { telegram: rec.sender }, { worker: `w${clock.t}`, now: () => new Date(clock.t) });
        const say = async (text: string) => {
          const msg: Incoming = { platform: "telegram", chatId: "42", userId: "7", chatKind: "private", text, isAdmin: async () => true };
          const reply = await router.handle(msg);
          return reply && "text" in reply ? reply.text : "";
        };
        return { store, say, scheduler };
      };
      const runUntil = async (p: { scheduler: Scheduler }, end: string) => {
        for (; clock.t <= Date.parse(end); clock.t += 5 * MIN) {
          rec.setClock(clock.t);
          await p.scheduler.tick();
        }
      };
      const restart = async (p: { store: Store }) => {
        await p.store.close();
        return boot();
      };

      let p = await boot();
      await ingestInputs(p.store, [SAMPLE_DIR]);
      expect(await p.say("/subscribe at 09:00")).toMatch(/at 09:00/);
      clock.t += MIN;
      expect(await p.say("/subscribe at 18:00")).toMatch(/at 18:00/);
      p = await restart(p);
      expect(await p.say("/subscriptions")).toMatch(/18:00/);
      expect(await p.say("/subscriptions")).not.toMatch(/09:00/);
      await runUntil(p, "2026-05-04T12:00:00Z");
      expect(rec.sent).toHaveLength(0);
      p = await restart(p);
      await runUntil(p, "2026-05-05T06:00:00Z");
      expect(rec.sent).toHaveLength(1);
      expect(rec.sent[0].at).toBeGreaterThanOrEqual(Date.parse("2026-05-04T18:00:00Z"));
      expect(rec.sent[0].at).toBeLessThan(Date.parse("2026-05-04T18:05:00Z"));

      expect(await p.say("/unsubscribe all")).toMatch(/nsubscribed|no longer|stopped/i);
      p = await restart(p);
      expect(await p.say("/subscriptions")).not.toMatch(/18:00/);
      await runUntil(p, "2026-05-07T06:00:00Z");
      expect(rec.sent).toHaveLength(1);
      await p.store.close();
    }, 120_000);
  });
}
