/**
 * How briefbot talks to the Bot API. The token is part of every request URL, and node-fetch puts
 * that URL into its error messages, which grammY's runner prints whole: errors are scrubbed where
 * they arise. A request that never reached Telegram (refused, DNS, TLS) is retried; a 429 waits
 * for retry_after; anything that may have arrived (a timeout, a 5xx) is never sent again.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { type Api, HttpError, type Transformer } from "grammy";
import { failedToConnect } from "../../src/schedule/scheduler";
import { redact } from "../../src/secrets";

/** The system error code under a grammY HttpError (node-fetch keeps it), if any. */
export function networkCode(e: unknown): string | undefined {
  return e instanceof HttpError ? ((e.error as { code?: unknown } | undefined)?.code as string | undefined) : undefined;
}

/** True when the request failed while connecting (TLS handshakes included), before any byte was sent. */
export function failedBeforeSending(e: unknown): boolean {
  return failedToConnect(networkCode(e));
}

function scrubTokenFromErrors(token: string): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      const inner = e.error instanceof Error ? Object.assign(new Error(redact(e.error.message, [token])), { code: networkCode(e) }) : typeof e.error === "string" ? redact(e.error, [token]) : undefined;
      throw new HttpError(redact(e.message, [token]), inner);
    }
  };
}

/**
 * A connection reset: most often a kept-alive socket the server closed just as the request went
 * out (so nothing arrived), rarely a reply lost after it was handled.
 */
function wasReset(e: unknown): boolean {
  return networkCode(e) === "ECONNRESET";
}

function retryUnsent(attempts: number, baseDelayMs: number, resendAfterReset: boolean): Transformer {
  return async (prev, method, payload, signal) => {
    // The runner has its own retry loop for getUpdates.
    if (method === "getUpdates") return prev(method, payload, signal);
    for (let attempt = 1; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (e) {
        const retriable = failedBeforeSending(e) || (resendAfterReset && wasReset(e));
        if (attempt >= attempts || signal?.aborted || !retriable) throw e;
        await new Promise((resolve) => setTimeout(resolve, baseDelayMs * 2 ** (attempt - 1)));
      }
    }
  };
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  /**
   * Resend after a connection reset. Right for replies to commands: a lost answer leaves the user
   * waiting, a rare duplicate does not. Wrong for digests, which are at most once.
   */
  resendAfterReset: boolean;
}

/** Installs briefbot's error handling on a grammY Api (a bot's, or a separate one for digests). */
export function configureApi<A extends Api>(api: A, token: string, retry: RetryPolicy = { attempts: 3, baseDelayMs: 500, resendAfterReset: false }): A {
  // Installed innermost first: everything above (auto-retry, the runner, our logs) sees scrubbed errors.
  api.config.use(
    scrubTokenFromErrors(token),
    retryUnsent(retry.attempts, retry.baseDelayMs, retry.resendAfterReset),
    autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowInternalServerErrors: true, rethrowHttpErrors: true }),
  );
  return api;
}
