/**
 * A guided reset's one-time code as typed (six digits), told from the text alone: by the code's own route
 * and wherever the child may type it back. No imports, so that any step may use it.
 */
export const CODE_DIGITS = 6;
export const A_CODE = new RegExp(`^\\d{${CODE_DIGITS}}$`);

/** A hyphen, dash or dot between digits, as a code read out is written down in threes ("515-472"). */
const BETWEEN_DIGITS = /(?<=\d)[-\u2010-\u2015.·]+(?=\d)/g;

/**
 * A code as typed: NFKC, for a phone's full-width digits (７８５), and spaces dropped (as read out, "515 472"),
 * and so are a hyphen, dash or dot between digits ("515-472", "515.472").
 */
export function typedCodeOf(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").replace(BETWEEN_DIGITS, "");
}

/** Text that is a guided reset's code (six digits), told from the text alone. */
export function looksLikeGuidedCode(text: string): boolean {
  return A_CODE.test(typedCodeOf(text));
}

/** A run of digits as a code is read out: digits with spaces, hyphens, dashes or dots between them. */
const DIGIT_RUN = /\d(?:[\s\-\u2010-\u2015.·]*\d)*/g;

/**
 * The code in a staff member's words at the code prompt: the whole text as typedCodeOf reads it, else its
 * one run of digits when that run has six (" 375552.", a phone's double-space full stop; "code is
 * 602222"). Null when that is no code: two runs, or five or seven digits, are not guessed at.
 */
export function codeAmongWords(text: string): string | null {
  const whole = typedCodeOf(text);
  if (A_CODE.test(whole)) return whole;
  const runs = text.normalize("NFKC").match(DIGIT_RUN) ?? [];
  if (runs.length !== 1) return null;
  const digits = (runs[0] ?? "").replace(/\D/g, "");
  return A_CODE.test(digits) ? digits : null;
}
