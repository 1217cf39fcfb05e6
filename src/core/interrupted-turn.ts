import type { ChatRef } from "./chat.js";
import type { parseCommand } from "./commands.js";
import type { CoreDeps } from "./core-deps.js";
import { inReadersRegister, registerOfTurn } from "./dialog-register.js";
import { say, type FlowContext } from "./flows/flow.js";
import { inLanguage, languageFor } from "./i18n/chat-language.js";
import { withLinksReadAhead } from "./links-read-ahead.js";
import type { Inbound, Outcome } from "./messages.js";

/**
 * The answer to a delivery of an update whose first delivery's turn began and never ended (ChatTurn's
 * `interrupted`). Not run again, as it could reset a password twice. A message may be the secret that turn
 * was asked for, and that turn did not delete it: deleted (a button press is not, and is asked to be pressed
 * again). In the chat's language, and in the register of whoever reads it: a staff command's, else the
 * chat's links' (the links read with the turn when it read them, so no round trip of their own).
 */
export async function interruptedOutcome(
  deps: CoreDeps,
  chat: ChatRef,
  inbound: Inbound,
  command: ReturnType<typeof parseCommand>,
  turn: { language?: string | null; links?: string[] },
): Promise<Outcome> {
  const language = languageFor(deps.settings, turn.language ?? null, inbound.locale);
  const press = inbound.choice !== undefined;
  const store = turn.links === undefined ? deps.store : withLinksReadAhead(deps.store, chat, turn.links);
  const ctx: FlowContext = { chat, now: deps.clock(), deps: { ...deps, store }, language };
  const told = say(press ? "chat.interruptedPress" : "chat.interrupted");
  const worded = await inReadersRegister(ctx, [told], registerOfTurn(undefined, command));
  return {
    replies: inLanguage(worded.replies, language),
    deleteInbound: !press,
    ...(worded.register === undefined ? {} : { register: worded.register }),
  };
}
