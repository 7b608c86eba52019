/**
 * npm run bench:load — the Telegram load scenario of test/load (200 chats sending /brief for 60 s to
 * the bot as a child process, through the fake Bot API on 127.0.0.1), printing its numbers.
 * LOAD_SECONDS and LOAD_CHATS change the duration and the number of chats.
 */
import { formatLoadReport } from "../test/load/report";
import { loadOptionsFromEnv, runTelegramLoad } from "../test/load/scenario";

const result = await runTelegramLoad(loadOptionsFromEnv());
console.log(formatLoadReport(result));
for (const s of result.rss.samples) process.stdout.write(`${s.atS.toFixed(0)}s:${s.mb.toFixed(0)} `);
process.stdout.write("MB\n");
