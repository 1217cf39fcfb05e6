import type { BotCommand } from "telegraf/types";
import { COMMANDS } from "../../core/commands.js";
import type { MessageKey } from "../../core/i18n/en.js";
import type { Language } from "../../core/i18n/languages.js";
import { translate } from "../../core/i18n/translate.js";

type Command = (typeof COMMANDS)[number];

/**
 * The order of Telegram's "/" menu: the students' commands only (staff find theirs in /help). Keyed by the
 * core's list, so a student command added there does not compile until it is placed (and described in
 * every catalogue as `command.<name>`).
 */
const MENU_ORDER: Record<Command, number> = {
  start: 0,
  setup: 1,
  reset: 2,
  cancel: 3,
  help: 4,
  logout: 5,
  language: 6,
};

/** The command menu for setMyCommands, in one language. */
export function botCommands(language: Language = "en"): BotCommand[] {
  return [...COMMANDS]
    .sort((a, b) => MENU_ORDER[a] - MENU_ORDER[b])
    .map((command) => ({
      command,
      description: translate({ key: `command.${command}` as MessageKey }, language),
    }));
}

/**
 * The setMyCommands calls: the default menu (for every user whose app language is not offered) in the
 * school's default language, then one per offered language for users whose app is set to it.
 */
export function commandMenus(
  languages: readonly Language[],
  defaultLanguage: Language,
): { commands: BotCommand[]; language_code?: string }[] {
  return [
    { commands: botCommands(defaultLanguage) },
    ...languages.map((language) => ({ commands: botCommands(language), language_code: language })),
  ];
}
