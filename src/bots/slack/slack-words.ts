import type { MessageKey } from "../../core/i18n/en.js";
import { inRegister, type Register } from "../../core/i18n/register.js";
import { translate } from "../../core/i18n/translate.js";
import { slackCommands } from "./slack-text.js";

/**
 * Words only the Slack adapter shows: the frames around the core's messages (modal titles, buttons, the App
 * Home). They live in the core's catalogues as `slack.<word>`, in every language. Modal titles and buttons
 * are limited to 24 characters by Slack.
 */
export type SlackWord =
  | "modalTitle"
  | "send"
  | "cancel"
  | "done"
  | "inputLabel"
  | "typePrivately"
  | "pleaseWait"
  | "seeMessages"
  | "protectedInChat"
  | "secretOnHome"
  | "openHomeLink"
  | "secretOnHomeNote"
  | "hideSecret"
  | "homeTitle"
  | "homeLinked"
  | "homeNotLinked"
  | "homeSetUp"
  | "homeNotSetUp"
  | "homeDmHint";

/**
 * An adapter word in `language` (English when unknown), with its parameters filled in; to a teacher or admin
 * (`register` "staff") its staff twin where it has one (see i18n/register.ts). Commands are spelled the Slack
 * way, as in slackText.
 */
export function slackWord(
  word: SlackWord,
  language?: string,
  params?: Record<string, string | number>,
  register: Register = "child",
): string {
  const key = `slack.${word}` as MessageKey;
  const { text } = inRegister({ text: params === undefined ? { key } : { key, params } }, register);
  return slackCommands(translate(text, language));
}
