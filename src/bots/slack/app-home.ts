import type { types } from "@slack/bolt";
import type { Directory } from "../../core/ports/directory.js";
import type { Store } from "../../core/ports/store.js";
import { choiceButtons, textSection } from "./render-blocks.js";
import { fill, SLACK_WORDS } from "./slack-words.js";

/** What the App Home says about the user. */
export interface HomeStatus {
  /** The school account this Slack user is linked to (as the directory spells it), or null. */
  personId: string | null;
  setUp: boolean;
}

/**
 * Reads the user's link and enrolment. The store keeps ids in lower case; the directory's spelling is what
 * the student knows, and when the directory does not answer the stored id will do.
 */
export async function readHomeStatus(
  store: Store,
  directory: Directory,
  userId: string,
): Promise<HomeStatus> {
  const personId = await store.linkedPerson({ channel: "slack", chatUserId: userId });
  if (personId === null) return { personId, setUp: false };
  const [enrolment, person] = await Promise.all([
    store.getEnrolment(personId),
    directory.findPerson(personId).catch(() => null),
  ]);
  return { personId: person?.id ?? personId, setUp: enrolment !== null };
}

/**
 * The App Home tab: whether this Slack account is linked and set up, and the start menu's buttons (their
 * values are the core's menu choices, so a press works like the menu in the DM and opens the box at once).
 * Only the user sees their Home tab, so showing their own account id tells nobody anything new. A null
 * status (the store did not answer) leaves the status lines out.
 */
export function homeView(status: HomeStatus | null, locale?: string): types.HomeView {
  // The core's start-menu choices ("m:..."), which work in any state and never go stale.
  const menu = choiceButtons(
    {
      text: { key: "menu.welcome" },
      choices: [
        { id: "m:setup", label: { key: "menu.setup" } },
        { id: "m:reset", label: { key: "menu.reset" } },
        { id: "m:help", label: { key: "menu.help" } },
      ],
    },
    locale,
  );
  return {
    type: "home",
    blocks: [
      { type: "header", text: { type: "plain_text", text: SLACK_WORDS.homeTitle } },
      ...(status === null
        ? []
        : [
            textSection(
              status.personId === null
                ? SLACK_WORDS.homeNotLinked
                : fill(SLACK_WORDS.homeLinked, { id: status.personId }),
            ),
          ]),
      ...(status === null || status.personId === null
        ? []
        : [textSection(status.setUp ? SLACK_WORDS.homeSetUp : SLACK_WORDS.homeNotSetUp)]),
      ...menu,
      { type: "context", elements: [{ type: "plain_text", text: SLACK_WORDS.homeDmHint }] },
    ],
  };
}
