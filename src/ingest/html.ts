/**
 * An HTML page → the article it carries, via Mozilla's Readability (the Firefox Reader View engine)
 * on a linkedom DOM: no scripts run, navigation and ads are left behind.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface ReadablePage {
  title?: string;
  text: string;
  publisher?: string;
  published?: string;
}

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return undefined;
}

export function readableFromHtml(html: string): ReadablePage {
  const { document } = parseHTML(html);
  const published = meta(document as unknown as Document, "article:published_time", "datePublished", "pubdate", "date", "DC.date.issued");
  const publisher = meta(document as unknown as Document, "og:site_name", "application-name");
  const parsed = new Readability(document as unknown as Document).parse();
  // Readability keeps paragraph breaks only as newlines in textContent; collapse the rest.
  const text = (parsed?.textContent ?? document.body?.textContent ?? "")
    .split(/\n\s*\n|\n/)
    .map((l: string) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
  // Readability cuts the site's name off the page title ("… | Daily Example"); the page title is
  // kept when that is all it adds, so the brief can name the site as publisher.
  const pageTitle = document.title?.trim() ?? "";
  const readable = parsed?.title?.trim() ?? "";
  const title = readable && pageTitle.startsWith(readable) && /^\s+[|–—-]\s+\S/.test(pageTitle.slice(readable.length)) ? pageTitle : readable || pageTitle;
  return {
    ...(title ? { title } : {}),
    text,
    ...(publisher || parsed?.siteName ? { publisher: publisher ?? parsed?.siteName ?? undefined } : {}),
    ...(published || parsed?.publishedTime ? { published: published ?? parsed?.publishedTime ?? undefined } : {}),
  };
}
