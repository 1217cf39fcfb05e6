import { wishAtNewPassword } from "../new-password-wishes.js";
import { newPasswordChoiceNamed, saysMakeOne } from "./new-password-choice-words.js";
import { z } from "zod";
import { timingSafeEqual } from "node:crypto";
import { audit } from "../audit.js";
import { chatKey } from "../chat.js";
import {
  DirectoryUnavailableError,
  NoSuchPersonError,
  PasswordOutcomeUnknownError,
  PasswordRejectedError,
} from "../errors.js";
import { disappearsIn } from "../i18n/disappears-in.js";
import { onlyEmoji } from "../emoji.js";
import type { Choice, Reply } from "../messages.js";
import { generatePassphrase } from "../passwords/passphrase.js";
import { checkNewPassword, hasSpaceAtAnEnd } from "../passwords/password-policy.js";
import { isBackOnlyWord, isBackWord, reservedWord } from "../reserved-words.js";
import { recordingAfterPasswordSet } from "./after-password-set.js";
import { end, endAfterChange, say, stay, withTheSave, type FlowContext, type Transition } from "./flow.js";
import { defineStep, type Step } from "./define-step.js";
import { resetStopped } from "./reset-stopped.js";
import { accountGoneMeanwhile } from "./account-gone.js";
import { changedWhileVerified } from "./changed-while-verified.js";
import { verifiedMinutesLeft } from "./verified-minutes-left.js";
import { heldReservation, ownChat, personId, personVersion, upgrade } from "./state-fields.js";
import { upgradeEnrolmentAfterReset } from "./enrolment-upgrade.js";
import { notifyQuietly } from "./notify-quietly.js";
import { namesAnOfferedQuestion } from "../questions/question-named.js";
import { asksForHelp } from "../help-words.js";
import { isListedNonAnswer } from "../answers/non-answers.js";
import { choiceByLabel } from "../button-words.js";

/**
 * The last part of a reset, once the student is verified: a generated passphrase (must change at next
 * login) or one they type twice. If the directory is down, the student stays verified for the rest of the
 * dialog's idle time (never past its lifetime) and can simply try this step again.
 */
const resetChooseState = z.object({
  name: z.literal("reset.choose"),
  personId,
  personName: z.string(),
  personVersion,
  upgrade,
  heldReservation,
  ownChat,
  /**
   * Back here as the directory was down while her own new password was set: words typed now may be that
   * password sent again, even "…?" (see maybeSecretSentAgain).
   */
  ownPasswordJustTyped: z.literal(true).optional(),
  /** None of her answers is a question's key word (see verified in reset-flow): "colour" typed here is kept. */
  noQuestionWordAnswer: z.literal(true).optional(),
  /** Her set-up refused hello and thank you as answers (see verified in reset-flow): "thanks" here is no answer. */
  noSmallTalkAnswer: z.literal(true).optional(),
  /**
   * The roundAnswerDigest of her last answer (question 3's), keyed with the pepper: the same words sent again
   * (a slow phone's second Send) are that answer, never a choice (see sameAsLastAnswer). Absent in states
   * left by older code.
   */
  lastAnswer: z.string().max(64).optional(),
});

/** The choice's "Make one for me" button, whose words typed at the new-password prompts make her one. */
const GENERATE_CHOICE = { id: "generate", label: { key: "reset.generate" } } as const satisfies Choice;
const OWN_CHOICE = { id: "own", label: { key: "reset.typeOwn" } } as const satisfies Choice;

export const resetChooseStep: Step<typeof resetChooseState> = defineStep({
  state: resetChooseState,
  input: "choice",
  role: "anyone",
  secret: false,
  stoppedNotice: resetStopped,
  prompt: () => ({
    ...say("reset.choose"),
    choices: [GENERATE_CHOICE, OWN_CHOICE],
  }),
  help: () => say("reset.helpChoose"),
  // "make one", 帮我做, "taip sendiri", நானே: the button she means, not words deleted as maybe a secret.
  typedAsChoice: (state, text, ctx) => newPasswordChoiceNamed(ctx, state, text),
  // "Thanks" (谢谢) for "all 3 answers are right", or "hi": answered, and what to do next.
  smallTalk: (said) => say(said === "hello" ? "reset.helloChoose" : "reset.welcomeChoose"),
  async handle(ctx, state, input) {
    if (input.value === "own") {
      const {
        ownPasswordJustTyped: _typed,
        noQuestionWordAnswer: _noWord,
        noSmallTalkAnswer: _none,
        lastAnswer: _last,
        ...rest
      } = state;
      return { next: { ...rest, name: "reset.newPassword" } };
    }
    if (input.value !== "generate") return stay(state, say("input.useButtons"));
    return makeOne(ctx, state);
  },
});

/**
 * "Make one for me": a password the bot makes is set (she must change it at the next login) and shown.
 * `choice`: the choice she is at, or goes back to when the directory refuses it or is down.
 */
function makeOne(ctx: FlowContext, choice: RetryState & { name: "reset.choose" }): Promise<Transition> {
  const password = generatePassphrase(ctx.deps.settings.password, {
    id: choice.personId,
    name: choice.personName,
  });
  const afterSeconds = ctx.deps.settings.password.generatedDeleteAfterSeconds;
  const protect = { deleteAfterSeconds: afterSeconds };
  const shown: Reply = { ...say("reset.generated", { password, ...disappearsIn(afterSeconds) }), protect };
  // Only a password the directory took is audited as "set, not shown" when the channel cannot show it.
  const setFor: Reply = { ...shown, protect: { ...protect, setFor: choice.personId } };
  return setPassword(ctx, choice, password, true, {
    set: [setFor],
    maybeSet: [say("reset.maybeSet"), shown],
  });
}

const resetNewPasswordState = z.object({
  name: z.literal("reset.newPassword"),
  personId,
  personName: z.string(),
  personVersion,
  upgrade,
  heldReservation,
  ownChat,
});
export const resetNewPasswordStep: Step<typeof resetNewPasswordState> = defineStep({
  state: resetNewPasswordState,
  input: "text",
  role: "anyone",
  secret: true,
  stoppedNotice: resetStopped,
  prompt: (ctx) => ({
    ...say("reset.askNewPassword", { min: ctx.deps.settings.password.minLength }),
  }),
  help: (ctx) => say("reset.helpNewPassword", { min: ctx.deps.settings.password.minLength }),
  async handle(ctx, state, input) {
    if (input.text.trim() === "") return stay(state, say("input.emptyNewPassword"));
    const person = { id: state.personId, name: state.personName };
    const problem = checkNewPassword(input.text, person, ctx.deps.settings.password, [
      ctx.deps.settings.accountName,
    ]);
    // "back" (返回, kembali, balik, பின்): she changed her mind. The word alone is always read so; with more around it
    // ("Back!"), only when no new password could be it.
    const backAround = reservedWord(input.text) === "back" || isBackOnlyWord(input.text);
    // "go back please" (回去, pergi balik): the bot's own words for it too (new-password-wishes.ts).
    const wish = wishAtNewPassword(input.text, ctx.deps.settings.languages);
    if (isBackWord(input.text) || (problem !== null && backAround) || (wish !== null && "back" in wish))
      return { next: { ...state, name: "reset.choose" } };
    // "make one for me" (帮我做一个, "buatkan"): the button's words, never a password she chose.
    if (asksToMakeOne(ctx, input.text)) return makeOne(ctx, { ...state, name: "reset.choose" });
    // "I'll type my own", the button that opened this prompt, typed: she has chosen; the prompt again.
    if (choiceByLabel([OWN_CHOICE], input.text, ctx.deps.settings.languages) === OWN_CHOICE)
      return stay(state);
    // "I need help", "i dont know": a child who does not know what to do, not a password she chose (typed
    // twice, it would have been set). No secret is lost: she is choosing a new one.
    if (notAChosenPassword(input.text))
      return stay(state, say("reset.helpNewPassword", { min: ctx.deps.settings.password.minLength }));
    if (problem !== null) return stay(state, { text: problem });
    return {
      next: {
        ...state,
        name: "reset.confirmPassword",
        firstDigest: confirmDigest(ctx, state.personId, input.text),
      },
    };
  },
});

const resetConfirmPasswordState = z.object({
  name: z.literal("reset.confirmPassword"),
  personId,
  personName: z.string(),
  personVersion,
  upgrade,
  heldReservation,
  ownChat,
  /** A keyed digest of the first entry, to compare with the second; never the password itself. */
  firstDigest: z.string(),
});
export const resetConfirmPasswordStep: Step<typeof resetConfirmPasswordState> = defineStep({
  state: resetConfirmPasswordState,
  input: "text",
  role: "anyone",
  secret: true,
  stoppedNotice: resetStopped,
  prompt: () => ({ ...say("reset.askNewPasswordAgain") }),
  async handle(ctx, state, input) {
    const { firstDigest: _first, ...verified } = state;
    // The words "Type your new password" reads as a wish (going back, "start again", "make one for me") are
    // never a first password, so here too they are that wish, not "not the same" (the routing reads the
    // others: stop, the menu, a language).
    const wish = wishAtNewPassword(input.text, ctx.deps.settings.languages);
    if (isBackWord(input.text) || (wish !== null && "back" in wish))
      return { next: { ...verified, name: "reset.choose" } };
    if (asksToMakeOne(ctx, input.text)) return makeOne(ctx, { ...verified, name: "reset.choose" });
    // Nothing typed (an Enter pressed too soon, emoji alone, which no new password holds) is no second try:
    // "not the same" would send her back to type both again.
    if (onlyEmoji(input.text)) return stay(state, say("input.emptyNewPassword"));
    // A phone keyboard's space after the last word: the first entry had none (it was refused), so this one
    // cannot be the same, and saying so tells nothing about the first. "Not the same" sent her to type both.
    if (hasSpaceAtAnEnd(input.text)) return stay(state, say("password.spaceAtEnd"));
    const again = Buffer.from(confirmDigest(ctx, state.personId, input.text));
    const first = Buffer.from(state.firstDigest);
    const back = {
      name: "reset.newPassword" as const,
      personId: state.personId,
      personName: state.personName,
      personVersion: state.personVersion,
      ...(state.upgrade === undefined ? {} : { upgrade: state.upgrade }),
      ...(state.heldReservation === undefined ? {} : { heldReservation: state.heldReservation }),
      ...(state.ownChat === undefined ? {} : { ownChat: state.ownChat }),
    };
    // "I need help", "i dont know": never a first password (that prompt reads them as asking for help), so
    // not "not the same" but what to do, and the first prompt again.
    if (notAChosenPassword(input.text))
      return {
        next: back,
        say: [say("reset.helpNewPassword", { min: ctx.deps.settings.password.minLength })],
      };
    if (again.length !== first.length || !timingSafeEqual(again, first)) {
      return { next: back, say: [say("reset.passwordsDiffer")] };
    }
    return setPassword(ctx, back, input.text, false, {
      set: [say("reset.ownSet")],
      maybeSet: [say("reset.maybeSetOwn")],
    });
  },
});

export const newPasswordSteps = [resetChooseStep, resetNewPasswordStep, resetConfirmPasswordStep] as const;

function confirmDigest(ctx: FlowContext, personId: string, password: string): string {
  return ctx.deps.digest.digest("confirm-password", `${personId.toLowerCase()}\u0000${password}`);
}

const DAYS = 24 * 3600_000;

/** What the student is told when the password was set, and when it may have been (no answer came). */
interface Told {
  set: Reply[];
  maybeSet: Reply[];
}

/** Where a verified student picks her new password again (the step a refused or failed change goes back to). */
interface RetryState {
  name: "reset.choose" | "reset.newPassword";
  personId: string;
  personName: string;
  personVersion: number;
  upgrade?: string;
  heldReservation?: string;
  ownChat?: true;
}

/**
 * Sets the password in the directory and finishes the dialog. First the directory is asked again (an account
 * IT removed or disabled ends the reset), then the reset is checked again and reserved (still the linked
 * chat, not suspended, the same answers, under the cap: ResetGuard); on a refusal the student picks another
 * password (`retry` state); when the directory is down they go back to the choice, still verified. A change
 * that was sent but never answered may have been made: it counts as a reset.
 */
async function setPassword(
  ctx: FlowContext,
  retry: RetryState,
  password: string,
  mustChange: boolean,
  told: Told,
): Promise<Transition> {
  const { directory, store, settings, alerts, logger } = ctx.deps;
  // This dialog's own reservation, left held by a give-back that failed: it must not make this try "busy".
  if (retry.heldReservation !== undefined) await store.releaseReset(retry.personId, retry.heldReservation);
  const { heldReservation: _given, ...free } = retry;
  // The directory asked afresh, right before the change: IT may have removed or disabled her account since
  // her answers were checked (minutes ago, or a whole idle time while the directory was down).
  const person = await directory.findPerson(retry.personId).catch((error: unknown) => {
    if (error instanceof DirectoryUnavailableError) return error;
    throw error;
  });
  if (person instanceof DirectoryUnavailableError) return directoryDown(ctx, free, mustChange, person);
  if (person === null) return accountGoneMeanwhile(ctx, retry.personId);
  const reservation = await store.reserveReset(retry.personId, {
    expectedVersion: retry.personVersion,
    now: ctx.now,
    ttlMs: settings.reset.reservationMs,
    student: { maxResets: settings.reset.maxSuccesses, windowMs: settings.reset.successWindowMs },
  });
  if (!reservation.ok) {
    const overtaken =
      reservation.reason === "changed"
        ? await changedWhileVerified(ctx, retry.personId, retry.ownChat === true)
        : null;
    if (overtaken !== null) return overtaken;
    await audit(ctx, "reset-interrupted", retry.personId, "refused", reservation.reason);
    if (reservation.reason === "busy") return end(say("reset.busy"));
    if (reservation.reason === "capped") {
      const days = Math.round(settings.reset.successWindowMs / DAYS);
      return end(say("reset.capped", { max: settings.reset.maxSuccesses, days }));
    }
    return end(say("reset.changed"));
  }
  try {
    await directory.setPassword(retry.personId, password, { mustChange });
  } catch (error) {
    if (error instanceof PasswordOutcomeUnknownError) {
      // Sent, never answered: it may be set, so it counts (cap, audit) like one that was.
      logger.error(
        { err: error, subject: retry.personId },
        "a password change may or may not have been made",
      );
      // Its own kind, about the student: a directory alert just before (likely, as it is timing out) must
      // not swallow it, and the admin needs the account to check.
      alerts.raise({ kind: "password-maybe-set", subject: retry.personId });
      const record = recordingAfterPasswordSet(ctx, retry.personId);
      const how = mustChange ? "generated password" : "own password";
      await Promise.all([
        record.run("count the reset", () =>
          store.commitReset(retry.personId, reservation.token, {
            now: ctx.now,
            countForCapMs: settings.reset.successWindowMs,
          }),
        ),
        record.run("audit", () =>
          audit(
            ctx,
            "reset",
            retry.personId,
            "info",
            `${how} may have been set: the directory did not answer`,
          ),
        ),
        record.run("tell the linked chat", () => tellLinkedChat(ctx, retry)),
      ]);
      record.done();
      return endAfterChange(...told.maybeSet);
    }
    // Given back on a definite no. If Redis fails just then, the student still hears the school's answer
    // and stays at the step; the next try gives the reservation back first (it expires by itself anyway).
    const given = await store.releaseReset(retry.personId, reservation.token).then(
      () => true,
      (releaseError: unknown) => {
        logger.warn(
          { err: releaseError, subject: retry.personId },
          "could not give back a reset reservation",
        );
        return false;
      },
    );
    const next = given ? free : { ...free, heldReservation: reservation.token };
    // Removed (or, where the directory refuses one, disabled) between that lookup and the change.
    if (error instanceof NoSuchPersonError) return accountGoneMeanwhile(ctx, retry.personId);
    if (error instanceof PasswordRejectedError) {
      await audit(ctx, "password-set", retry.personId, "refused", error.reason);
      // "Changed very recently" (the directory's minimum password age) holds for any password that day, and
      // a teacher's /guided too is told to try later: asking for another cannot work, so the dialog ends.
      // The reservation was given back above: nothing counts against her resets.
      if (error.reason === "too-recent") return end(say("reset.tooRecent"));
      // A password the bot made is no choice of hers: she is told so, and that another one may pass.
      if (mustChange) return stay(next, say("reset.madeRefused"));
      return stay(next, say(`password.rejected.${error.reason}`));
    }
    if (error instanceof DirectoryUnavailableError) return directoryDown(ctx, next, mustChange, error);
    throw error;
  }
  // The password is changed: whatever fails from here, the student gets it (see recordingAfterPasswordSet).
  // The pieces do not depend on each other, nor the reply on them: side by side and with the turn's save
  // (see WithSave), their first commands leave in one write to Redis with the save and the unlock, which
  // Redis runs after them (the reservation holds the student until the reset is counted).
  await withTheSave(ctx, async () => {
    const record = recordingAfterPasswordSet(ctx, retry.personId);
    await Promise.all([
      record.run("count the reset", () =>
        store.commitReset(retry.personId, reservation.token, {
          now: ctx.now,
          countForCapMs: settings.reset.successWindowMs,
        }),
      ),
      record.run("hash the answers anew", () =>
        upgradeEnrolmentAfterReset(ctx, retry.personId, retry.upgrade),
      ),
      record.run("audit", () =>
        audit(ctx, "reset", retry.personId, "ok", mustChange ? "generated password" : "own password"),
      ),
      record.run("tell the linked chat", () => tellLinkedChat(ctx, retry)),
    ]);
    record.done();
  });
  return endAfterChange(...told.set);
}

/**
 * The directory did not answer as the password was to be set: nothing was changed, and she stays verified at
 * the choice for the rest of the dialog's idle time. Her own password just typed may come again there.
 */
async function directoryDown(
  ctx: FlowContext,
  next: RetryState,
  mustChange: boolean,
  error: DirectoryUnavailableError,
): Promise<Transition> {
  const { logger, alerts } = ctx.deps;
  logger.error({ err: error, subject: next.personId }, "directory unavailable while setting a password");
  alerts.raise({ kind: "directory-error", subject: "directory", details: { during: "set-password" } });
  await audit(ctx, "password-set", next.personId, "failed", "directory unavailable");
  const minutes = verifiedMinutesLeft(ctx);
  const typed = mustChange ? {} : { ownPasswordJustTyped: true as const };
  const told = minutes === null ? say("reset.directoryDownLate") : say("reset.directoryDown", { minutes });
  return stay({ ...next, ...typed, name: "reset.choose" }, told);
}

/**
 * A reset from another chat than the linked one: the linked chat hears that the password changed, by the
 * student's name (a family phone holds several children).
 */
async function tellLinkedChat(
  ctx: FlowContext,
  student: { personId: string; personName: string },
): Promise<void> {
  const linked = await ctx.deps.store.linkedChat(student.personId);
  if (linked !== null && chatKey(linked) !== chatKey(ctx.chat)) {
    const account = ctx.deps.settings.accountName;
    await notifyQuietly(ctx, linked, say("notice.passwordChanged", { account, name: student.personName }));
  }
}

/**
 * Words that are no new password a child chose: asking for help ("I need help", 帮帮我), a non-answer ("i
 * dont know", "I forgot", "help").
 */
function notAChosenPassword(text: string): boolean {
  return asksForHelp(text) || isListedNonAnswer(text);
}

/**
 * The button "Make one for me" typed as a whole message, in any offered language's label (a slip or two
 * allowed, as choiceByLabel reads a label), or a child's shorter words for it ("make one", 帮我做, *buatkan*).
 */
function asksToMakeOne(ctx: FlowContext, text: string): boolean {
  return (
    saysMakeOne(text) ||
    choiceByLabel([GENERATE_CHOICE], text, ctx.deps.settings.languages) === GENERATE_CHOICE
  );
}

/**
 * Whether `text` at "How would you like your new password?" is a question's word ("colour") that can be
 * none of her answers (noQuestionWordAnswer) nor her own new password just typed: no secret sent again, so
 * it is kept and she is told to tap a button.
 */
export function questionWordNoSecretAtReset(
  ctx: FlowContext,
  state: z.output<typeof resetChooseState>,
  text: string,
): boolean {
  if (state.noQuestionWordAnswer !== true || state.ownPasswordJustTyped === true) return false;
  return namesAnOfferedQuestion(ctx.deps.questions, text);
}
