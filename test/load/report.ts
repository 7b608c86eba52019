/** The load's numbers as the lines printed by the test and the bench. */
import type { LoadResult } from "./scenario";

export function formatLoadReport(r: LoadResult): string {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const mb = (v: number) => `${v.toFixed(0)} MB`;
  const window = r.options.seconds / 6;
  return [
    `Telegram load: ${r.options.chats} private chats (${r.plan.floodingChats.length} flooding) sending /brief for ${r.options.seconds} s to the bot (child process) via the fake Bot API`,
    `  updates ${r.updates} (offered ${r.offeredPerSecond.toFixed(1)}/s), replies ${r.replies}: ${r.briefs} briefs, ${r.refusals} rate-limit refusals, ${r.otherReplies.length} other`,
    `  unanswered ${r.unanswered.length}, answered twice ${r.duplicated.length}, strays ${r.strays}`,
    `  handled ${r.handledPerSecond.toFixed(1)} updates/s; latency getUpdates→reply p50 ${ms(r.latency.p50)}, p99 ${ms(r.latency.p99)}, max ${ms(r.latency.max)}`,
    `  bot RSS median s${window.toFixed(0)}–${(2 * window).toFixed(0)} ${mb(r.rss.startMb)}, last ${window.toFixed(0)} s ${mb(r.rss.endMb)}, peak ${mb(r.rss.peakMb)} (${r.rss.samples.length} samples)`,
    `  bot exit code ${r.botExitCode}, ${r.botFailures.length} failure lines; wall time ${r.wallSeconds.toFixed(1)} s`,
  ].join("\n");
}
