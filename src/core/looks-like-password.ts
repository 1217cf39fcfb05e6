/**
 * Text that looks like a password: one word of 8 to 64 characters with a letter and a digit or symbol
 * ("Garden-Lamp-21"). Typed where no password is asked (no dialog open, after a pause or time-out ended
 * set-up; or a user-ID prompt, by a child who mixed up the boxes), it is deleted from the chat like one
 * typed at the password prompt. It reads the text alone, never the accounts: a user ID that looks like
 * this ("tan.wl2015") is deleted too, harmlessly, whether or not anyone has it. Plain words, sentences,
 * emoji and short user IDs ("S1001") stay.
 */
export function looksLikePassword(text: string): boolean {
  const word = text.trim();
  if (word.length < 8 || word.length > 64 || /\s/.test(word)) return false;
  return /\p{L}/u.test(word) && /[\p{N}\p{P}\p{S}]/u.test(word);
}
