// The brief cached while ingesting is the brief a later lookup would make from the stored row:
// ingestion reuses the cleaning it did for fingerprints only where that cleaning is the same.
import { describe, expect, it } from "vitest";
import { brief } from "../../src/brief/index";
import { ENGINE_VERSION } from "../../src/brief/version";
import { storedToArticle } from "../../src/chat/briefs";
import { ingestCandidates, ingestInputs } from "../../src/ingest/ingest";
import { storeTargets } from "../helpers/stores";

const SAMPLES = new URL("../../briefs/articles", import.meta.url).pathname;

describe("briefs cached at ingest", () => {
  const target = storeTargets()[0];

  it("equal the briefs made later from the stored rows, with and without titles", async () => {
    const store = await target.open();
    const samples = await ingestInputs(store, [SAMPLES], { brief: true });
    // A title found by cleaning ("Headline line" over the body) becomes the stored title.
    const found = await ingestCandidates(store, [{ source: "no-title", article: { id: "no-title", text: "Velmoran council approves new tram line\nThe council of Velmoran voted on Monday to build a tram line to the harbour, its mayor said. Work will start next spring and cost 40 million euros, officials said." } }], { brief: true });
    const ids = [...samples, ...found].filter((o) => o.status === "stored").map((o) => o.id!);
    expect(ids.length).toBeGreaterThanOrEqual(14);
    const titled = await store.getArticle("no-title");
    expect(titled?.title).toBe("Velmoran council approves new tram line");
    for (const id of ids) {
      const row = (await store.getArticle(id))!;
      const fresh = brief(storedToArticle(row));
      expect(fresh.ok, id).toBe(true);
      expect(await store.getBrief(id, ENGINE_VERSION), id).toEqual(fresh.ok ? fresh.brief : undefined);
    }
    await store.close();
    await target.cleanup();
  });
});
