/**
 * How long a protected message stays (a generated password, a guided reset's code), as the `minutes` and
 * `seconds` of every message that says it. Use it wherever such a time is put into words.
 *
 * Whole minutes are rounded down, so the words never promise longer than the message stays (it is deleted
 * at that time or a little after). Under a minute `minutes` is 0 and the messages say the seconds instead
 * (their `=0` branch), never "0 minutes".
 */
export function disappearsIn(afterSeconds: number): { minutes: number; seconds: number } {
  const seconds = Math.max(1, Math.floor(afterSeconds));
  return { minutes: Math.floor(seconds / 60), seconds };
}
