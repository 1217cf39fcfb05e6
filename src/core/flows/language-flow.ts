import { z } from "zod";
import { languageMenu } from "../i18n/chat-language.js";
import { languageListChoiceTyped } from "../i18n/language-list-words.js";
import { MENU_PREFIX } from "../start-menu.js";
import { defineStep, type Step } from "./define-step.js";
import { say, stay } from "./flow.js";

/**
 * The language list, opened by /language (or the menu's button) while no other dialog is open: a step, so
 * that a reply that is none of its choices gets the hint and the list again, and a typed number is its
 * button on every channel. Its buttons are start-menu buttons: they work at any time, also once the list
 * has expired, and choosing closes it (see chooseLanguage). Opened inside another dialog, the list is only
 * shown, and that dialog's question follows. "/language ms" chooses at once, with no list (dialog-commands.ts).
 */
const languageChooseState = z.object({
  name: z.literal("language.choose"),
  /** The chat is a teacher's or admin's: the hint is in the adult register. */
  staff: z.boolean(),
});
export const languageChooseStep: Step<typeof languageChooseState> = defineStep({
  state: languageChooseState,
  input: "choice",
  role: "anyone",
  secret: false,
  prompt: (ctx) => languageMenu(ctx.deps, MENU_PREFIX),
  speaksToStaff: (state) => state.staff,
  expiresQuietly: true,
  // A child who cannot read the hint ("Type the number…", in the chat's language so far) types the name she
  // sees on the list ("中文"), or its English name: that language, if the school offers it. Or its number in
  // words ("number four"), read as right after the list inside a dialog.
  typedAsChoice: (_state, text, ctx) =>
    languageListChoiceTyped(
      languageMenu(ctx.deps, MENU_PREFIX).choices ?? [],
      text,
      ctx.deps.settings.languages,
    ),
  // Every one of its buttons is taken before the step (a start-menu button): what reaches it is no choice.
  async handle(_ctx, state) {
    return stay(state, say("input.useButtons"));
  },
});

export const languageSteps = [languageChooseStep] as const;
