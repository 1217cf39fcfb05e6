import { menuOfPeople } from "../start-menu.js";
import { end, say, type FlowContext, type Transition } from "./flow.js";
import { peopleLinkedHere } from "./staff/staff-access.js";

/**
 * "That button is old" when nothing is left open: the menu follows, as the one thing to go on from. On
 * Telegram the words are only a pop-up over the pressed button, so without the menu the chat got nothing.
 */
export async function oldButtonEnd(ctx: FlowContext): Promise<Transition> {
  const { reply } = menuOfPeople(await peopleLinkedHere(ctx), ctx.deps.settings.accountName);
  return end(say("button.expired"), reply);
}
