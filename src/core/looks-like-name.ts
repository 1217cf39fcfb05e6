/**
 * Words with a space between them ("Tan Wei Ling"): a name typed where a user ID goes. Told from the text
 * alone, so every name gets the same words, whether or not anyone has it as an ID.
 */
export function looksLikeName(typedId: string): boolean {
  return /\p{L}\s+\p{L}/u.test(typedId);
}

/**
 * Several user IDs at once ("S1001 S1002", "S1001, S1002"): two or more words, each with a digit, apart by
 * spaces, commas or semicolons (or 和, "and", "dan", "மற்றும்" between them). Told from the text alone, so
 * any IDs get the same words, whether or not anyone has them.
 */
export function looksLikeSeveralIds(typedId: string): boolean {
  const words = typedId
    .split(/[\s,;，、；]+/u)
    .filter((word) => word !== "" && !/^(?:和|and|dan|மற்றும்|&)$/iu.test(word));
  return words.length >= 2 && words.every((word) => /\p{Nd}/u.test(word));
}

/**
 * One word of letters alone ("aisha", "O'Neil"): maybe a first name, maybe a mistyped user ID of a school
 * whose IDs are words. Used only where nobody has it, to say that names are not looked up.
 */
export function mayBeFirstName(typedId: string): boolean {
  return /^\p{L}[\p{L}\p{M}'’-]+$/u.test(typedId.trim());
}
