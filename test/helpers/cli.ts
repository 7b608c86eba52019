import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build } from "../../src/tools/build";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let built = false;

/**
 * Node's arguments for the built CLI (dist/cli.mjs, what `npm start` and `npm run briefbot` run),
 * built from the current sources first: a test never runs a stale bundle.
 */
export function cliArgs(...args: string[]): string[] {
  if (!built) build();
  built = true;
  return ["dist/cli.mjs", ...args];
}

/**
 * Runs the briefbot CLI as a user would (the built bundle), returning exit code and both streams. Never
 * spawnSync: a blocked test worker misses vitest's RPC deadline, and a test's own fake server
 * must keep answering while the CLI talks to it.
 */
export async function cli(args: string[], env: Record<string, string> = {}, input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, cliArgs(...args), { cwd: ROOT, env: { ...process.env, ...env } });
  // A test that times out must not leave its bot running after the test process is gone.
  const reap = () => child.kill("SIGKILL");
  process.once("exit", reap);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  child.stdin.end(input ?? "");
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? -1)));
  clearTimeout(timer);
  process.off("exit", reap);
  return { code, stdout, stderr };
}
