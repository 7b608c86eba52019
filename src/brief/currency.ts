/**
 * The country an article's prices point to: a story that counts in pounds is British, whatever
 * bigger namesake its towns have abroad ("Richmond" in a story about a £4m council budget).
 * Only the pound is told: the dollar and the euro are shared by too many countries to place anything.
 */
export function priceCountry(text: string): string | undefined {
  let pounds = 0;
  for (let i = text.indexOf("£"); i >= 0; i = text.indexOf("£", i + 1)) {
    // "E£" is the Egyptian pound.
    if (text[i - 1] !== "E") pounds++;
  }
  if (!pounds) return undefined;
  return pounds > occurrences(text, "$") + occurrences(text, "€") ? "GB" : undefined;
}

function occurrences(text: string, sign: string): number {
  let n = 0;
  for (let i = text.indexOf(sign); i >= 0; i = text.indexOf(sign, i + 1)) n++;
  return n;
}
