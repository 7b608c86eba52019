import { brief } from "../../src/brief/index";
import type { Article, Brief } from "../../src/schema";

/** Briefs an article and fails the test with the rejection message if it was rejected. */
export function mustBrief(article: Partial<Article> & { text: string }): Brief {
  const result = brief({ id: "test", ...article });
  if (!result.ok) throw new Error(`rejected: ${result.rejection.message}`);
  return result.brief;
}
