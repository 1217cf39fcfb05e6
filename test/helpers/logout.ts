import type { Outcome } from "../../src/core/messages.js";
import type { TestChat } from "./test-world.js";

/** The button that confirms /logout, in English (the other keeps the chat linked). */
export const LOGOUT_BUTTON = "Yes, unlink";

/**
 * A chat linked to one person unlinks itself on purpose: /logout, then "Yes, unlink" in whatever language
 * the chat speaks. For tests that need an unlinked chat; /logout alone only asks (logout-confirm.test.ts).
 */
export async function logOut(chat: TestChat): Promise<Outcome> {
  const asked = await chat.send("/logout");
  const yes = asked.replies.flatMap((r) => r.choices ?? []).find((c) => c.id.endsWith(":yes"));
  if (yes === undefined) throw new Error(`/logout did not ask to unlink: ${chat.lastText}`);
  return chat.deliver({ choice: yes.id });
}

/** The same on the terminal: /logout, then the number of "Yes, unlink". */
export const LOGOUT_LINES = ["/logout", "1"] as const;
