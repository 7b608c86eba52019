/** The command layer's dependencies for a real process: the store, the clock, link ingestion. */
import { ingestInputs } from "../ingest/ingest";
import type { Store } from "../store/store";
import type { ChatDeps } from "./types";

export function liveDeps(store: Store, defaults: ChatDeps["defaults"]): ChatDeps {
  return {
    store,
    now: () => new Date(),
    defaults,
    async ingestUrl(url) {
      const [o] = await ingestInputs(store, [url]);
      if (!o) return { ok: false, error: "nothing found at that link" };
      if (o.status === "rejected") return { ok: false, error: o.reason ?? "rejected" };
      return { ok: true, articleId: o.status === "duplicate" ? o.of! : o.id! };
    },
  };
}
