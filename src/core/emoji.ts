/**
 * The parts emoji are made of: pictographs, keycaps (1️⃣), flags (regional indicators, tag sequences), and what
 * joins or styles them (zero-width joiner, variation selectors, skin tones).
 */
const EMOJI_PART =
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|[0-9#*]\uFE0F?\u20E3|\u200D|\uFE0E|\uFE0F|\p{Emoji_Modifier}|[\u{E0020}-\u{E007F}]/gu;

/** The text with its emoji taken out ("thanks😀" is "thanks"): for judging the words around them. */
export function withoutEmoji(text: string): string {
  return text.replace(EMOJI_PART, "");
}

/** Marks that show nothing: control and format characters (a zero-width space, a right-to-left mark). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * Nothing but emoji, spaces and invisible marks ("😀", "👍🏽 🙂", a zero-width space): no password is that, so
 * at a password prompt it is read as nothing typed, not as a wrong try. Other symbols ("#$%&*") are not
 * emoji: a password may be all symbols.
 */
export function onlyEmoji(text: string): boolean {
  return withoutEmoji(text).replace(INVISIBLE, "").trim() === "";
}
