/**
 * HTTP GET with the limits a poller needs: a timeout, a size cap (read as a stream, abandoned
 * past the cap), conditional requests (ETag / Last-Modified), and errors that say what happened.
 */
export const FETCH_TIMEOUT_MS = 10_000;
export const FETCH_MAX_BYTES = 5 * 1024 * 1024;

export type Fetched =
  | { ok: true; status: number; body: string; contentType: string; etag: string | null; lastModified: string | null; url: string }
  | { ok: true; status: 304; notModified: true }
  | { ok: false; error: string };

export async function fetchText(url: string, options: { etag?: string | null; lastModified?: string | null; timeoutMs?: number; maxBytes?: number } = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? FETCH_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = { "user-agent": "briefbot/0.1 (+news briefs)", accept: "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5" };
    if (options.etag) headers["if-none-match"] = options.etag;
    if (options.lastModified) headers["if-modified-since"] = options.lastModified;
    const res = await fetch(url, { headers, signal: controller.signal, redirect: "follow" });
    if (res.status === 304) return { ok: true, status: 304, notModified: true };
    if (!res.ok) return { ok: false, error: `HTTP ${res.status} ${res.statusText}`.trim() };
    const declared = Number(res.headers.get("content-length") ?? 0);
    if (declared > maxBytes) {
      controller.abort();
      return { ok: false, error: `too large: ${declared} bytes (limit ${maxBytes})` };
    }
    const reader = res.body?.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          controller.abort();
          return { ok: false, error: `too large: more than ${maxBytes} bytes` };
        }
        chunks.push(value);
      }
    }
    const body = new TextDecoder("utf-8").decode(Buffer.concat(chunks));
    return { ok: true, status: res.status, body, contentType: res.headers.get("content-type") ?? "", etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified"), url: res.url || url };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === "AbortError") return { ok: false, error: `timed out after ${timeoutMs} ms` };
    return { ok: false, error: `could not fetch: ${err.cause?.code ?? err.cause?.message ?? err.message}` };
  } finally {
    clearTimeout(timer);
  }
}
