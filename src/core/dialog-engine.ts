import { randomInt } from "node:crypto";
import { audit } from "./audit.js";
import type { ChatRef } from "./chat.js";
import type { CoreDeps } from "./core-deps.js";
import {
  DIALOG_SCHEMA_VERSION,
  SECRET_INPUT_STATES,
  storedDialogDocument,
  type DialogDocument,
  type DialogName,
} from "./dialog-state.js";
import { reportDialogChange } from "./dialog-metrics.js";
import { DirectoryUnavailableError, StoreUnavailableError } from "./errors.js";
import { end, say, type AfterReply, type FlowContext, type Input, type Transition } from "./flows/flow.js";
import { stepNamed } from "./flows/all-steps.js";
import { runStep } from "./flows/define-step.js";
import { PRACTICE_CHOICE, startPracticeReminder } from "./flows/practice-reminder-flow.js";
import { staffActor } from "./flows/staff/staff-access.js";
import { runStaffCommand } from "./flows/staff/staff-commands.js";
import { askWhichOfYou, startReset } from "./flows/reset-flow.js";
import { startSetup } from "./flows/setup-flow.js";
import { parseCommand, type ParsedCommand } from "./commands.js";
import { reservedWord } from "./reserved-words.js";
import { MENU_PREFIX, menuCommandOf, staffMenu, startMenu } from "./start-menu.js";
import {
  languageFor,
  inLanguage,
  LANGUAGE_CHOICE_PREFIX,
  languageMenu,
  notifierInChatLanguage,
  platformLanguage,
} from "./i18n/chat-language.js";
import { isLanguage, type Language } from "./i18n/languages.js";

import type { Inbound, Outcome, Reply } from "./messages.js";
import type { ChatTurnEnd, StoredDialog } from "./ports/dialogs.js";

/**
 * Steps whose buttons change something for good (clear a student's answers, confirm an in-person check,
 * pick how a student proves it is them): only a tap counts there, never a typed number (a double send or
 * an answer to the previous question would otherwise confirm).
 */
const NO_TYPED_NUMBERS: ReadonlySet<DialogName> = new Set([
  "clear.confirm",
  "guided.inPerson",
  "guided.route",
]);

/** A redelivered update id is ignored for this long (Telegram and Slack retry within minutes, not days). */
const DEDUPE_TTL_SECONDS = 24 * 3600;
/** One chat's updates are handled one at a time, across replicas; a step takes well under this. */
const CHAT_LOCK_TTL_MS = 30_000;
const CHAT_LOCK_WAIT_MS = 10_000;
/** New dialogs start below this step (short enough for Telegram's callback_data with a choice id). */
const FIRST_STEP_LIMIT = 1_000_000_000;
/** Longer than any answer, id or password can be; longer input is refused before anything else. */
const MAX_INBOUND_CHARS = 512;

interface LoadedDialog {
  revision: number;
  document: DialogDocument;
}

/**
 * The core's single entry point: one inbound in, the replies out. Platform adapters call `handle` and only
 * translate. It de-duplicates deliveries, handles one chat's messages one at a time, runs the step of the
 * open dialog (a state machine: state + input -> next state + replies) and stores the new state.
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
    // Answers given before (or without) reading the chat's own choice: the platform's language, else the
    // school's default. A reply without a language would otherwise fall back to English in the channel.
    const unread = platformLanguage(this.deps, inbound.locale);
    if (!inbound.isPrivate)
      return { replies: [{ ...say("chat.privateOnly"), language: unread }], deleteInbound: false };
    const chat: ChatRef = { channel: inbound.channel, chatUserId: inbound.chatUserId };
    const { store, logger } = this.deps;
    try {
      // One round trip: drop a redelivery, lock the chat, load its dialog.
      const turn = await store.beginChatTurn(chat, {
        ...(inbound.updateId === undefined ? {} : { updateId: inbound.updateId }),
        dedupeTtlSeconds: DEDUPE_TTL_SECONDS,
        lockTtlMs: CHAT_LOCK_TTL_MS,
        waitMs: CHAT_LOCK_WAIT_MS,
      });
      if (turn.duplicate) return { replies: [], deleteInbound: false, duplicate: true };
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
        const { outcome, end, after, reportChange } = await this.process(chat, inbound, turn);
        // One round trip: save (or end) the dialog and release the lock.
        const saved = await store.endChatTurn(chat, token, end);
        released = true;
        this.runAfterReply(after);
        if (saved) reportChange();
        if (saved) return outcome;
        const language = outcome.replies[0]?.language ?? unread;
        return { replies: [{ ...say("chat.busy"), language }], deleteInbound: outcome.deleteInbound };
      } finally {
        clearInterval(keepLocked);
        // The step or its save failed: the lock is still released, so the next message need not wait.
        if (!released) {
          await store.unlockChat(chat, token).catch((error: unknown) => {
            logger.warn({ err: error }, "could not release a chat lock; it expires by itself");
          });
        }
      }
    } catch (error) {
      return {
        replies: inLanguage([this.explain(error)], unread),
        deleteInbound: inbound.text !== undefined,
      };
    }
  }

  /** Runs the step; what to store comes back as `end`, for endChatTurn, and the work for after the reply. */
  private async process(
    chat: ChatRef,
    inbound: Inbound,
    turn: { dialog: StoredDialog | null; dialogExpired: boolean; language: string | null },
  ): Promise<{ outcome: Outcome; end: ChatTurnEnd; after: AfterReply[]; reportChange: () => void }> {
    const language = languageFor(this.deps.settings, turn.language, inbound.locale);
    const ctx: FlowContext & { language: Language } = {
      chat,
      now: this.deps.clock(),
      // Notices to other chats go out in those chats' languages. Made per step, so a dependency replaced
      // meanwhile (a test's new hasher) is the one used.
      deps: { ...this.deps, notifier: notifierInChatLanguage(this.deps) },
      language,
    };
    if (inbound.verifiedEmail !== undefined) ctx.verifiedEmail = inbound.verifiedEmail;
    const found = await this.loadDialog(chat, turn.dialog, ctx.now);
    const loaded = found === "lifetime-over" ? null : found;
    const state = loaded?.document.state;
    const command = parseCommand(inbound.text);
    const isKnownCommand = command !== null && command !== "unknown";
    const timedOut =
      loaded === null &&
      !isKnownCommand &&
      inbound.choice === undefined &&
      (found === "lifetime-over" || turn.dialogExpired);
    // After a time-out the message may answer the dialog's last question (a password, say): delete it too.
    const deleteInbound =
      !isKnownCommand &&
      inbound.text !== undefined &&
      (timedOut || (state !== undefined && SECRET_INPUT_STATES.has(state.name)));

    let transition: Transition;
    try {
      transition = await this.route(ctx, inbound, command, loaded, timedOut);
    } catch (error) {
      const replies = [this.explain(error)];
      if (loaded !== null && error instanceof DirectoryUnavailableError)
        replies.push(this.prompt(ctx, loaded));
      return {
        outcome: {
          replies: inLanguage(replies, ctx.language),
          deleteInbound,
          ...(loaded === null ? {} : { step: loaded.document.step }),
        },
        end: { forgetExpiredNotice: timedOut },
        after: [],
        reportChange: () => undefined,
      };
    }
    const applied = this.apply(ctx, loaded, transition);
    const next = "end" in transition ? undefined : transition.next.name;
    // Counted once the dialog is saved (or ended): a save that lost to another update changed nothing.
    const reportChange = () =>
      reportDialogChange(this.deps.metrics, state?.name, next, { command, timedOut });
    return {
      outcome: {
        // ctx.language, read after the step: a language just chosen applies to its own replies.
        replies: inLanguage(applied.replies, ctx.language),
        deleteInbound,
        ...(applied.step === undefined ? {} : { step: applied.step }),
      },
      end: { ...applied.end, forgetExpiredNotice: timedOut },
      after: transition.after ?? [],
      reportChange,
    };
  }

  private runAfterReply(work: AfterReply[]): void {
    for (const task of work) {
      const running: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
        .then(task)
        .catch((error: unknown) => this.deps.logger.error({ err: error }, "work after a reply failed"))
        .finally(() => this.pending.delete(running));
      this.pending.add(running);
    }
  }

  /** Decides which step runs: a command, a menu button, the open dialog's step, or the start menu. */
  private async route(
    ctx: FlowContext,
    inbound: Inbound,
    command: ParsedCommand | "unknown" | null,
    loaded: LoadedDialog | null,
    timedOut: boolean,
  ): Promise<Transition> {
    const state = loaded?.document.state;
    // Before anything reads it: a command's argument is no exception.
    if (inbound.text !== undefined && inbound.text.length > MAX_INBOUND_CHARS) {
      return this.keep(loaded, say("input.tooLong"));
    }
    if (command === "unknown" && (state === undefined || !SECRET_INPUT_STATES.has(state.name))) {
      return this.keep(loaded, say("chat.unknownCommand"));
    }
    if (command !== null && command !== "unknown") return this.runCommand(ctx, command, loaded);
    // "help", "stop", "back"... act like commands except where the text is a password or an answer (set-up
    // refuses them as answers, and its answer prompt has a button to choose another question).
    const word = inbound.text === undefined ? null : reservedWord(inbound.text);
    if (word !== null && (state === undefined || !SECRET_INPUT_STATES.has(state.name))) {
      if (word === "back") return this.back(loaded);
      return this.runCommand(ctx, { name: word, argument: "" }, loaded);
    }

    if (inbound.atStep !== undefined && inbound.atStep !== loaded?.document.step) {
      return this.keep(loaded, say("form.expired"));
    }
    if (
      inbound.secretsAllowed === false &&
      inbound.text !== undefined &&
      state !== undefined &&
      SECRET_INPUT_STATES.has(state.name)
    ) {
      return this.keep(loaded, say("input.useSecureForm"));
    }
    if (inbound.choice !== undefined) {
      if (inbound.choice.startsWith(MENU_PREFIX)) {
        if (inbound.choice.startsWith(`${MENU_PREFIX}${LANGUAGE_CHOICE_PREFIX}`)) {
          const code = inbound.choice.slice(MENU_PREFIX.length + LANGUAGE_CHOICE_PREFIX.length);
          return this.chooseLanguage(ctx, code, loaded);
        }
        if (inbound.choice === PRACTICE_CHOICE) return startPracticeReminder(ctx);
        const picked = menuCommandOf(inbound.choice);
        if (picked !== null) return this.runCommand(ctx, { name: picked, argument: "" }, loaded);
        return this.keep(loaded, say("button.expired"));
      }
      const dot = inbound.choice.indexOf(":");
      const step = Number(inbound.choice.slice(0, dot));
      if (state === undefined || dot < 0 || step !== loaded?.document.step) {
        return this.keep(loaded, say("button.expired"));
      }
      const choice: Input = { kind: "choice", value: inbound.choice.slice(dot + 1) };
      return runStep(stepNamed(state.name), ctx, state, choice);
    }
    if (state === undefined) {
      return end(...(timedOut ? [say("chat.timedOut")] : []), await this.menu(ctx));
    }
    const input: Input =
      inbound.text === undefined ? { kind: "other" } : { kind: "text", text: inbound.text };
    const typedChoice = this.typedChoice(ctx, loaded!, input);
    return runStep(stepNamed(state.name), ctx, state, typedChoice ?? input);
  }

  /**
   * A number typed where buttons are offered ("2") is that button, on every channel. Not in a state that
   * takes a secret: there a number is the secret.
   */
  private typedChoice(ctx: FlowContext, loaded: LoadedDialog, input: Input): Input | null {
    const name = loaded.document.state.name;
    if (input.kind !== "text" || SECRET_INPUT_STATES.has(name) || NO_TYPED_NUMBERS.has(name)) return null;
    const choices = this.prompt(ctx, loaded).choices;
    const number = /^\s*(\d{1,2})\s*$/.exec(input.text)?.[1];
    if (choices === undefined || number === undefined) return null;
    const choice = choices[Number(number) - 1];
    if (choice === undefined) return null;
    return { kind: "choice", value: choice.id.slice(choice.id.indexOf(":") + 1) };
  }

  /** "back": one step back in set-up (the last answer again, or type the id again). */
  private back(loaded: LoadedDialog | null): Transition {
    const state = loaded?.document.state;
    if (state?.name === "setup.question" && state.picked.length > 0) {
      return { next: { ...state, picked: state.picked.slice(0, -1) }, say: [say("setup.backOneAnswer")] };
    }
    if (state?.name === "setup.password") return { next: { name: "setup.id" } };
    return this.keep(loaded, say("input.noBack"));
  }

  private async runCommand(
    ctx: FlowContext,
    command: ParsedCommand,
    loaded: LoadedDialog | null,
  ): Promise<Transition> {
    switch (command.name) {
      case "start":
        return end(await this.menu(ctx));
      case "help":
        return this.keep(loaded, ...(await this.help(ctx)));
      case "setup":
        return startSetup(ctx);
      case "reset":
        return startReset(ctx);
      case "language":
        return this.keep(loaded, languageMenu(this.deps, MENU_PREFIX));
      case "cancel":
        return end(say(loaded === null ? "chat.nothingToCancel" : "chat.cancelled"));
      case "logout": {
        const linked = await this.deps.store.linkedPeople(ctx.chat);
        if (linked.length > 1) return askWhichOfYou(ctx, linked, "logout");
        const removed = await this.deps.store.unlinkChat(ctx.chat);
        if (removed.length === 0) return end(say("logout.notLinked"));
        for (const personId of removed) await audit(ctx, "unlink", personId, "ok");
        return end(say("logout.done"));
      }
      default:
        return runStaffCommand(ctx, command.name, command.argument);
    }
  }

  /** Remembers the chat's language and says so in it; an open dialog asks its question again, in it too. */
  private async chooseLanguage(
    ctx: FlowContext,
    code: string,
    loaded: LoadedDialog | null,
  ): Promise<Transition> {
    if (!isLanguage(code) || !this.deps.settings.languages.includes(code))
      return this.keep(loaded, say("button.expired"));
    await this.deps.store.setChatLanguage(ctx.chat, code);
    ctx.language = code;
    if (loaded !== null) return this.keep(loaded, say("language.set"));
    return end(say("language.set"), await this.menu(ctx));
  }

  /** The students' help, and the staff commands for a chat linked to a teacher or admin. */
  private async help(ctx: FlowContext): Promise<Reply[]> {
    const linked = await this.deps.store.linkedPerson(ctx.chat);
    const actor = linked === null ? null : await staffActor(ctx);
    if (actor === null) return [say("help")];
    return [say("staff.help"), ...(actor.role === "admin" ? [say("staff.adminHelp")] : [])];
  }

  /** Says something and leaves the open dialog (if any) where it was, asking its question again. */
  private keep(loaded: LoadedDialog | null, ...replies: Reply[]): Transition {
    return loaded === null ? end(...replies) : { next: loaded.document.state, say: replies };
  }

  /** The replies of a transition, and what endChatTurn stores for it (a failed save means "busy"). */
  private apply(
    ctx: FlowContext,
    loaded: LoadedDialog | null,
    transition: Transition,
  ): { replies: Reply[]; step?: number; end: ChatTurnEnd } {
    const { settings } = this.deps;
    if ("end" in transition) {
      return { replies: transition.say, end: loaded === null ? {} : { end: true } };
    }
    const document: DialogDocument = {
      schema: DIALOG_SCHEMA_VERSION,
      // A new dialog starts at a random step, so a box or button of an earlier dialog never matches this one.
      step: loaded === null ? randomInt(1, FIRST_STEP_LIMIT) : loaded.document.step + 1,
      startedAt: loaded === null ? ctx.now : loaded.document.startedAt,
      state: transition.next,
    };
    const prompt = this.prompt(ctx, { revision: 0, document });
    // "Tap a button, or type its number (1–N)" with the prompt's real N.
    const count = prompt.choices?.length ?? 0;
    const told = (transition.say ?? []).map((reply) =>
      reply.text.key === "input.useButtons"
        ? { ...reply, text: { ...reply.text, params: { max: count } } }
        : reply,
    );
    return {
      replies: [...told, prompt],
      step: document.step,
      end: {
        save: {
          expectedRevision: loaded?.revision ?? null,
          json: JSON.stringify(document),
          idleSeconds: settings.dialogIdleSeconds,
        },
      },
    };
  }

  /** The open state's question, with its buttons stamped with the step so older buttons go stale. */
  private prompt(ctx: FlowContext, loaded: LoadedDialog): Reply {
    const { state, step } = loaded.document;
    const declared = stepNamed(state.name);
    const asked = declared.prompt(ctx, state as never);
    const reply = declared.secret ? { ...asked, expectsSecret: true } : asked;
    if (reply.choices === undefined) return reply;
    return { ...reply, choices: reply.choices.map((c) => ({ ...c, id: `${step}:${c.id}` })) };
  }

  /** The start menu; a linked teacher or admin gets their own commands instead. */
  private async menu(ctx: FlowContext): Promise<Reply> {
    const actor = await staffActor(ctx);
    if (actor !== null && actor.role !== "student") return staffMenu(actor.role);
    return startMenu(this.deps.settings.accountName);
  }

  private async loadDialog(
    chat: ChatRef,
    stored: StoredDialog | null,
    now: number,
  ): Promise<LoadedDialog | "lifetime-over" | null> {
    if (stored === null) return null;
    let json: unknown;
    try {
      json = JSON.parse(stored.json);
    } catch {
      json = undefined;
    }
    const parsed = storedDialogDocument.safeParse(json);
    if (!parsed.success) {
      // An older (or newer) deploy's dialog: start afresh rather than guess what it meant.
      this.deps.logger.info("discarded a stored dialog of another schema version");
      await this.deps.store.endDialog(chat);
      return null;
    }
    if (now - parsed.data.startedAt >= this.deps.settings.dialogMaxMs) {
      // However busy, a dialog ends this long after it began: a verified reset cannot be kept alive for
      // hours. The student hears "you were away", like after the idle limit.
      this.deps.logger.info("ended a dialog that reached its lifetime");
      await this.deps.store.endDialog(chat);
      return "lifetime-over";
    }
    return { revision: stored.revision, document: parsed.data };
  }

  /** Turns an error into words for the student, and tells the admins when the directory is down. */
  private explain(error: unknown): Reply {
    const { logger, alerts } = this.deps;
    if (error instanceof DirectoryUnavailableError) {
      logger.error({ err: error }, "the directory is unavailable");
      alerts.raise({ kind: "directory-error", subject: "directory", details: { error: error.message } });
      return say("error.directoryDown");
    }
    if (error instanceof StoreUnavailableError) {
      logger.error({ err: error }, "the store is unavailable");
      return say("error.storeDown");
    }
    logger.error({ err: error }, "unexpected error while handling a message");
    return say("error.unexpected");
  }
}
