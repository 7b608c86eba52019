/**
 * Letter case of a token's first character. Asked of every token by several stages, so plain ASCII
 * is answered from the character code; anything else by the Unicode rules, with the same answers.
 */

/** Whether the character is an upper-case letter ("É" yes; "é", "1", "-" no). */
export function isUpperChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Whether lower-casing leaves the character as it is: lower-case letters, digits, punctuation. */
export function keepsCaseWhenLowered(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code < 65 || code > 90;
  return c === c.toLowerCase();
}

/** Whether the text opens with an upper-case letter by Unicode's category Lu. */
export function opensUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(text);
}
