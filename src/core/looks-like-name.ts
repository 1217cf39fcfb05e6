/**
 * Words with a space between them ("Tan Wei Ling"): a name typed where a user ID goes. Told from the text
 * alone, so every name gets the same words, whether or not anyone has it as an ID.
 */
export function looksLikeName(typedId: string): boolean {
  return /\p{L}\s+\p{L}/u.test(typedId);
}
