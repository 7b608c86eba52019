import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticleFile } from "../../src/ingest/file";

const dir = mkdtempSync(join(tmpdir(), "briefbot-file-"));

describe("a markdown article file", () => {
  it("takes the heading as the title and drops markdown's marks: bullets, emphasis, links", async () => {
    const path = join(dir, "library.md");
    writeFileSync(path, "# Lakeport council votes to close libraries\n\n*Published by the Westfield Courier*\n\n**The council voted 7-4** to close three libraries.\n\n- Staff will be offered other jobs\n* Mobile visits will increase\n\n[Read more](https://example.com/more) about the_budget_gap and 2*3*4.\n");
    const loaded = await loadArticleFile(path);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.article.title).toBe("Lakeport council votes to close libraries");
    expect(loaded.article.text).toBe("\nPublished by the Westfield Courier\n\nThe council voted 7-4 to close three libraries.\n\nStaff will be offered other jobs\nMobile visits will increase\n\nRead more about the_budget_gap and 2*3*4.\n");
  });
});
