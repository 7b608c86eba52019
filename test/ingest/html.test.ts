import { describe, expect, it } from "vitest";
import { readableFromHtml } from "../../src/ingest/html";

const page = (title: string, siteMeta = "") =>
  `<html><head><title>${title}</title>${siteMeta}<script>track()</script></head><body><nav>Home News Sport</nav><article><h1>Teen driver clocked at 140mph on motorway</h1><p>A 19-year-old driver was caught speeding at 140mph on the motorway near Lakeport in the early hours of Sunday, police said.</p><p>The teenager was stopped by officers after a chase lasting fifteen minutes, and has been charged with dangerous driving.</p></article></body></html>`;

describe("an HTML page read as an article", () => {
  it("keeps the site's name after the headline in the title, where the brief finds its publisher", () => {
    const read = readableFromHtml(page("Teen driver clocked at 140mph on motorway | Daily Example"));
    expect(read.title).toBe("Teen driver clocked at 140mph on motorway | Daily Example");
    expect(read.text).not.toMatch(/track\(\)|Home News Sport/);
  });

  it("takes the publisher from the page's metadata when it has one", () => {
    const read = readableFromHtml(page("Teen driver clocked at 140mph on motorway", '<meta property="og:site_name" content="Daily Example">'));
    expect(read).toMatchObject({ title: "Teen driver clocked at 140mph on motorway", publisher: "Daily Example" });
  });
});
