// The console chat as a person uses it: in a real pseudo-terminal (tmux), typing and reading the screen.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliArgs, ROOT } from "../helpers/cli";

const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
const session = `briefbot-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync("tmux", args, { encoding: "utf8" });
const screen = () => tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session);

async function waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = screen();
    if (pattern.test(text)) return text;
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; screen:\n${text}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!hasTmux)("console chat in a terminal", () => {
  afterAll(() => {
    spawnSync("tmux", ["kill-session", "-t", session]);
  });

  it("answers typed commands at a prompt and quits on /quit", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "briefbot-tty-")), "tty.sqlite");
    tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50", "-c", ROOT, `${process.execPath} ${cliArgs("start", "--db", `sqlite:${db}`).join(" ")}; echo EXITED $?; sleep 30`);
    await waitFor(/briefbot> $/m);
    tmux("send-keys", "-t", session, "/brief harbour bridge", "Enter");
    const afterBrief = await waitFor(/Source: The Coastal Courier/);
    expect(afterBrief).toMatch(/What: {2}Storm damage shuts Westhaven harbour bridge/);
    tmux("send-keys", "-t", session, "/subscribe at 07:15 Asia/Tokyo", "Enter");
    await waitFor(/Subscribed: a daily digest of all stories at 07:15 \(Asia\/Tokyo\)\./);
    tmux("send-keys", "-t", session, "/quit", "Enter");
    expect(await waitFor(/EXITED 0/)).toMatch(/Bye\./);
  }, 60_000);
});
