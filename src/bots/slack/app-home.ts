import type { types } from "@slack/bolt";
import type { ChatRef } from "../../core/chat.js";
import type { HomeStatus } from "../../core/home-status.js";
import type { Reply } from "../../core/messages.js";
import { choiceButtons, textSections } from "./render-blocks.js";
import { slackWord, type SlackWord } from "./slack-words.js";

/** The core's chat for a Slack user (the App Home and the DM are one chat). */
export function slackChat(userId: string): ChatRef {
  return { channel: "slack", chatUserId: userId };
}

/**
 * The App Home tab: whether this Slack account is linked and set up, and the chat's start menu (its buttons
 * work in any state and never go stale, so a press works like the menu in the DM and opens the box at once).
 * To a linked teacher or admin, in the adult register, with her own commands and no word on secret questions
 * (staff set up none). Only the user sees their Home tab, so showing their own account id tells nobody
 * anything new. A null status (the store did not answer) leaves the status lines out and shows `fallbackMenu`.
 */
export function homeView(
  status: HomeStatus | null,
  fallbackMenu: Reply,
  defaultLanguage?: string,
): types.HomeView {
  const locale = status?.language ?? defaultLanguage;
  const register = status?.register ?? "child";
  const word = (name: SlackWord, params?: Record<string, string>) =>
    slackWord(name, locale, params, register);
  const menu = choiceButtons(status?.menu ?? fallbackMenu, locale);
  return {
    type: "home",
    blocks: [
      { type: "header", text: { type: "plain_text", text: word("homeTitle") } },
      ...(status === null
        ? []
        : textSections(
            status.personId === null ? word("homeNotLinked") : word("homeLinked", { id: status.personId }),
          )),
      ...(status === null || status.personId === null || register === "staff"
        ? []
        : textSections(word(status.setUp ? "homeSetUp" : "homeNotSetUp"))),
      ...menu,
      { type: "context", elements: [{ type: "plain_text", text: word("homeDmHint") }] },
    ],
  };
}
