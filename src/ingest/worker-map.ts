/**
 * An ordered parallel map over worker threads: items go to the least busy worker, results come
 * back in input order. At most `window` items are in flight, so memory stays flat however long
 * the input is, and the workers stay busy while the consumer does its own (synchronous) work.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { type ResourceLimits, Worker } from "node:worker_threads";

/** What a worker posts: once "ready" when loaded, then a reply for each item numbered n. */
export type WorkerReply<O> = { ready: true } | { n: number; result: O } | { n: number; error: string };

function startWorker(entry: URL, resourceLimits: ResourceLimits): Worker {
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, { resourceLimits });
  // Running from TypeScript sources (tsx, vitest): Node 20 does not hand tsx's loader hooks on to
  // worker threads, so the worker registers them itself before loading its entry. The ESM build of
  // tsx's API sits beside the CommonJS one that require.resolve finds.
  const api = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { resourceLimits });
}

export async function* workerMap<I, O>(entry: URL, size: number, resourceLimits: ResourceLimits, items: AsyncIterable<I>, window: number): AsyncGenerator<O> {
  const workers: Worker[] = [];
  // Work goes only to workers that have loaded; Infinity keeps the others out of the choice.
  const busy: number[] = [];
  const results = new Map<number, O>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let closing = false;
  // Workers start one after another: loading the code and data of the brief engine briefly takes
  // far more memory than running it, and two loads at once would set the peak RSS of the import.
  const start = () => {
    const i = workers.length;
    const w = startWorker(entry, resourceLimits);
    workers.push(w);
    busy.push(Infinity);
    w.on("message", (reply: WorkerReply<O>) => {
      if ("ready" in reply) {
        busy[i] = 0;
        if (workers.length < size && !closing) start();
      } else {
        busy[i]--;
        if ("error" in reply) failure ??= new Error(reply.error);
        else results.set(reply.n, reply.result);
      }
      wake?.();
    });
    w.on("error", (e) => {
      failure ??= e;
      wake?.();
    });
    w.on("exit", (code) => {
      if (!closing) failure ??= new Error(`a worker thread stopped (exit code ${code})`);
      wake?.();
    });
  };
  start();
  const input = items[Symbol.asyncIterator]();
  let sent = 0;
  let emitted = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && sent - emitted < window && busy.some(Number.isFinite)) {
        const next = await input.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const least = busy.indexOf(Math.min(...busy));
        busy[least]++;
        workers[least].postMessage({ n: sent++, item: next.value });
      }
      if (failure) throw failure;
      if (results.has(emitted)) {
        const result = results.get(emitted)!;
        results.delete(emitted++);
        yield result;
        continue;
      }
      if (exhausted && emitted === sent) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
