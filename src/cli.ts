/**
 * The briefbot command line: `npm run -s briefbot -- <command>`.
 *   brief FILE [--json] [--date YYYY-MM-DD] [--why]   brief one article file
 *   eval-5w ARTICLES.jsonl [--out FILE]               5W predictions in the scorer's format
 *   brief --query Q [--json] [--db URL]               brief the best stored match
 *   ingest PATH|URL... [--db URL]                     store files, folders, JSONL, feeds, pages
 *   feeds add|list|remove|poll                        manage and poll stored RSS/Atom feeds
 *   list [--json] [--limit N] [--db URL]              the latest stored articles
 *   start                                             briefs of the bundled sample articles
 */
import { writeFileSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import type { Article, BriefResult } from "./schema";
import { ENGINE_VERSION } from "./brief/version";
import type { Predictions } from "./eval/predict";
import { loadArticleFile } from "./ingest/file";
import { renderText } from "./render/text";
import { type Config, loadConfig } from "./config";
import { ingestInputs, type IngestOutcome } from "./ingest/ingest";
import { type FeedPoll, pollFeeds, startFeedPolling } from "./ingest/poll";
import { configSecrets, redactProcessOutput } from "./secrets";
import { openStore, redactUrl } from "./store/open";
import type { Store } from "./store/store";

function isoDateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError(`"${value}" is not a date; use YYYY-MM-DD, e.g. --date 2026-01-07`);
  }
  return value;
}

function fail(message: string, code = 2): never {
  process.stderr.write(`briefbot: ${message}\n`);
  process.exit(code);
}

const program = new Command()
  .name("briefbot")
  .description("Short, deterministic news briefs")
  .version(ENGINE_VERSION, "-v, --version", "print the brief engine version");

/** The validated configuration, or a one-line error naming the variable and exit 2. */
function configOrFail(): Config {
  try {
    return loadConfig();
  } catch (e) {
    fail((e as Error).message);
  }
}

async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const url = db ?? configOrFail().DATABASE_URL;
  let store: Store;
  try {
    store = await openStore(url);
  } catch (e) {
    fail((e as Error).message.replaceAll(url, redactUrl(url)));
  }
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function printBrief(result: BriefResult, label: string, opts: { json?: boolean; why?: boolean }): void {
  if (!result.ok) {
    if (opts.json) process.stdout.write(`${JSON.stringify({ error: result.rejection }, null, 2)}\n`);
    fail(`${label}: ${result.rejection.message}`);
  }
  process.stdout.write(opts.json ? `${JSON.stringify(result.brief, null, 2)}\n` : `${renderText(result.brief, { why: opts.why })}\n`);
}

program
  .command("brief")
  .description("brief one article file (.txt, .md, .html, .json), or the best stored match for --query")
  .argument("[file]", "the article file")
  .option("--json", "print the Brief as JSON instead of text")
  .option("--date <YYYY-MM-DD>", "publication date (the reference for 'Tuesday', 'yesterday')", isoDateOption)
  .option("--why", "also print the evidence sentences")
  .option("--query <words>", "brief the stored article that best matches these words")
  .option("--db <url>", "the store: sqlite:PATH, a file path or postgres://… (default: DATABASE_URL)")
  .action(async (file: string | undefined, opts: { json?: boolean; date?: string; why?: boolean; query?: string; db?: string }) => {
    if (opts.query !== undefined) {
      await withStore(opts.db, async (store) => {
        const [hit] = await store.search(opts.query!, 1);
        if (!hit) fail(`nothing stored matches "${opts.query}" (ingest articles first: briefbot ingest PATH)`, 1);
        const a = hit.article;
        // Briefs are cached per engine version: a new engine re-briefs lazily, on first request.
        const cached = opts.date ? undefined : await store.getBrief(a.id, ENGINE_VERSION);
        if (cached) return printBrief({ ok: true, brief: cached }, a.id, opts);
        const article: Article = { id: a.id, text: a.text, ...(a.title ? { title: a.title } : {}), ...(a.url ? { url: a.url } : {}), ...(a.publisher ? { publisher: a.publisher } : {}), ...(opts.date ?? a.published ? { published: opts.date ?? a.published! } : {}) };
        const { brief } = await import("./brief/index");
        const result = brief(article);
        if (result.ok && !opts.date) await store.putBrief(result.brief);
        printBrief(result, a.id, opts);
      });
      return;
    }
    if (!file) fail("give an article FILE, or --query WORDS to brief a stored article");
    const loaded = await loadArticleFile(file, { date: opts.date });
    if (!loaded.ok) fail(loaded.error);
    const { brief } = await import("./brief/index");
    printBrief(brief(loaded.article), file, opts);
  });

function outcomeLine(o: IngestOutcome): string {
  if (o.status === "stored") return `stored          ${o.source}${o.title ? `  "${o.title}"` : ""}`;
  if (o.status === "duplicate") return `duplicate       ${o.source}  (${o.reason} as ${o.of})`;
  if (o.status === "near-duplicate") return `near-duplicate  ${o.source}  of ${o.of} (${o.reason})`;
  return `rejected        ${o.source}: ${o.reason}`;
}

/**
 * One line per article for small imports; a progress line (every 1,000) for large ones. Lines are
 * written once their batch has committed, in one write: a line is never printed for an article
 * that is not stored yet, and a reader of the output sees a batch whole.
 */
function reporter(quiet: boolean) {
  let n = 0;
  const counts: Record<string, number> = {};
  let pending = "";
  return {
    onOutcome(o: IngestOutcome) {
      n++;
      counts[o.status] = (counts[o.status] ?? 0) + 1;
      if (!quiet || o.status === "rejected") pending += `${outcomeLine(o)}\n`;
      if (quiet && n % 1000 === 0) process.stderr.write(`… ${n} processed (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")})\n`);
    },
    onCommit() {
      if (pending) process.stdout.write(pending);
      pending = "";
    },
    summary: () => `${n} processed: ${["stored", "duplicate", "near-duplicate", "rejected"].map((k) => `${counts[k] ?? 0} ${k}`).join(", ")}`,
  };
}

program
  .command("ingest")
  .description("store articles from files, folders, .jsonl, RSS/Atom feeds (file or URL) and article pages")
  .argument("<inputs...>", "paths and URLs")
  .option("--db <url>", "the store (default: DATABASE_URL, else ./data/briefbot.sqlite)")
  .option("--quiet", "only rejected items and a progress line every 1,000")
  .option("--brief", "also brief each stored article now and cache the brief (the bot then answers from the cache)")
  .option("--workers <n>", "with --brief: brief large imports (200+ items) in N worker threads (default 1 on 2+ cores; 0: all in this thread); each further one costs ~100 MB", (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 64) fail(`--workers takes a whole number of threads (0-64), not "${v}"`);
    return n;
  })
  .action(async (inputs: string[], opts: { db?: string; quiet?: boolean; brief?: boolean; workers?: number }) => {
    await withStore(opts.db, async (store) => {
      const r = reporter(!!opts.quiet);
      await ingestInputs(store, inputs, { onOutcome: r.onOutcome, onCommit: r.onCommit, brief: !!opts.brief, ...(opts.workers !== undefined ? { workers: opts.workers } : {}) });
      const c = await store.counts();
      process.stdout.write(`${r.summary()}; the store holds ${c.articles} articles in ${c.stories} stories\n`);
    });
  });

const feeds = program.command("feeds").description("RSS/Atom feeds the bot polls");
feeds
  .command("add")
  .argument("<url>", "feed URL")
  .option("--db <url>", "the store")
  .action(async (url: string, opts: { db?: string }) => {
    if (!/^https?:\/\//i.test(url)) fail(`"${url}" is not an http(s) URL`);
    await withStore(opts.db, async (store) => process.stdout.write(`${(await store.addFeed(url)) === "added" ? "added" : "already there"}: ${url}\n`));
  });
feeds
  .command("list")
  .option("--db <url>", "the store")
  .option("--json", "as JSON")
  .action(async (opts: { db?: string; json?: boolean }) => {
    await withStore(opts.db, async (store) => {
      const list = await store.listFeeds();
      if (opts.json) process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      else if (!list.length) process.stdout.write("no feeds yet: briefbot feeds add URL\n");
      else for (const f of list) process.stdout.write(`${f.url}${f.title ? `  "${f.title}"` : ""}  last polled ${f.last_polled_at ?? "never"}${f.last_error ? `  last error: ${f.last_error} (${f.failures}×)` : ""}\n`);
    });
  });
feeds
  .command("remove")
  .argument("<url>", "feed URL")
  .option("--db <url>", "the store")
  .action(async (url: string, opts: { db?: string }) => {
    await withStore(opts.db, async (store) => process.stdout.write(`${(await store.removeFeed(url)) ? "removed" : "not a stored feed"}: ${url}\n`));
  });
feeds
  .command("poll")
  .description("fetch every stored feed once and store new items")
  .option("--db <url>", "the store")
  .action(async (opts: { db?: string }) => {
    await withStore(opts.db, async (store) => {
      const r = reporter(false);
      for (const p of await pollFeeds(store, { onOutcome: r.onOutcome, onCommit: r.onCommit })) if (p.status !== "ok") process.stdout.write(`${p.status.padEnd(15)} ${p.url}${p.error ? `: ${p.error}` : ""}\n`);
      process.stdout.write(`${r.summary()}\n`);
    });
  });

feeds
  .command("watch")
  .description("poll the stored feeds (and FEEDS from the environment) every FEED_POLL_MINUTES until stopped")
  .option("--db <url>", "the store")
  .action(async (opts: { db?: string }) => {
    const config = configOrFail();
    await withStore(opts.db, async (store) => {
      for (const url of config.FEEDS) await store.addFeed(url);
      const report = (polls: FeedPoll[]) => {
        const stored = polls.flatMap((p) => p.outcomes).filter((o) => o.status === "stored").length;
        const failed = polls.filter((p) => p.status === "error").map((p) => `${p.url}: ${p.error}`);
        process.stdout.write(`${new Date().toISOString()} polled ${polls.length} feed(s), ${stored} new article(s)${failed.length ? `; failed: ${failed.join("; ")}` : ""}\n`);
      };
      const polling = startFeedPolling(store, config.FEED_POLL_MINUTES, report, { keepAlive: true });
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await polling.stop();
      process.stdout.write("stopped polling\n");
    });
  });

program
  .command("digest")
  .description("render a chat's digest now (what its next scheduled digest would hold)")
  .requiredOption("--chat <id>", "the chat or channel id")
  .option("--platform <name>", "telegram, discord or console", "telegram")
  .option("--topic <words>", "the subscription's topic", "all")
  .option("--dry-run", "only print it (the default: this command never sends)")
  .option("--db <url>", "the store")
  .action(async (opts: { chat: string; platform: string; topic: string; db?: string }) => {
    const { Scheduler } = await import("./schedule/scheduler");
    const { replyToText } = await import("./render/reply-text");
    await withStore(opts.db, async (store) => {
      const briefs = await new Scheduler(store, {}, { worker: "cli", now: () => new Date() }).digestFor({ platform: opts.platform, chatId: opts.chat, topic: opts.topic.toLowerCase() });
      process.stdout.write(briefs.length ? `${replyToText({ kind: "briefs", briefs, heading: `Digest for ${opts.platform} chat ${opts.chat}: ${briefs.length} ${briefs.length === 1 ? "story" : "stories"}` })}\n` : "Nothing new since this chat's last digest.\n");
    });
  });

program
  .command("discord")
  .description("Discord application commands")
  .command("register")
  .description("register the slash commands: for one server with --guild (instant), else globally (up to an hour to appear)")
  .option("--guild <id>", "a server id (default: DISCORD_GUILD_ID)")
  .action(async (opts: { guild?: string }) => {
    const config = configOrFail();
    if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) fail("set DISCORD_TOKEN and DISCORD_APP_ID (see .env.example) to register commands");
    const { registerDiscordCommands } = await import("../adapters/discord/bot");
    const guildId = opts.guild ?? config.DISCORD_GUILD_ID;
    try {
      await registerDiscordCommands({ token: config.DISCORD_TOKEN, appId: config.DISCORD_APP_ID, guildId, api: config.DISCORD_API_BASE });
    } catch (e) {
      fail(`registering commands failed: ${(e as Error).message.replaceAll(config.DISCORD_TOKEN, "***")}`);
    }
    process.stdout.write(`registered the commands ${guildId ? `for server ${guildId}` : "globally"}\n`);
  });

program
  .command("list")
  .description("the latest stored articles")
  .option("--db <url>", "the store")
  .option("--json", "as JSON")
  .option("--limit <n>", "how many", (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("--limit takes a whole number of articles, e.g. --limit 20");
    return n;
  }, 20)
  .action(async (opts: { db?: string; json?: boolean; limit: number }) => {
    await withStore(opts.db, async (store) => {
      const rows = await store.latest(opts.limit);
      if (opts.json) process.stdout.write(`${JSON.stringify(rows.map(({ text: _t, minhash: _m, ...r }) => r), null, 2)}\n`);
      else if (!rows.length) process.stdout.write("the store is empty: briefbot ingest PATH|URL\n");
      else for (const a of rows) process.stdout.write(`${a.published ?? "          "}  ${a.id.slice(0, 12)}  ${a.title ?? a.text.slice(0, 70).replace(/\s+/g, " ")}${a.story_id !== a.id ? `  (same story as ${a.story_id.slice(0, 12)})` : ""}\n`);
    });
  });

program
  .command("eval-5w")
  .description("write one 5W prediction line per article of an eval .jsonl file")
  .argument("<articles>", "articles in the ../shared/eval/5w-dev/articles.jsonl format")
  .option("--out <file>", "write predictions here instead of stdout")
  .action(async (articles: string, opts: { out?: string }) => {
    const { predictFile } = await import("./eval/predict");
    let result: Predictions;
    try {
      result = predictFile(articles);
    } catch (e) {
      fail(`${articles}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
    }
    for (const p of result.problems) process.stderr.write(`briefbot: ${p}\n`);
    const out = result.lines.map((l) => JSON.stringify(l)).join("\n") + "\n";
    if (opts.out) writeFileSync(opts.out, out);
    else process.stdout.write(out);
  });

program
  .command("start")
  .description("the bot: on Telegram when TELEGRAM_BOT_TOKEN is set, else the console chat (seeded with the bundled samples on first run)")
  .option("--db <url>", "the store (default: DATABASE_URL, else ./data/briefbot.sqlite)")
  .action(async (opts: { db?: string }) => {
    const config = configOrFail();
    const token = config.TELEGRAM_BOT_TOKEN;
    const discordToken = config.DISCORD_TOKEN;
    if (token || discordToken) {
      redactProcessOutput(configSecrets({ ...config, DATABASE_URL: opts.db ?? config.DATABASE_URL }));
      await withStore(opts.db, async (store) => {
        const bots: Promise<void>[] = [];
        if (token) bots.push(import("../adapters/telegram/index").then(({ runTelegram }) => runTelegram(store, { ...config, TELEGRAM_BOT_TOKEN: token })));
        if (discordToken) bots.push(import("../adapters/discord/index").then(({ runDiscord }) => runDiscord(store, { ...config, DISCORD_TOKEN: discordToken })));
        await Promise.all(bots);
      }).catch((e: Error) => fail(e.message));
      return;
    }
    const { runConsole } = await import("../adapters/console/index");
    await withStore(opts.db, (store) => runConsole(store, config));
  });

program.parseAsync(process.argv).catch((e: Error) => fail(e.message, 1));
