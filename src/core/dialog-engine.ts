import type { CoreDeps } from "./core-deps.js";
import {
  asksUserId,
  guidedCodeAtButtons,
  maybeSecretAfterEnd,
  maybeSecretSentAgain,
  passwordAtButtons,
  takesSecret,
} from "./dialog-input.js";
import {
  expiryRead,
  MAYBE_SECRET,
  MAYBE_SECRET_MS,
  noticeSaysWhose,
  SECRET_AGAIN_MS,
  SECRET_TAKEN,
  secretsBefore,
  secretTakenAndShownMarker,
  timedOutNotice,
  type SecretsBefore,
} from "./dialog-expiry.js";
import { digestsEqual } from "./answers/keyed-digest.js";
import { passwordShownIn, secretDigest, shownPasswordMarker, shownSecretDigest } from "./secret-again.js";
import { MENU_PREFIX, menuCommandOf } from "./start-menu.js";
import { movesOn } from "./moves-on.js";
import { looksLikePassword } from "./looks-like-password.js";
import { isMistypedCommand } from "./command-suggestion.js";
import { reservedWord } from "./reserved-words.js";
import { reportDialogChange } from "./dialog-metrics.js";
import { applyTransition, leaveWork, loadDialog, promptOf, QUIET_EXPIRY_MARKER } from "./dialog-document.js";
import { languageNumberAfterList, languageTypedAfterList, routeInbound } from "./dialog-routing.js";
import { inReadersRegister, registerOfTurn } from "./dialog-register.js";
import { DirectoryUnavailableError, StoreUnavailableError } from "./errors.js";
import { explainError } from "./explain-error.js";
import { say, WithSave, type AfterReply, type FlowContext, type Transition } from "./flows/flow.js";
import { isStaffCommand, parseCommand } from "./commands.js";
import { interruptedOutcome } from "./interrupted-turn.js";
import { passwordNotShownNotice } from "./password-not-shown-notice.js";
import { withLinksReadAhead } from "./links-read-ahead.js";
import { withPauseReadAhead, type PauseReadAhead } from "./pause-read-ahead.js";
import { chatKey, type ChatRef } from "./chat.js";
import { inLanguage, languageFor, notifierInChatLanguage, platformLanguage } from "./i18n/chat-language.js";
import type { Language } from "./i18n/languages.js";
import { inRegister, type Register } from "./i18n/register.js";
import type { Logger } from "../logging/create-logger.js";
import type { Inbound, Outcome, Reply } from "./messages.js";
import type { DialogState } from "./dialog-state.js";
import type { ChatTurnEnd, StoredDialog } from "./ports/dialogs.js";
import { workLogger } from "../logging/work-logger.js";

/** Commands whose reply depends on who the chat is linked to, and that change no link. */
const SHOWS_LINKS: ReadonlySet<string> = new Set(["help", "start"]);

function showsLinks(command: ReturnType<typeof parseCommand>): boolean {
  return command !== null && command !== "unknown" && SHOWS_LINKS.has(command.name);
}

/**
 * Commands whose first check is the chat's pause (its failed tries, its answer checks): read with the turn.
 * A reset also decides from the links whose records to read (and reads them again after that person's
 * version, see startOwnReset): they come with the turn too.
 */
const CHECKS_PAUSE_FIRST: ReadonlySet<string> = new Set(["setup", "reset"]);
const READS_LINKS_FIRST: ReadonlySet<string> = new Set(["reset"]);

function commandIn(names: ReadonlySet<string>, command: ReturnType<typeof parseCommand>): boolean {
  return command !== null && command !== "unknown" && names.has(command.name);
}

/** A turn that leaves the stored dialog as it is (no dialog, or one only read). */
function storesNothing(end: ChatTurnEnd): boolean {
  return end.save === undefined && end.end !== true;
}

/** A redelivered update id is ignored for this long (Telegram and Slack retry within minutes, not days). */
const DEDUPE_TTL_SECONDS = 24 * 3600;
/** One chat's updates are handled one at a time, across replicas; a step takes well under this. */
const CHAT_LOCK_TTL_MS = 30_000;
const CHAT_LOCK_WAIT_MS = 10_000;
/** Store round trips and the platform's calls around a turn's slowest step, with room to spare. */
const TURN_MARGIN_MS = 60_000;

/**
 * The longest one update's turn can still be at work after it arrived: it waits for the chat (at most the
 * reset reservation, for its own first delivery's turn), then its slowest step is a reset, which holds the
 * reservation longer than the slowest password change (`reservationMs`, RESET reservation: 2 minutes at
 * least), plus a margin. A message older than this is no longer in any turn's hands.
 */
export function longestTurnMs(reservationMs: number): number {
  return Math.max(CHAT_LOCK_WAIT_MS, reservationMs) + reservationMs + TURN_MARGIN_MS;
}

/**
 * The core's single entry point: one inbound in, the replies out. Platform adapters call `handle` and only
 * translate. It de-duplicates deliveries, handles one chat's messages one at a time (this file), decides
 * which step runs (dialog-routing.ts, after the checks of dialog-input.ts), runs it (a state machine:
 * state + input -> next state + replies) and stores the new state (dialog-document.ts).
 */
export class DialogEngine {
  /** Work still running after its reply (see AfterReply). */
  private readonly pending = new Set<Promise<void>>();
  constructor(private readonly deps: CoreDeps) {}

  /** Resolves once all work started after a reply has finished: for shutdown, and for tests. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  async handle(inbound: Inbound): Promise<Outcome> {
    const outcome = await this.answer(inbound);
    return outcome.duplicate !== true && movesOn(inbound) ? { ...outcome, movesOn: true } : outcome;
  }

  private async answer(inbound: Inbound): Promise<Outcome> {
    // Answers given before (or without) reading the chat's own choice: the platform's language, else the
    // school's default. A reply without a language would otherwise fall back to English in the channel.
    const unread = platformLanguage(this.deps, inbound.locale);
    if (!inbound.isPrivate)
      return { replies: [{ ...say("chat.privateOnly"), language: unread }], deleteInbound: false };
    const deps = this.depsOfTurn(inbound);
    const chat: ChatRef = { channel: inbound.channel, chatUserId: inbound.chatUserId };
    const { store, logger } = deps;
    // Who the turn spoke to, once it has run: a failure after it (its save) is told in the same words.
    let known: Register | undefined;
    // The step's work is done and only the turn's end is left: a failure now cannot say "Nothing was changed".
    let stepDone = false;
    // What the step writes with the turn's save (see WithSave): started with it, on every way out.
    const withSave = new WithSave();
    const writeWithSave = () =>
      withSave.start((error: unknown) => logger.error({ err: error }, "a write with a turn's save failed"));
    try {
      const command = parseCommand(inbound.text);
      // Outside a dialog, a command that shows the links only reads: it needs no lock.
      const readsOnly = showsLinks(command);
      const pauseAt = commandIn(CHECKS_PAUSE_FIRST, command) ? deps.clock() : undefined;
      // One round trip: drop a redelivery, lock the chat, load its dialog and language choice.
      const beginning = store.beginChatTurn(chat, {
        ...(inbound.updateId === undefined ? {} : { updateId: inbound.updateId }),
        dedupeTtlSeconds: DEDUPE_TTL_SECONDS,
        lockTtlMs: CHAT_LOCK_TTL_MS,
        waitMs: CHAT_LOCK_WAIT_MS,
        // A redelivery (Telegram's, of a slow first delivery) waits for that one's answer rather than telling
        // the child it was interrupted as well: as long as the slowest password change may hold a reset.
        firstDeliveryWaitMs: deps.settings.reset.reservationMs,
        // With it, the links of a command that shows them (its menu or help depends on them).
        ...(readsOnly ? { lockOnlyForDialog: true, readLinks: true } : {}),
        ...(commandIn(READS_LINKS_FIRST, command) ? { readLinks: true } : {}),
      });
      // In the same tick, so in the same write (Redis runs it after the turn's script has taken the lock):
      // the chat's pause, for a command that checks it first. A failed read is left to the step to read.
      const pausing =
        pauseAt === undefined
          ? undefined
          : deps.limits.chatPausedUntil(chatKey(chat), pauseAt).catch(() => undefined);
      const [turn, pause] = await Promise.all([beginning, pausing]);
      if (turn.duplicate) {
        if (turn.interrupted !== true) return { replies: [], deleteInbound: false, duplicate: true };
        return await interruptedOutcome(deps, chat, inbound, command, turn);
      }
      const { links } = turn;
      // Read before a turn it waited for ended, the pause may be stale (that turn may have paused the chat).
      const pauseRead =
        pauseAt === undefined || pause === undefined || turn.waited
          ? undefined
          : { now: pauseAt, until: pause };
      const processTurn = () =>
        this.process(deps, chat, inbound, turn, { command, links, pause: pauseRead }, withSave);
      if (turn.lockFree === true) {
        const { outcome, end, after, afterSaved, reportChange } = await processTurn();
        if (!storesNothing(end)) throw new Error("a turn without the chat's lock tried to store its dialog");
        await writeWithSave();
        this.runAfterReply([...after, ...afterSaved, ...withSave.takeAfterReply()], logger);
        reportChange();
        return outcome;
      }
      const { token } = turn;
      if (token === null) {
        // We cannot tell whether this text was a secret; deleting it is the safe side.
        return {
          replies: [{ ...say("chat.busy"), language: unread }],
          deleteInbound: inbound.text !== undefined,
        };
      }
      // A step can outlast the lock when the directory is slow (several calls, each up to its timeout):
      // keep the lock while it runs, so another replica cannot start on the same chat meanwhile.
      const keepLocked = setInterval(() => {
        store.extendChatLock(chat, token, CHAT_LOCK_TTL_MS).catch((error: unknown) => {
          logger.warn({ err: error }, "could not extend a chat lock");
        });
      }, CHAT_LOCK_TTL_MS / 3);
      keepLocked.unref();
      let released = false;
      try {
        const { outcome, end, after, afterSaved, reportChange, changedOutside, speaksTo, inReadersWords } =
          await processTurn();
        known = speaksTo;
        if (storesNothing(end)) {
          // Nothing to save or compare, so the reply need not wait for the lock's release. This replica's
          // next update of the chat goes out after it on the same connection, so it finds the chat free.
          released = true;
          // In the same tick as the unlock: one write to Redis, which runs them before the unlock.
          const writing = writeWithSave();
          this.track(
            store.endChatTurn(chat, token, end).then(
              () => undefined,
              (error: unknown) =>
                logger.warn({ err: error }, "could not release a chat lock; it expires by itself"),
            ),
          );
          await writing;
          this.runAfterReply([...after, ...afterSaved, ...withSave.takeAfterReply()], logger);
          reportChange();
          return outcome;
        }
        // One round trip: save (or end) the dialog and release the lock, with the step's writes for it.
        const writing = writeWithSave();
        let saved: boolean;
        stepDone = true;
        try {
          saved = await store.endChatTurn(chat, token, end);
        } catch (error) {
          await writing;
          if (changedOutside !== true) throw error;
          // What the replies tell of (a new password) has happened: they go out. The dialog is left as it
          // was, to time out; the lock is released below or expires.
          logger.error({ err: error }, "could not close a dialog after a change it made; its replies go out");
          return outcome;
        }
        released = true;
        await writing;
        this.runAfterReply(
          [...(saved ? [...after, ...afterSaved] : after), ...withSave.takeAfterReply()],
          logger,
        );
        if (saved) reportChange();
        if (saved) return outcome;
        const language = outcome.replies[0]?.language ?? unread;
        const busy = await inReadersWords([say("chat.busy")]);
        return {
          replies: inLanguage(busy.replies, language),
          deleteInbound: outcome.deleteInbound,
          ...(busy.register === undefined ? {} : { register: busy.register }),
        };
      } finally {
        clearInterval(keepLocked);
        // The step or its save failed: the lock is still released, so the next message need not wait.
        if (!released) {
          const writing = writeWithSave();
          await store.unlockChat(chat, token).catch((error: unknown) => {
            logger.warn({ err: error }, "could not release a chat lock; it expires by itself");
          });
          await writing;
          // So is the work it left for after the reply (an admin alert): it needs no saved dialog.
          this.runAfterReply(withSave.takeAfterReply(), logger);
        }
      }
    } catch (error) {
      // A step's writes are owed even when what came after it failed (nothing is left once they started).
      await writeWithSave();
      this.runAfterReply(withSave.takeAfterReply(), logger);
      const explained = explainError(deps, error);
      const told =
        stepDone && explained.text.key === "error.storeDown" ? say("error.storeDownAfterStep") : explained;
      return {
        replies: inLanguage([inRegister(told, known ?? "child")], unread),
        deleteInbound: inbound.text !== undefined,
        ...(known === undefined ? {} : { register: known }),
      };
    }
  }

  /**
   * The deps of one turn: made per turn, so a dependency replaced meanwhile (a test's new hasher) is the one
   * used, with a logger whose lines carry the inbound's ids (see Inbound.logContext).
   */
  private depsOfTurn(inbound: Inbound): CoreDeps {
    const ids = inbound.logContext;
    return ids === undefined ? this.deps : { ...this.deps, logger: workLogger(this.deps.logger, ids) };
  }

  /**
   * Runs the step; what to store comes back as `end`, for endChatTurn, and the work for after the reply:
   * `afterSaved` only once the turn's save (or end) of the dialog went through, such as what a step owes
   * when the dialog leaves it (a save that lost to another update left nothing).
   */
  private async process(
    deps: CoreDeps,
    chat: ChatRef,
    inbound: Inbound,
    turn: {
      dialog: StoredDialog | null;
      expiredDialog: string | null;
      language: string | null;
      reminderShownDay?: number;
      passwordNotShown?: { at: number; personId: string };
    },
    read: {
      command: ReturnType<typeof parseCommand>;
      links: string[] | undefined;
      pause: PauseReadAhead | undefined;
    },
    withSave: WithSave,
  ): Promise<{
    outcome: Outcome;
    end: ChatTurnEnd;
    after: AfterReply[];
    afterSaved: AfterReply[];
    reportChange: () => void;
    /** The step changed something outside the bot: its outcome goes out even if the save fails. */
    changedOutside?: true;
    /** Who the turn spoke to, when the turn itself tells (see registerOfTurn). */
    speaksTo: Register | undefined;
    /** Other replies to the same reader (a "busy" instead of the turn's own), in its register. */
    inReadersWords: (replies: Reply[]) => Promise<{ replies: Reply[]; register?: Register }>;
  }> {
    const { command, links, pause } = read;
    const language = languageFor(deps.settings, turn.language, inbound.locale);
    const store = links === undefined ? deps.store : withLinksReadAhead(deps.store, chat, links);
    const limits = pause === undefined ? deps.limits : withPauseReadAhead(deps.limits, chat, pause);
    const ctx: FlowContext & { language: Language } = {
      chat,
      // The time the pause was read at, when it was: the step sees the chat as that read did.
      now: pause?.now ?? deps.clock(),
      // Notices to other chats go out in those chats' languages.
      deps: { ...deps, store, limits, notifier: notifierInChatLanguage(deps) },
      language,
      languageChosen: turn.language !== null,
      withSave,
    };
    if (inbound.verifiedEmail !== undefined) ctx.verifiedEmail = inbound.verifiedEmail;
    const found = await loadDialog(deps, chat, turn.dialog, ctx.now);
    const loaded = found !== null && "lifetimeOver" in found ? null : found;
    if (loaded !== null) {
      ctx.dialogStartedAt = loaded.document.startedAt;
      ctx.dialogRevision = loaded.revision;
    }
    // The dialog the turn began in: the open one, or the one that reached its lifetime just now.
    const began = found === null ? undefined : "lifetimeOver" in found ? found.left : found.document.state;
    // A dialog past its lifetime is ended already: what its step is owed is due whatever this turn does.
    const lifetimeLeft =
      found !== null && "lifetimeOver" in found ? leaveWork(ctx, found.left, undefined) : [];
    const state = loaded?.document.state;
    const isKnownCommand = command !== null && command !== "unknown";
    // What expired unfinished (its marker), told at this message unless it is a command or a start-menu
    // button (those act at any time); a button of the expired dialog hears it instead of "that button is old".
    const expiredMarker = found !== null && "lifetimeOver" in found ? found.lifetimeOver : turn.expiredDialog;
    // A dialog that expired at a secret prompt says so in its marker (see AT_SECRET_PROMPT).
    const { marker: expired, atSecret: expiredAtSecret } = expiryRead(expiredMarker);
    const menuButton = inbound.choice !== undefined && inbound.choice.startsWith(MENU_PREFIX);
    // A dialog that ended on a secret a moment ago left that secret's digest: the same words again are it.
    // One that showed a new password left that one's (SECRET_SHOWN), compared without case or spaces; one
    // that did both (a guided reset's questions route), both.
    const secretBefore = loaded === null ? secretsBefore(expired, ctx.now) : null;
    // A list that expired (the language list) had nothing under way: nothing to tell.
    const toTell =
      expired !== null && expired !== QUIET_EXPIRY_MARKER && secretBefore === null ? expired : null;
    const lifetimeOver = found !== null && "lifetimeOver" in found;
    const tells = loaded === null && !isKnownCommand && !menuButton && toTell !== null;
    // Read only for a notice that would say whose account: rare, once after a time-out.
    const sharedPhone =
      tells && noticeSaysWhose(toTell) && (await ctx.deps.store.linkedPeople(chat)).length > 1;
    const notice = tells ? timedOutNotice(toTell, lifetimeOver ? "long" : "away", sharedPhone) : null;
    const timedOut = notice !== null;
    // After a time-out the message may answer the dialog's last question (a password, say): delete it too,
    // and a password typed again after a dialog ended (links and names the platform marked aside), or into a
    // user-ID box (by the text alone, so the deletion says nothing about which IDs exist).
    // Words after a password or an answer, on the buttons that follow it, may be that secret sent again.
    // The ended dialog's digest is compared once, with the very next words, and then forgotten: kept for
    // more, it would tell someone with the phone which of their guesses is the answer (by the deletion).
    const comparedSecret =
      secretBefore !== null &&
      (secretBefore.taken !== undefined || secretBefore.shown !== undefined) &&
      !isKnownCommand &&
      inbound.text !== undefined;
    // Shortly after a dialog ended at (or just before) a secret prompt, her next words may be answers or a
    // password typed quickly or queued by her phone: words nothing reads are deleted (see MAYBE_SECRET).
    // Not by comparing them with anything, so the deletion tells nobody which words were her secrets.
    const maybeSecretsFollow =
      loaded === null && (expiredAtSecret || (expired !== null && expired.startsWith(MAYBE_SECRET)));
    const afterEndSecret =
      maybeSecretsFollow &&
      !isKnownCommand &&
      inbound.choice === undefined &&
      inbound.text !== undefined &&
      maybeSecretAfterEnd(inbound.text, deps.settings.languages);
    const sentAgain =
      !isKnownCommand &&
      inbound.text !== undefined &&
      (loaded !== null
        ? maybeSecretSentAgain(ctx, loaded, inbound.text)
        : comparedSecret && isSecretBefore(ctx, secretBefore, inbound.text));
    // A student's command reads nothing after its word, so what follows it ("/setup S1001 Garden-Lamp-21",
    // all on one line) is no ID or password to take, but may be one to delete. A staff command's words are
    // an ID or a class; one that looks like a password is deleted too, harmlessly, as at a user-ID prompt.
    const commandWithSecret = isKnownCommand && looksLikePassword(inbound.ownWords ?? command.argument);
    // A password typed at a question only buttons answer: it is no answer there, and may be read over her
    // shoulder (a family phone's "Which of you?").
    const atButtons =
      !isKnownCommand &&
      inbound.text !== undefined &&
      passwordAtButtons(ctx, loaded, inbound.ownWords ?? inbound.text);
    const deleteInbound =
      inbound.text !== undefined &&
      (commandWithSecret ||
        (!isKnownCommand &&
          // A language's number right after the list is no secret, even at a secret step (Slack would ask
          // the child to delete a "2" by hand); its name is, there: "Chinese" may be her favourite food.
          languageNumberAfterList(ctx, inbound, loaded) === undefined &&
          (takesSecret(state) || languageTypedAfterList(ctx, inbound, loaded) === undefined) &&
          (timedOut ||
            takesSecret(state) ||
            (state === undefined && looksLikePasswordNotCommand(inbound.ownWords ?? inbound.text)) ||
            (asksUserId(state) && looksLikePasswordNotCommand(inbound.text)) ||
            atButtons ||
            sentAgain ||
            afterEndSecret)));
    // A child who typed the password into the user-ID box hears why it vanished, in words that depend on the
    // text alone; the step looks it up as her ID only when it is shaped like the school's IDs (some schools'
    // IDs look like passwords: see school-id-shapes.ts). So does a child whose words on the buttons after a
    // secret were deleted as that secret sent again.
    // A guided reset's code typed back there is told what to do with it instead (see guidedCodeAtButtons).
    const codeAtButtons =
      !isKnownCommand && inbound.text !== undefined && guidedCodeAtButtons(ctx, loaded, inbound.text);
    const deletionNote =
      !deleteInbound || timedOut
        ? null
        : asksUserId(state) || (atButtons && !sentAgain)
          ? say("input.deletedLikePassword")
          : (sentAgain && !codeAtButtons) || afterEndSecret
            ? say("input.deletedMaybeSecret")
            : // A password after a student's command, which reads nothing after its word, or among words
              // where no dialog is open: on Telegram the message just vanishes, so the reply says why. A
              // staff command's words are an ID or a class, whose own replies speak of a password.
              (commandWithSecret && command !== null && !isStaffCommand(command.name)) ||
                (state === undefined && command === null)
              ? say("input.deletedLikePassword")
              : null;
    // Once a turn: a step's own words may already say the message was deleted.
    const withDeletionNote = (replies: Reply[]): Reply[] =>
      deletionNote === null || replies.some((r) => SAYS_DELETED.has(r.text.key))
        ? replies
        : [deletionNote, ...replies];
    // A new password the chat could not show (the turn took its note): told first, in the student's words,
    // unless a newer one was given since (her trail, read beside the step only when there is a note).
    const notShownRead = passwordNotShownNotice(ctx, turn.passwordNotShown);

    let transition: Transition;
    try {
      transition = await routeInbound(
        ctx,
        inbound,
        command,
        loaded,
        notice,
        turn.reminderShownDay ?? null,
        afterEndSecret,
      );
    } catch (error) {
      const replies = [explainError(deps, error)];
      // The step failed before anything was saved, so the dialog is still at its question: ask it again.
      // (Not after a failed save: a save that timed out may have gone through, and the question moved on.)
      const outage = error instanceof DirectoryUnavailableError || error instanceof StoreUnavailableError;
      if (loaded !== null && outage) replies.push(promptOf(ctx, loaded));
      const speaksTo = registerOfTurn(began, command);
      // Not asking the store and the directory who is linked while one of them is failing: with the store
      // answering, a staff role the directory gave before picks the words (StaffRolesSeen).
      const ask = error instanceof DirectoryUnavailableError ? "remembered" : outage ? "nobody" : "directory";
      const inReadersWords = (toSay: Reply[]) => inReadersRegister(ctx, toSay, speaksTo, ask);
      const worded = await inReadersWords(withDeletionNote(replies));
      const notShown = await notShownRead;
      return {
        outcome: {
          replies: inLanguage([...notShown, ...worded.replies], ctx.language),
          deleteInbound,
          ...(loaded === null ? {} : { step: loaded.document.step }),
          ...(worded.register === undefined ? {} : { register: worded.register }),
        },
        end: { forgetExpiredNotice: timedOut || comparedSecret },
        after: lifetimeLeft,
        afterSaved: [],
        reportChange: () => undefined,
        speaksTo,
        inReadersWords,
      };
    }
    const applied = applyTransition(ctx, loaded, transition);
    // Counted once the dialog is saved (or ended): a save that lost to another update changed nothing.
    const reportChange = () => reportDialogChange(deps.metrics, state, transition, timedOut);
    // The replies belong to the dialog the turn goes on to, else to the one it began in.
    const speaksTo = registerOfTurn("end" in transition ? began : transition.next, command);
    const inReadersWords = (toSay: Reply[]) => inReadersRegister(ctx, toSay, speaksTo);
    const worded = await inReadersWords(withDeletionNote(applied.replies));
    const notShown = await notShownRead;
    return {
      outcome: {
        // ctx.language, read after the step: a language just chosen applies to its own replies.
        replies: inLanguage([...notShown, ...worded.replies], ctx.language),
        deleteInbound,
        ...(applied.step === undefined ? {} : { step: applied.step }),
        ...(worded.register === undefined ? {} : { register: worded.register }),
      },
      end: {
        ...applied.end,
        forgetExpiredNotice: timedOut || comparedSecret,
        // A dialog ending on a secret: the same words sent again in a moment are deleted (see SECRET_TAKEN).
        // One ending on a new password shown: that password retyped next is deleted (see SECRET_SHOWN).
        ...(applied.end.end === true
          ? secretEndMarker(
              ctx,
              takesSecret(state) ? inbound.text : undefined,
              applied.replies,
              state,
              !("end" in transition && transition.nothingSecretFollows === true),
            )
          : {}),
        // With nothing open: a time-out at a secret prompt told, the secret a dialog ended on compared, or a
        // reset or set-up refused as it began: what she types next for a while may still be a secret.
        ...(loaded === null &&
        applied.end.save === undefined &&
        applied.end.end !== true &&
        ((timedOut && expiredAtSecret) ||
          (comparedSecret && maybeSecretsFollow) ||
          startsSecretDialog(inbound, command))
          ? { endMarker: { value: MAYBE_SECRET, ms: MAYBE_SECRET_MS } }
          : {}),
      },
      after: [...lifetimeLeft, ...(transition.after ?? [])],
      afterSaved: leaveWork(ctx, state, transition),
      reportChange,
      ...("end" in transition && transition.changedOutside === true ? { changedOutside: true } : {}),
      speaksTo,
      inReadersWords,
    };
  }

  private runAfterReply(work: AfterReply[], logger: Logger): void {
    for (const task of work) {
      this.track(
        new Promise<void>((resolve) => setImmediate(resolve))
          .then(task)
          .catch((error: unknown) => logger.error({ err: error }, "work after a reply failed")),
      );
    }
  }

  /** Work that goes on after the reply; `settled` waits for it. */
  private track(work: Promise<void>): void {
    const running = work.finally(() => this.pending.delete(running));
    this.pending.add(running);
  }
}

/**
 * The end marker of a dialog that ended on a secret (`taken`, the words of its last step: SECRET_TAKEN) or
 * whose last replies show a new password (SECRET_SHOWN), or both (SECRET_TAKEN_AND_SHOWN): the very next
 * words, if they are that secret sent again or that password retyped, are deleted. A shown password's is
 * kept while it is on screen (at least SECRET_AGAIN_MS). Nothing when there is neither.
 */
function secretEndMarker(
  ctx: FlowContext,
  taken: string | undefined,
  replies: readonly Reply[],
  state: DialogState | undefined,
  secretsMayFollow: boolean,
): { endMarker?: { value: string; ms: number } } {
  const password = passwordShownIn(replies);
  const takenDigest = taken === undefined ? null : secretDigest(ctx, taken);
  if (password === null)
    return takenDigest === null
      ? // Refused at the ID, just before the questions or the password (a pause, the cap): see MAYBE_SECRET.
        state !== undefined && BEFORE_SECRET_STATES.has(state.name)
        ? { endMarker: { value: MAYBE_SECRET, ms: MAYBE_SECRET_MS } }
        : {}
      : secretsMayFollow
        ? // Her next words may be more secrets typed ahead (see MAYBE_SECRET), and that one again.
          { endMarker: { value: `${MAYBE_SECRET}${takenDigest}`, ms: MAYBE_SECRET_MS } }
        : { endMarker: { value: `${SECRET_TAKEN}${takenDigest}`, ms: SECRET_AGAIN_MS } };
  const marker = shownPasswordMarker(ctx, password);
  if (takenDigest === null) return { endMarker: marker };
  const shown = shownSecretDigest(ctx, password);
  return { endMarker: { value: secretTakenAndShownMarker(ctx.now, takenDigest, shown), ms: marker.ms } };
}

/** Steps right before a secret prompt: the ID, before set-up's password or a reset's questions. */
const BEFORE_SECRET_STATES: ReadonlySet<string> = new Set(["setup.id", "reset.id"]);

/** A reset or set-up begun with nothing open (its command or its menu button): its questions come next. */
function startsSecretDialog(inbound: Inbound, command: ReturnType<typeof parseCommand>): boolean {
  const name =
    command !== null && command !== "unknown"
      ? command.name
      : inbound.choice === undefined
        ? null
        : menuCommandOf(inbound.choice);
  return name === "reset" || name === "setup";
}

/** The next words after a dialog that ended on a secret: that secret sent again, or the password retyped. */
function isSecretBefore(ctx: FlowContext, before: SecretsBefore, text: string): boolean {
  return (
    (before.taken !== undefined && digestsEqual(secretDigest(ctx, text), before.taken)) ||
    (before.shown !== undefined && digestsEqual(shownSecretDigest(ctx, text), before.shown))
  );
}

/** Replies that tell the sender their message was deleted (see withDeletionNote). */
const SAYS_DELETED: ReadonlySet<string> = new Set([
  "input.deletedLikePassword",
  "input.deletedMaybeSecret",
  "input.staffDeletedMaybeSecret",
  "staff.idWithPassword",
]);

/**
 * Whether typed words look like a password (looksLikePassword) and are no command word: "/berhenti" or
 * "/bantuan", a Malay command word typed with a slash, is that command, and stays in the chat. Only so
 * written: "Batal@@@" or "#Bantuan#" is a password made of such a word. Nor is a mistyped command
 * ("/covrage 4A", see isMistypedCommand): it is answered "Did you mean...?" and stays.
 */
function looksLikePasswordNotCommand(text: string): boolean {
  return (
    looksLikePassword(text) &&
    !(SLASHED_WORD.test(text) && reservedWord(text) !== null) &&
    !isMistypedCommand(text)
  );
}

const SLASHED_WORD = /^\s*\/[\p{L}\p{M}]+[!?.\s]*$/u;
