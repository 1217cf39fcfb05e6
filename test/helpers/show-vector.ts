/**
 * A test vector as it is written in docs/languages.md: a JSON string in which the characters a reader
 * cannot see (format characters, variation selectors, enclosing and lone combining marks after Latin,
 * the ideographic space) are \u escapes, and so is a Tamil vowel sign typed in two halves (ெ + ா for ொ),
 * which looks like the one code point.
 */
export function showVector(text: string): string {
  return JSON.stringify(text).replace(
    /[\p{Cf}\p{Me}\uFE00-\uFE0F\u0301\u0307\u3000]|[\u0BC6\u0BC7][\u0BBE\u0BD7]/gu,
    (found) =>
      [...found]
        .map((c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`)
        .join(""),
  );
}
