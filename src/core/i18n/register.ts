import type { Reply } from "../messages.js";
import type { Role } from "../ports/directory.js";
import type { MessageKey } from "./en.js";

/**
 * Whom a message speaks to, as its words need: a child, or a teacher or admin. Malay says "kamu" to children
 * and "anda" to adults; Tamil says நீ (and "செய்", the familiar "do") to children and நீங்கள் ("செய்யுங்கள்")
 * to adults. English and Chinese say the same to both.
 */
export type Register = "child" | "staff";

/**
 * The messages that children and staff may both get, each with its staff twin: what a teacher or admin gets
 * instead, named `<part>.staff<Name>`, in the adult register (the same words in English and Chinese). A
 * message only children get needs no twin; one only staff get is written for adults. The engine says the
 * twin whenever it speaks to staff (dialog-register.ts) and tells adapters so (Outcome.register); a notice to
 * another chat goes by the role of its owner.
 */
export const STAFF_TWINS = {
  "language.choose": "language.staffChoose",
  "help.inDialog": "help.staffInDialog",
  "language.set": "language.staffSet",
  "chat.busy": "chat.staffBusy",
  "chat.interrupted": "chat.staffInterrupted",
  "chat.interruptedPress": "chat.staffInterruptedPress",
  "chat.cancelled": "chat.staffCancelled",
  "chat.nothingToCancel": "chat.staffNothingToCancel",
  "chat.timedOut": "chat.staffTimedOut",
  "chat.unknownCommand": "chat.staffUnknownCommand",
  "chat.unknownCommandDidYouMean": "chat.staffUnknownCommandDidYouMean",
  "input.nothingToGoBackTo": "input.staffNothingToGoBackTo",
  "input.typeInstead": "input.staffTypeInstead",
  "input.notText": "input.staffNotText",
  "input.tooLong": "input.staffTooLong",
  "input.useButtons": "input.staffUseButtons",
  "input.tapOnly": "input.staffTapOnly",
  "input.noBack": "input.staffNoBack",
  "input.useSecureForm": "input.staffUseSecureForm",
  "input.deletedMaybeSecret": "input.staffDeletedMaybeSecret",
  "input.edited": "input.staffEdited",
  "form.expired": "form.staffExpired",
  "button.expired": "button.staffExpired",
  "error.storeDown": "error.staffStoreDown",
  "error.storeDownAfterStep": "error.staffStoreDownAfterStep",
  "error.directoryDown": "error.staffDirectoryDown",
  "menu.directoryDown": "menu.staffDirectoryDown",
  "error.tooBusy": "error.staffTooBusy",
  "error.unexpected": "error.staffUnexpected",
  "logout.done": "logout.staffDone",
  "logout.confirm": "logout.staffConfirm",
  "logout.kept": "logout.staffKept",
  "notice.linkedElsewhere": "notice.staffLinkedElsewhere",
  // Slack's words on a secret typed in a chat (src/bots/slack/deletion-advice.ts), by Outcome.register.
  "slack.deleteYourMessage": "slack.staffDeleteYourMessage",
  "slack.deleteYourEdit": "slack.staffDeleteYourEdit",
  "slack.useSecureFormDelete": "slack.staffUseSecureFormDelete",
  "slack.secretAfterCommand": "slack.staffSecretAfterCommand",
  "slack.useSecureFormCommand": "slack.staffUseSecureFormCommand",
  "slack.editNotRead": "slack.staffEditNotRead",
  // Telegram's words on a message the bot could not delete after its edit (by ChannelCore.chatRegister).
  "telegram.editedNotRemoved": "telegram.staffEditedNotRemoved",
  "telegram.editedRemovingSoon": "telegram.staffEditedRemovingSoon",
  // Slack's own frames: a box's "answered in the messages", a new password that could not be shown, the Home
  // tab that holds a secret and the DM that points there (by Outcome.register), and the Home tab (by HomeStatus).
  "slack.seeMessages": "slack.staffSeeMessages",
  "slack.formExpiredBox": "slack.staffFormExpiredBox",
  "slack.buttonExpiredBox": "slack.staffButtonExpiredBox",
  "slack.protectedInChat": "slack.staffProtectedInChat",
  "slack.secretOnHome": "slack.staffSecretOnHome",
  "slack.secretOnHomeNote": "slack.staffSecretOnHomeNote",
  "slack.homeLinked": "slack.staffHomeLinked",
  "slack.homeDmHint": "slack.staffHomeDmHint",
} as const satisfies Partial<Record<MessageKey, MessageKey>>;

const twins: ReadonlyMap<MessageKey, MessageKey> = new Map(Object.entries(STAFF_TWINS)) as Map<
  MessageKey,
  MessageKey
>;

/** Whether the reply's words differ between a child and a teacher (it has a staff twin). */
export function hasStaffTwin(reply: Reply): boolean {
  return twins.has(reply.text.key);
}

/** The reply in `register`: for staff, a message that has a staff twin is replaced by it. */
export function inRegister(reply: Reply, register: Register): Reply {
  const twin = register === "staff" ? twins.get(reply.text.key) : undefined;
  return twin === undefined ? reply : { ...reply, text: { ...reply.text, key: twin } };
}

/** The register a person's role is spoken to in. */
export function registerOf(role: Role | null | undefined): Register {
  return role === "teacher" || role === "admin" ? "staff" : "child";
}
