import type { Reply } from "./messages.js";

/** Choices of the start menu start with this: they work in any state and never go stale. */
export const MENU_PREFIX = "m:";

/** What the start menu offers, each the command its button runs. */
export const MENU_COMMANDS = ["setup", "reset", "help"] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The start menu's button ids ("m:setup", ...), for an adapter that shows the menu somewhere of its own. */
export function menuChoiceId(command: MenuCommand): string {
  return `${MENU_PREFIX}${command}`;
}

/** The start menu, as the dialog engine shows it on /start. */
export function startMenu(accountName: string): Reply {
  return {
    text: { key: "menu.welcome", params: { account: accountName } },
    choices: MENU_COMMANDS.map((command) => ({
      id: menuChoiceId(command),
      label: { key: `menu.${command}` },
    })),
  };
}
