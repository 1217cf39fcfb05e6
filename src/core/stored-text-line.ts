/**
 * Every format mark but the joiners (U+200C, U+200D) and the tags (U+E0020 to U+E007F) that build an emoji
 * (👨‍👩‍👧, a flag) or a letter: those move no text to another line or direction.
 */
const SHOWN_AS_REPLACEMENT = /[\p{Cc}\p{Zl}\p{Zp}]|(?!\u200C|\u200D|[\u{E0020}-\u{E007F}])\p{Cf}/gu;

/**
 * A field of a stored audit event (its actor, subject or note) as text that stays on its line where staff
 * read it: a control character, a line or paragraph separator (U+2028, U+2029) or an invisible format mark
 * (a right-to-left override) is shown as "�". Typed text loses these before it is filed, but an event
 * filed by an earlier version may still hold one for AUDIT_RETENTION_DAYS: Telegram shows U+2028 as a new
 * line (a made-up line in an admin's /audit), and a terminal acts on an escape code (`npm run audit`).
 * An admin alert's ids and details follow the same rule (format-alert).
 */
export function storedTextOnItsLine(text: string): string {
  return text.replace(SHOWN_AS_REPLACEMENT, "\uFFFD");
}
