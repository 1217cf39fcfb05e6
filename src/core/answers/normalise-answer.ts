/** Bump when normaliseAnswer changes, so stored hashes say which rules made them. */
export const NORMALISATION_VERSION = 1;

/**
 * The form of an answer that is hashed and compared: Unicode NFKC, lower case, letters and digits only.
 * So "Spider-Man", "spider man" and "SPIDERMAN" are the same answer, and so are full-width letters.
 */
export function normaliseAnswer(answer: string): string {
  return answer
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}
