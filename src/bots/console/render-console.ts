import { disappearsIn } from "../../core/i18n/disappears-in.js";
import type { MessageKey } from "../../core/i18n/en.js";
import { translate } from "../../core/i18n/translate.js";
import type { Reply, Text } from "../../core/messages.js";

/**
 * Messages that say to tap a button, in the terminal's own words: it shows choices as numbered lines, so
 * there is nothing to tap, only a number to type. Same parameters; `console.*` in every catalogue.
 */
const TERMINAL_WORDS: Partial<Record<MessageKey, MessageKey>> = {
  "input.useButtons": "console.useButtons",
  "input.staffUseButtons": "console.staffUseButtons",
  // A typed number is how the terminal chooses, at every step (it sends the choice, not the number).
  "input.tapOnly": "console.useButtons",
  "input.staffTapOnly": "console.staffUseButtons",
  "staff.tapOrYesNo": "console.staffUseButtonsOrYesNo",
  "clear.sameId": "console.clearSameId",
  "clear.otherId": "console.clearOtherId",
  "practice.fix": "console.practiceFix",
  "practice.keepOrType": "console.practiceKeepOrType",
  "setup.helpQuestion": "console.setupHelpQuestion",
  "setup.helloQuestion": "console.setupHelloQuestion",
  "setup.welcomeQuestion": "console.setupWelcomeQuestion",
  "practice.reminder": "console.practiceReminder",
  "practice.reminderFor": "console.practiceReminderFor",
  // The secret prompts: typing is hidden here, and nothing is posted, so nothing needs deleting.
  "setup.askPassword": "console.setupAskPassword",
  "practice.ask": "console.practiceAsk",
  "setup.askAnswer": "console.setupAskAnswer",
  "reset.askAnswer": "console.resetAskAnswer",
  "reset.askNewPassword": "console.resetAskNewPassword",
  "guided.askAnswer": "console.staffGuidedAskAnswer",
  "staff.stepUpAskPassword": "console.staffStepUpAskPassword",
  "staff.againAskPassword": "console.staffAgainAskPassword",
  // The terminal deletes nothing: the report stays on the screen until the window is closed.
  "staff.reportDeletedLater": "console.staffReportOnSharedPhone",
  // Nothing typed here is deleted.
  "input.deletedLikePassword": "console.likePassword",
  "input.deletedMaybeSecret": "console.maybeSecret",
  "input.staffDeletedMaybeSecret": "console.staffMaybeSecret",
  // A new password: nothing here takes it away, so the words say it stays until the window is closed.
  "reset.generated": "console.resetGenerated",
  "guided.shown": "console.staffGuidedShown",
  "guided.passwordForStudent": "console.guidedPasswordForStudent",
  "reset.helpChoose": "console.helpChoose",
};

/** Protected messages whose terminal words say how long they stay: "on a phone" would only confuse them. */
const SAYS_WHEN_IT_GOES: ReadonlySet<MessageKey> = new Set([
  "reset.generated",
  "guided.shown",
  "guided.passwordForStudent",
]);

function inTerminalWords(text: Text): Text {
  const key = TERMINAL_WORDS[text.key];
  return key === undefined ? text : { ...text, key };
}

/**
 * A reply as terminal lines: the text, then its choices numbered from `firstNumber` (1, unless an earlier
 * reply shown with it has choices too).
 */
export function renderForConsole(reply: Reply, platformLocale?: string, firstNumber = 1): string {
  const locale = reply.language ?? platformLocale;
  const lines = [translate(inTerminalWords(reply.text), locale)];
  reply.choices?.forEach((choice, i) =>
    lines.push(`  ${firstNumber + i}. ${translate(choice.label, locale)}`),
  );
  if (reply.protect !== undefined && !SAYS_WHEN_IT_GOES.has(reply.text.key)) {
    const params = disappearsIn(reply.protect.deleteAfterSeconds);
    lines.push(`  (${translate({ key: "console.protected", params }, locale)})`);
  }
  // The terminal has no attachments: the file follows the text.
  if (reply.file !== undefined) lines.push(`--- ${reply.file.name} ---`, reply.file.content.trimEnd(), "---");
  return lines.join("\n");
}
