/**
 * Text typed when no dialog is open that looks like a password: one word of 8 to 64 characters with a letter
 * and a digit or symbol ("Garden-Lamp-21"). A child whose set-up just ended (a pause, a time-out) often types
 * the password again into nothing; it is deleted from the chat like one typed at the prompt. Plain words,
 * sentences, emoji and short user IDs ("S1001") stay.
 */
export function looksLikeStrayPassword(text: string): boolean {
  const word = text.trim();
  if (word.length < 8 || word.length > 64 || /\s/.test(word)) return false;
  return /\p{L}/u.test(word) && /[\p{N}\p{P}\p{S}]/u.test(word);
}
