import { audit } from "../audit.js";
import { end, say, type FlowContext, type Transition } from "./flow.js";
import type { GuidedProofRoute } from "./staff/guided-password.js";
import { newPasswordEventSince } from "./staff/new-password-meanwhile.js";

/** The guided reset's audit note when it unlinked the student's chat (guided-password.ts). */
const UNLINKED_ROUTE: GuidedProofRoute = "in person, chat unlinked";

/**
 * The note of a student's own reset that a guided reset overtook ("reset-interrupted", info): short, as her
 * trail keeps an entry in 64 bytes (redis-audit.ts), with her chat's key in it.
 */
export const GUIDED_RESET_MEANWHILE = "guided";

/**
 * A student's own reset, in her own chat, that a teacher's or admin's guided reset overtook: since this
 * dialog began, a guided reset gave her a new password. It is no failed reset (nothing is counted towards a
 * suspension, and the audit says what happened), and she is told to use that password, not to /reset again,
 * which would replace it. Null when no guided reset explains the change, or this chat is no longer hers (a
 * lost phone's guided reset unlinks it: whoever holds it hears what wrong answers hear, as before), unless
 * `verified`: she answered all three questions right in this dialog, so she hears the truth there too. Only
 * when this chat was hers (`ownChat`: the reset began as her own) and the guided reset unlinked it is she
 * told that /setup links it again (the chat was told of the unlinking already); on the typed-id route (a
 * friend's phone, never hers) she hears the words of the guided reset's route: sent to her own chat, or given.
 */
export async function overtakenByGuidedReset(
  ctx: FlowContext,
  personId: string,
  { verified = false, ownChat = false }: { verified?: boolean; ownChat?: boolean } = {},
): Promise<Transition | null> {
  const since = ctx.dialogStartedAt ?? ctx.now - ctx.deps.settings.dialogMaxMs;
  const [change, linked] = await Promise.all([
    newPasswordEventSince(ctx, personId, since),
    ctx.deps.store.linkedPeople(ctx.chat),
  ]);
  if (change?.event !== "guided-reset") return null;
  const stillHers = linked.includes(personId.trim().toLowerCase());
  if (!stillHers && !verified) return null;
  const by = await ctx.deps.directory.findPerson(change.actor).catch(() => null);
  if (by === null) return null;
  await audit(ctx, "reset-interrupted", personId, "info", GUIDED_RESET_MEANWHILE);
  if (!stillHers && ownChat && change.reason === UNLINKED_ROUTE) {
    const account = ctx.deps.settings.accountName;
    return end(say("reset.guidedMeanwhileUnlinked", { teacher: by.name, account }));
  }
  // A code's route sent the password to her own chat (this one, or another on the typed-id route); the
  // others gave it to her in person.
  if (change.reason !== "code") return end(say("reset.guidedMeanwhile", { teacher: by.name }));
  return end(
    say(stillHers ? "reset.guidedMeanwhileSent" : "reset.guidedMeanwhileSentElsewhere", { teacher: by.name }),
  );
}
