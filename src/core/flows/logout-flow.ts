import { z } from "zod";
import type { DialogState } from "../dialog-state.js";
import { defineStep, type Step } from "./define-step.js";
import { asDirectoryKnows } from "./directory-spelling.js";
import { end, endDeclined, say, stay, type FlowContext, type Transition } from "./flow.js";
import { toldUnlinked } from "./logout-words.js";
import { askWhoLogsOut } from "./reset-flow.js";
import { personId } from "./state-fields.js";
import { trustedEmailProves } from "./trusted-email.js";
import { registerOf } from "../i18n/register.js";
import { staffPasswordAgainMinutes, staffPasswordDue } from "./staff/staff-password-again.js";
import { staffRoleRemembered } from "./staff/staff-role-remembered.js";
import { staffPasswordBeforeLogout } from "./staff/staff-step-up.js";

/**
 * /logout asks first: it sits in Telegram's command menu, where a stray tap is easy, and a child who does
 * not remember her password cannot link again without her teacher (unless the platform vouches for her
 * email: then the question says her user ID is enough, see trusted-email.ts). A chat linked to one person
 * gets "Yes, unlink" / "No, keep it"; a family phone's "Who should I unlink?" is its own confirmation
 * (family-flow.ts). Only a tap answers either (onlyTapCounts); /cancel, an old button or the question's
 * expiry keep the link.
 */
export async function startLogout(ctx: FlowContext): Promise<Transition> {
  const linked = await ctx.deps.store.linkedPeople(ctx.chat);
  if (linked.length === 0) return end(say("logout.notLinked"));
  if (linked.length > 1) return askWhoLogsOut(ctx, linked);
  const [person] = await asDirectoryKnows(ctx, linked);
  const staff = registerOf(person?.role) === "staff";
  // Her link is her staff commands' key: a pupil at her unlocked phone must not unlink her without it.
  const asked = staff ? await staffPasswordBeforeLogout(ctx) : null;
  if (asked !== null) return asked;
  // A directory that does not answer must not keep anyone linked: no password is asked (it could not be
  // checked), but a staff role it gave before still picks the adult words (StaffRolesSeen).
  const staffWords = !staff && person?.role === null && (await staffRoleRemembered(ctx, linked)) !== null;
  // Her trusted email comes with the same answer: /logout asks the directory once.
  const byEmail = person !== undefined && (await trustedEmailProves(ctx, person));
  return {
    next: {
      name: "logout.confirm",
      personId: linked[0]!,
      staff,
      ...(staffWords ? { staffWords } : {}),
      ...(byEmail ? { byEmail } : {}),
    },
  };
}

/** The open state is /logout's question: a chat linked to one person's, or a family phone's "who?". */
export function asksToLogOut(state: DialogState): boolean {
  return state.name === "logout.confirm" || (state.name === "family.who" && state.purpose === "logout");
}

const logoutConfirmState = z.object({
  name: z.literal("logout.confirm"),
  /** The one linked when asked (the store's spelling): only that link goes, whoever was linked meanwhile. */
  personId,
  /** A teacher's or admin's chat: the words are in the adult register, and say nothing of secret answers. */
  staff: z.boolean(),
  /**
   * Asked while the directory did not answer, of an account it last gave as staff: her words, as `staff`,
   * but no password is due at "Yes, unlink" (none was asked, and none could be checked).
   */
  staffWords: z.literal(true).optional(),
  /** /setup links her here again with her user ID alone (a trusted Slack email): no password is needed. */
  byEmail: z.boolean().optional(),
});
export const logoutConfirmStep: Step<typeof logoutConfirmState> = defineStep({
  state: logoutConfirmState,
  input: "choice",
  role: "anyone",
  secret: false,
  prompt: (_ctx, state) => ({
    ...say(state.byEmail === true ? "logout.confirmByEmail" : "logout.confirm"),
    choices: [
      { id: "yes", label: { key: "logout.yes" } },
      { id: "keep", label: { key: "logout.keep" } },
    ],
  }),
  speaksToStaff: (state) => state.staff || state.staffWords === true,
  // Nothing is under way while it asks: left alone, it ends without "we stopped because you were away".
  expiresQuietly: true,
  // Stopped by /cancel, "stop" or another command: the link is kept, and the words say so.
  stoppedNotice: () => say("logout.kept"),
  async handle(ctx, state, input) {
    if (input.value === "keep") return endDeclined(say("logout.kept"));
    if (input.value !== "yes") return stay(state, say("input.useButtons"));
    // A "Yes, unlink" left on her screen past her password's window is a pupil's tap like any other (a
    // password typed for this question was noted for the window, as at her commands).
    if (state.staff && (await staffPasswordDue(ctx, { id: state.personId }))) {
      const minutes = staffPasswordAgainMinutes(ctx);
      return { ...end(say("staff.passwordAgainStartAgain", { minutes })), leaving: { by: "role" } };
    }
    return toldUnlinked(ctx, await ctx.deps.store.unlinkChat(ctx.chat, state.personId));
  },
});

/** /logout's question to a chat linked to one person: its id, and whether it is staff. */
export const logoutSteps = [logoutConfirmStep] as const;
