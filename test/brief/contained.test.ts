// A fault of the engine on one article is that article's rejection, so an import or a digest of
// many articles goes on without it.
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/brief/what", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/brief/what")>();
  return {
    ...real,
    findWhat: (...args: Parameters<typeof real.findWhat>) => {
      if (args[0].text.includes("FAULT")) throw new TypeError("Cannot read properties of undefined (reading 'lower')");
      return real.findWhat(...args);
    },
  };
});

const { brief, briefCleaned } = await import("../../src/brief/index");
const { cleanArticle } = await import("../../src/brief/clean");

const faulty = { id: "f", text: "The council of Lakeport approved a harbour plan on Monday. FAULT", published: "2026-01-07" };

describe("an engine fault", () => {
  it("becomes a typed rejection naming the fault, without a stack", () => {
    const result = brief(faulty);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.code).toBe("engine_error");
    expect(result.rejection.message).toContain("TypeError: Cannot read properties of undefined (reading 'lower')");
    expect(result.rejection.message).not.toMatch(/\bat \S+ \(|\/src\//);
  });

  it("is contained for an article cleaned beforehand (the import's path) too", () => {
    const cleaned = cleanArticle(faulty.text, {});
    if ("code" in cleaned) throw new Error("not cleaned");
    const result = briefCleaned(faulty, cleaned);
    expect(!result.ok && result.rejection.code).toBe("engine_error");
  });

  it("leaves other articles' briefs alone", () => {
    const result = brief({ ...faulty, text: "The council of Lakeport approved a harbour plan on Monday after a long debate." });
    expect(result.ok).toBe(true);
  });
});
