import type { types } from "@slack/bolt";
import type { ChatRef } from "../../core/chat.js";
import type { HomeStatus } from "../../core/home-status.js";
import type { Reply } from "../../core/messages.js";
import { choiceButtons, textSection } from "./render-blocks.js";
import { slackWord } from "./slack-words.js";

/** The core's chat for a Slack user (the App Home and the DM are one chat). */
export function slackChat(userId: string): ChatRef {
  return { channel: "slack", chatUserId: userId };
}

/**
 * The App Home tab: whether this Slack account is linked and set up, and the core's start menu (its buttons
 * work in any state and never go stale, so a press works like the menu in the DM and opens the box at once).
 * Only the user sees their Home tab, so showing their own account id tells nobody anything new. A null
 * status (the store did not answer) leaves the status lines out.
 */
export function homeView(
  status: HomeStatus | null,
  startMenu: Reply,
  defaultLanguage?: string,
): types.HomeView {
  const locale = status?.language ?? defaultLanguage;
  const menu = choiceButtons(startMenu, locale);
  return {
    type: "home",
    blocks: [
      { type: "header", text: { type: "plain_text", text: slackWord("homeTitle", locale) } },
      ...(status === null
        ? []
        : [
            textSection(
              status.personId === null
                ? slackWord("homeNotLinked", locale)
                : slackWord("homeLinked", locale, { id: status.personId }),
            ),
          ]),
      ...(status === null || status.personId === null
        ? []
        : [textSection(slackWord(status.setUp ? "homeSetUp" : "homeNotSetUp", locale))]),
      ...menu,
      { type: "context", elements: [{ type: "plain_text", text: slackWord("homeDmHint", locale) }] },
    ],
  };
}
