/**
 * Secrets never reach a log line, an error message or a chat. Errors are scrubbed where they arise
 * (see adapters/telegram/api.ts); as a last line, the bot's own stdout and stderr are filtered, so a
 * library that prints a whole error object (with a request URL inside) cannot leak a token either.
 */

/** A Telegram bot token inside a Bot API URL (…/bot123456:ABC…/sendMessage), known or not. */
const BOT_TOKEN_IN_URL = /bot\d+:[A-Za-z0-9_-]{20,}/g;
/** Shorter values are too likely to occur in ordinary text to be masked everywhere. */
const MIN_SECRET_LENGTH = 6;

export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= MIN_SECRET_LENGTH) out = out.replaceAll(s, "***");
  return out.replace(BOT_TOKEN_IN_URL, "bot***");
}

/** The secrets of a configuration: bot tokens, the webhook secret, a database password. */
export function configSecrets(env: { TELEGRAM_BOT_TOKEN?: string; DISCORD_TOKEN?: string; TELEGRAM_WEBHOOK_SECRET?: string; DATABASE_URL?: string }): string[] {
  let password: string | undefined;
  try {
    password = env.DATABASE_URL ? decodeURIComponent(new URL(env.DATABASE_URL).password) || undefined : undefined;
  } catch {
    password = undefined;
  }
  return [env.TELEGRAM_BOT_TOKEN, env.DISCORD_TOKEN, env.TELEGRAM_WEBHOOK_SECRET, password].filter((s): s is string => !!s);
}

/** Filters this process's stdout and stderr through redact(). */
export function redactProcessOutput(secrets: readonly string[]): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === "string" ? redact(chunk, secrets) : Buffer.isBuffer(chunk) ? redact(chunk.toString("utf8"), secrets) : chunk, ...rest)) as typeof stream.write;
  }
}
