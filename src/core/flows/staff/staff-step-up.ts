import { z } from "zod";
import { audit, STAFF_AGAIN_REFUSED, STEP_UP_REFUSED } from "../../audit.js";
import { chatKey } from "../../chat.js";
import { onlyEmoji } from "../../emoji.js";
import { typedInFullWidth, wideSpaceAtAnEnd } from "../../passwords/password-policy.js";
import { looksLikePassword } from "../../looks-like-password.js";
import type { Reply } from "../../messages.js";
import { staffPasswordSubject, type CountedFailure } from "../../ports/limit-counters.js";
import type { Person } from "../../ports/directory.js";
import { defineStep, type Step } from "../define-step.js";
import { end, minutesUntil, say, waitUntil, stay, type FlowContext, type Transition } from "../flow.js";
import { countedPasswordCheck } from "../counted-password-check.js";
import { personId } from "../state-fields.js";
import { STAFF_COMMANDS, type StaffCommand } from "./staff-command-names.js";
import { runStaffCommandAs } from "./staff-commands.js";
import {
  noteStaffPasswordProven,
  staffPasswordAgainMinutes,
  staffPasswordDue,
} from "./staff-password-again.js";
import { staffOfChat } from "./staff-access.js";
import { asDirectorySpells } from "../directory-spelling.js";
import { openArgument, sealArgument } from "./sealed-argument.js";
import { toldUnlinked } from "../logout-words.js";

/**
 * A staff command on a chat also linked to a student (a family phone): whoever holds the phone may be the
 * child, so the teacher or admin who acts there types her own directory password first. The proof is the
 * step's alone: the command goes on in the same dialog, and the next command asks again. Her tries count
 * in a limit of her own in this chat (`staff-password`: LINK_MAX_FAILURES in the link window, the same pause
 * words; a `staff-password-paused` alert, as her set-up is not paused) and as the chat's failed tries; a refused one is an audit attempt about
 * her. Not in the `link` limit of her ID: anyone who knows the ID fills that at /setup from any chat, and
 * would so stop her commands on her own phone (and every teacher's and admin's, one after another).
 *
 * The same step asks on a chat linked only to staff ("again") once her password is older there than
 * STAFF_PASSWORD_AGAIN_MINUTES (staff-password-again.ts): a pupil may pick up the teacher's unlocked phone.
 * There the right password holds for the window, not for one command.
 */

/** Why the password is asked: a phone shared with a student, or her own chat's proof grown old. */
export type StaffPasswordWhy = "shared" | "again";

/**
 * Whom /logout unlinks once her password is right: absent, her one link here, asked "Yes, unlink?" next
 * (a chat linked only to her); else those a family phone's "Who should I unlink?" named (ids and names).
 */
type LogoutAfterPassword = { id: string; name: string }[] | undefined;

/** Asks the acting staff member for her password before `command`; refused at once while a limit holds. */
export async function askStaffPassword(
  ctx: FlowContext,
  actor: Person,
  command: StaffCommand | "logout",
  argument: string,
  why: StaffPasswordWhy = "shared",
  unlink?: LogoutAfterPassword,
): Promise<Transition> {
  const { limits } = ctx.deps;
  const [chat, own] = await Promise.all([
    limits.blockedUntil("chat", chatKey(ctx.chat), ctx.now),
    limits.blockedUntil("staff-password", ownTries(ctx, actor.id), ctx.now),
  ]);
  const paused = pausedWords(ctx, actor, chat, own);
  if (paused !== null) return end(paused);
  // What followed the command is kept while the password is asked: a user ID or a class, but not words
  // that look like a password (typed on the same line by mistake); and sealed, as words that do not (her
  // password written as words) may be hers all the same.
  const kept = looksLikePassword(argument) ? "" : argument;
  return {
    next: {
      name: "staff.password",
      staffId: actor.id,
      staffName: actor.name,
      command,
      // Empty for a replica of an earlier version, which then runs the command with nothing after it.
      argument: "",
      ...(kept === "" ? {} : { sealedArgument: sealArgument(ctx, kept) }),
      ...(why === "again" ? { again: true as const } : {}),
      ...(unlink === undefined ? {} : { unlink }),
    },
  };
}

/**
 * /logout of a staff link asks her password as her commands do (a pupil at her unlocked phone must not
 * unlink her): on a phone shared with a student every time, on her own once it is old there. Null when
 * nothing need be asked. `unlink`: those a family phone's list named (she among them), else her one link.
 */
export async function staffPasswordBeforeLogout(
  ctx: FlowContext,
  unlink?: LogoutAfterPassword,
): Promise<Transition | null> {
  const { actor, sharedWithStudent } = await staffOfChat(ctx);
  if (actor === null) return null;
  if (sharedWithStudent) return askStaffPassword(ctx, actor, "logout", "", "shared", unlink);
  if (await staffPasswordDue(ctx, actor)) return askStaffPassword(ctx, actor, "logout", "", "again", unlink);
  return null;
}

const staffPasswordState = z.object({
  name: z.literal("staff.password"),
  /** Whose password: the staff account that acts for the chat when it was asked. */
  staffId: personId,
  staffName: z.string(),
  command: z.enum([...STAFF_COMMANDS, "logout"]),
  /** As typed after the command, from a dialog an earlier version stored; now always "" (see below). */
  argument: z.string().max(512),
  /**
   * As typed after the command (a user ID, a class, a chat, a number of days), sealed: sealed-argument.ts.
   * Room for the longest message's argument of control characters, each six in the sealed JSON ("\u0001").
   */
  sealedArgument: z.string().max(8192).optional(),
  /** Asked on a chat linked only to staff, her password being old there (absent: a shared phone). */
  again: z.literal(true).optional(),
  /** /logout on a family phone: whom its "Who should I unlink?" named (absent: "Yes, unlink?" follows). */
  unlink: z
    .array(z.object({ id: personId, name: z.string() }))
    .max(50)
    .optional(),
});
export const staffPasswordStep: Step<typeof staffPasswordState> = defineStep({
  state: staffPasswordState,
  input: "text",
  role: "staff",
  secret: true,
  prompt: (ctx, state) =>
    state.again === true
      ? say("staff.againAskPassword", { name: state.staffName, minutes: staffPasswordAgainMinutes(ctx) })
      : say("staff.stepUpAskPassword", { name: state.staffName }),
  async handle(ctx, state, input, actor) {
    // Another staff account acts for the chat now (an admin linked meanwhile): hers is the password to ask.
    if (actor.id.toLowerCase() !== state.staffId.toLowerCase())
      return askStaffPassword(ctx, actor, state.command, argumentOf(ctx, state), whyOf(state), state.unlink);
    if (onlyEmoji(input.text)) return stay(state, say("input.emptyPassword"));
    // Her password in a keyboard's full-width letters, which no login screen types: told, never counted.
    if (wideSpaceAtAnEnd(input.text)) return stay(state, say("staff.passwordSpaceAtEnd"));
    if (typedInFullWidth(input.text)) return stay(state, say("staff.passwordFullWidth"));
    // Counted as set-up's password is, but in her own limit in this chat.
    const tries = { kind: "staff-password" as const, subject: ownTries(ctx, actor.id) };
    const checked = await countedPasswordCheck(ctx, actor.id, input.text, tries);
    if ("blocked" in checked) return end(pausedWords(ctx, actor, null, checked.blocked)!);
    if ("unanswered" in checked) return unanswered(ctx, actor, checked.unanswered);
    const { person: proven, failure } = checked;
    if (proven === null || proven.id.toLowerCase() !== actor.id.toLowerCase())
      return wrongPassword(ctx, state, actor, failure);
    await ctx.deps.limits.forget(tries.kind, tries.subject, failure).catch((error: unknown) => {
      ctx.deps.logger.warn({ err: error, subject: actor.id }, "could not take back a staff password try");
    });
    // Proven in this chat: a chat linked only to staff asks no more for STAFF_PASSWORD_AGAIN_MINUTES (a
    // shared phone still asks at every command).
    await noteStaffPasswordProven(ctx, actor.id);
    if (state.command === "logout") return logoutAfterPassword(ctx, actor, state.unlink);
    const going = await runStaffCommandAs(ctx, actor, state.command, argumentOf(ctx, state));
    // Only a shared phone's conversation closes after its few quiet minutes: on her own phone the window
    // above already bounds it, and a guided code read to her from home may take longer than those minutes.
    return "next" in going && state.again !== true ? { ...going, provenOnSharedPhone: true } : going;
  },
});

export const stepUpSteps = [staffPasswordStep] as const;

/** What followed the command: sealed, or as a dialog an earlier version stored kept it. */
function argumentOf(ctx: FlowContext, state: z.infer<typeof staffPasswordState>): string {
  return state.sealedArgument === undefined ? state.argument : openArgument(ctx, state.sealedArgument);
}

/** Her password was right: her one link is asked about as anyone's is, or those the list named go. */
async function logoutAfterPassword(
  ctx: FlowContext,
  actor: Person,
  unlink: LogoutAfterPassword,
): Promise<Transition> {
  const linked = await ctx.deps.store.linkedPeople(ctx.chat);
  if (unlink === undefined) {
    const own = linked.find((id) => id === actor.id.trim().toLowerCase());
    if (own === undefined) return end(say("logout.notLinked"));
    return { next: { name: "logout.confirm", personId: own, staff: true } };
  }
  // Only those the list named and still linked: someone linked here since was not asked about.
  const removed: string[] = [];
  for (const person of unlink) {
    if (linked.includes(person.id.trim().toLowerCase()))
      removed.push(...(await ctx.deps.store.unlinkChat(ctx.chat, person.id)));
  }
  if (unlink.length === 1 && removed.length === 1) {
    for (const id of await asDirectorySpells(ctx, removed)) await audit(ctx, "unlink", id, "ok");
    return end(say("logout.doneFor", { name: unlink[0]!.name }));
  }
  return toldUnlinked(ctx, removed);
}

function whyOf(state: z.output<typeof staffPasswordState>): StaffPasswordWhy {
  return state.again === true ? "again" : "shared";
}

async function wrongPassword(
  ctx: FlowContext,
  state: z.output<typeof staffPasswordState>,
  actor: Person,
  failure: CountedFailure,
): Promise<Transition> {
  const { limits } = ctx.deps;
  // The chat is the actor: nobody proved to be the staff member.
  const refusedNote = state.again === true ? STAFF_AGAIN_REFUSED : STEP_UP_REFUSED;
  await audit(ctx, "staff-refused", actor.id, "refused", refusedNote);
  await limits.attemptFailed(ctx, "staff-password", ownTries(ctx, actor.id), failure);
  await reportOwnPause(ctx, actor, failure);
  await limits.fail(ctx, "chat", chatKey(ctx.chat), { about: actor.id });
  const chat = await limits.blockedUntil("chat", chatKey(ctx.chat), ctx.now);
  const paused = pausedWords(ctx, actor, chat, failure.blockedUntil);
  if (paused !== null) return end(paused);
  return stay(state, say("staff.stepUpWrongPassword", { name: actor.name }));
}

/**
 * The directory never answered her password (it is slow): the try stays counted in her own limit here, so
 * she is not asked again at once; what she began ends, nothing done. A pause her try started is reported
 * as a wrong password's is, and told as the slow system's.
 */
async function unanswered(ctx: FlowContext, actor: Person, failure: CountedFailure): Promise<Transition> {
  await reportOwnPause(ctx, actor, failure);
  if (failure.blockedUntil !== null)
    return end(
      say("staff.stepUpPausedSlow", {
        name: actor.name,
        ...waitUntil(failure.blockedUntil, ctx.now),
      }),
    );
  return end(say("staff.directorySlow", { name: actor.name }));
}

/** The subject of her password tries in this chat (the `staff-password` limit). */
function ownTries(ctx: FlowContext, staffId: string): string {
  return staffPasswordSubject(chatKey(ctx.chat), staffId);
}

/**
 * Her password paused in this chat by this try (its window's or its day's pause): audited about her as a
 * set-up pause is, and the admins hear that her commands on this chat are paused (not her set-up, nor her
 * other chats).
 */
async function reportOwnPause(ctx: FlowContext, actor: Person, counted: CountedFailure): Promise<void> {
  const started = ctx.deps.limits.pauseStarted("staff-password", counted);
  if (started === null) return;
  const { counted: failure, windowMs } = started;
  const { failures } = failure;
  await audit(ctx, "link-paused", actor.id, "refused", `${failures} wrong passwords`);
  ctx.deps.alerts.raise({
    kind: "staff-password-paused",
    subject: actor.id,
    // Her commands there work again within the limit's window (LINK_FAILURE_WINDOW_MINUTES), not always an hour.
    details: { failures, chat: chatKey(ctx.chat), minutes: Math.round(windowMs / 60_000) },
    ...(failure.blockedUntil === null ? {} : { episode: String(failure.blockedUntil) }),
  });
}

/**
 * What a pause of the chat's tries, or of the staff member's own password, says; null when neither holds.
 * Her pause names her: on a family phone the child who typed her own password reads "your account" as hers.
 */
function pausedWords(ctx: FlowContext, actor: Person, chat: number | null, own: number | null): Reply | null {
  if (chat !== null) return say("staff.stepUpChatPaused", { minutes: minutesUntil(chat, ctx.now) });
  if (own !== null) return say("staff.stepUpPaused", { name: actor.name, ...waitUntil(own, ctx.now) });
  return null;
}
