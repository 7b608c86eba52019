/**
 * The real bot as a child process (`npm start`'s command: the built dist/cli.mjs with its node flags), so the load measures
 * its own memory and its own event loop, apart from the process that plays Telegram.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestInputs } from "../../src/ingest/ingest";
import { SAMPLE_DIR } from "../../src/samples";
import { openStore } from "../../src/store/open";
import { build } from "../../src/tools/build";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TOKEN = "424242:LOAD-test-token-abcdefghijkl";
// Variables that would make the child do more than long-poll one fake server (feeds, Discord, a webhook).
const UNWANTED_ENV = ["FEEDS", "DISCORD_TOKEN", "DISCORD_APP_ID", "TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET", "DATABASE_URL"];

/**
 * Node's arguments exactly as `npm start` gives them (package.json's start script, "node" dropped):
 * the heap cap there decides how far the bot's memory climbs before V8 collects, which is what the
 * load test measures.
 */
function startArgs(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
  const [node, ...args] = pkg.scripts.start.trim().split(/\s+/);
  if (node !== "node") throw new Error(`package.json's start script should run node, not ${node}`);
  return args;
}

export interface BotProcess {
  pid: number;
  /** Everything the bot wrote to stdout and stderr. */
  output: () => string;
  /** SIGTERM, as an operator would stop it; resolves with the exit code. */
  stop: (timeoutMs?: number) => Promise<number | null>;
}

/** A fresh SQLite store in a temporary folder, holding the bundled sample articles. */
export async function seedSampleStore(): Promise<{ url: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-load-"));
  const url = `sqlite:${join(dir, "load.sqlite")}`;
  const store = await openStore(url);
  try {
    await ingestInputs(store, [SAMPLE_DIR]);
  } finally {
    await store.close();
  }
  return { url, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startBotProcess(apiRoot: string, databaseUrl: string, readyTimeoutMs = 30_000): Promise<BotProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of UNWANTED_ENV) delete env[name];
  // What npm start runs: the bundle, built from the current sources (npm start builds first too).
  build();
  const child = spawn(process.execPath, startArgs(), {
    cwd: ROOT,
    env: { ...env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  // Keep the streams drained (a full pipe would stall the bot) but the log bounded.
  const collect = (d: Buffer) => (out = (out + d.toString("utf8")).slice(-200_000));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await waitForReady(child, () => out, readyTimeoutMs);
  return {
    pid: child.pid!,
    output: () => out,
    async stop(timeoutMs = 20_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

async function waitForReady(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!output().includes("running on Telegram")) {
    if (child.exitCode !== null || Date.now() > until) {
      child.kill("SIGKILL");
      throw new Error(`the bot did not start:\n${output().slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
