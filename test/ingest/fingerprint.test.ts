// Signatures are stored with every article and compared with those of articles ingested later, by
// any version of the code: the same text must keep the same signature.
import { describe, expect, it } from "vitest";
import { contentHash, minhash, NEAR_DUPLICATE, similarity } from "../../src/ingest/fingerprint";

const story =
  "The harbour board of Velmoran voted on Monday to close the old ferry pier for repairs, its chair Ana Ruiz said. Work will take six weeks and cost 2 million euros. Ferry services will move to the north quay until the end of March, officials said.";

describe("fingerprints", () => {
  it("are the signatures already stored for the same text", () => {
    expect(minhash(story)).toBe(
      "0660fb050be23f9d002bf88a02355c6f05d668370d7180b412dd513000180a830884591510840b0a034099440065119308d08e320561b8bb18657e8d036639d9109fabab090996fb03f683cf00ea86b5096114a404d35f46037c34a1073cd8ff09b2790504d0db2c02c158460ceee53b012575980101fa1a01301b2b075f564d0370a7bd05f19c0803a0aabb179bfab605c7b863041e494802cf625b0c88131007bead82029b030416f3b7ae02eb020605f76bf8020edd370904bca50777558d02798c88050b70730363fd3f0057d0ff049d6383077aa66214714d6504a5aff4017d9c2c02fe54ad07221866009f735f00e0f45507692eb2024e65120693a6ca",
    );
    expect(contentHash(story)).toBe("d174018b5f85f4984983722067008ae8fb3c7b15edc8327808953c3213fe2f42");
    // Shorter than one shingle: the whole text is the one shingle.
    expect(minhash("Short text.")).toMatch(/^9a25f7c819ddf656/);
  });

  it("find a lightly edited copy and tell an unrelated story apart", () => {
    const edited = story.replace("six weeks", "seven weeks").replace("officials said", "officials told reporters");
    expect(similarity(minhash(story), minhash(edited))).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
    const other = "A storm cut power to thousands of homes in the north on Sunday night, the grid operator said, and crews were working to restore it by Tuesday morning.";
    expect(similarity(minhash(story), minhash(other))).toBeLessThan(0.1);
  });
});
