import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Runs the briefbot CLI as a user would (node + tsx), returning exit code and both streams. Never
 * spawnSync: a blocked test worker misses vitest's RPC deadline, and a test's own fake server
 * must keep answering while the CLI talks to it.
 */
export async function cli(args: string[], env: Record<string, string> = {}, input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], { cwd: ROOT, env: { ...process.env, ...env } });
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
