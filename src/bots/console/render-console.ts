import { translate } from "../../core/i18n/translate.js";
import type { Reply } from "../../core/messages.js";

/** A reply as terminal lines: the text, then its choices numbered from 1. */
export function renderForConsole(reply: Reply, locale?: string): string {
  const lines = [translate(reply.text, locale)];
  reply.choices?.forEach((choice, i) => lines.push(`  ${i + 1}. ${translate(choice.label, locale)}`));
  if (reply.protect !== undefined) {
    lines.push(
      `  (On a phone this message is protected and disappears after ${Math.round(reply.protect.deleteAfterSeconds / 60)} minutes.)`,
    );
  }
  // The terminal has no attachments: the file follows the text.
  if (reply.file !== undefined) lines.push(`--- ${reply.file.name} ---`, reply.file.content.trimEnd(), "---");
  return lines.join("\n");
}
