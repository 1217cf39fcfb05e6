import { translate } from "../../core/i18n/translate.js";
import type { Reply } from "../../core/messages.js";

/** A reply as terminal lines: the text, then its choices numbered from 1. */
export function renderForConsole(reply: Reply, platformLocale?: string): string {
  const locale = reply.language ?? platformLocale;
  const lines = [translate(reply.text, locale)];
  reply.choices?.forEach((choice, i) => lines.push(`  ${i + 1}. ${translate(choice.label, locale)}`));
  if (reply.protect !== undefined) {
    const minutes = Math.round(reply.protect.deleteAfterSeconds / 60);
    lines.push(`  (${translate({ key: "console.protected", params: { minutes } }, locale)})`);
  }
  // The terminal has no attachments: the file follows the text.
  if (reply.file !== undefined) lines.push(`--- ${reply.file.name} ---`, reply.file.content.trimEnd(), "---");
  return lines.join("\n");
}
