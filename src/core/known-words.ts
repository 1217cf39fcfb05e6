import { saysPasswordForgotten } from "./forgot-words.js";
import { saysHello } from "./greeting-words.js";
import { asksForHelp } from "./help-words.js";
import { languageNamed } from "./i18n/language-named.js";
import { SUPPORTED_LANGUAGES } from "./i18n/languages.js";
import { isBackOnlyWord, reservedWord } from "./reserved-words.js";
import { saysThanks } from "./thanks-words.js";

/**
 * Whether typed words are ones the chat answers as such (dialog-routing.ts): a greeting, thanks, help, a
 * plain command word ("stop", "menu"), "I forgot my password", a language's name. For an adapter whose
 * every input arrives as a command (Slack's "/sspr hello"), to hand such words on as typed in the chat.
 */
export function isKnownPhrase(text: string): boolean {
  return (
    saysHello(text) ||
    saysThanks(text) ||
    asksForHelp(text) ||
    reservedWord(text) !== null ||
    isBackOnlyWord(text) ||
    saysPasswordForgotten(text) ||
    languageNamed(text, SUPPORTED_LANGUAGES) !== null
  );
}
