import type { ChatEngine } from "../../core/channel-core.js";
import { isLanguage, type Language } from "../../core/i18n/languages.js";
import type { MessageKey } from "../../core/i18n/en.js";
import { inRegister, STAFF_TWINS, type Register } from "../../core/i18n/register.js";
import type { Inbound, Outcome, Reply } from "../../core/messages.js";
import type { Logger } from "../../logging/create-logger.js";
import type { ChatQueue } from "../chat-queue.js";
import { withDeletionAdvice, withoutDeletionNotes } from "./deletion-advice.js";
import { inputModal, readBoxOpener, seeMessagesModal, waitModal } from "./modals.js";
import type { OutcomePresenter, Surface, SubmissionAnswer } from "./outcome-presenter.js";
import { pressNotTaken } from "../press-not-taken.js";
import { PressMarks, type MarkedPress, type PressMark, type PressMarkStore } from "./press-marks.js";
import { retirePressedMessage, saysOldButton } from "./pressed-message.js";
import { RecentPresses, type FirstPress } from "./recent-presses.js";
import { describeSlackError, type SlackApi } from "./slack-api.js";
import type { SlackInput } from "./to-inbound.js";

type Input<K extends SlackInput["kind"]> = Extract<SlackInput, { kind: K }>;
type BoxResponse =
  SubmissionAnswer["response"] | { response_action: "update"; view: ReturnType<typeof waitModal> };

const DEFAULT_SLOW_AFTER_MS = 2_000;

export interface BoxTimingOptions {
  api: SlackApi;
  presenter: OutcomePresenter;
  engine: ChatEngine;
  /** The channel's per-user queue: a user's inputs are handled one at a time, in arrival order. */
  queue: ChatQueue;
  /** Adds what the core should know about the user (see SlackChannel's withEmail). */
  withEmail: (inbound: Inbound) => Promise<Inbound>;
  /** The language of the "one moment" box, shown before the core has answered. */
  languageOf: (userId: string) => Language;
  /** The step of the user's open dialog, or null (see ChannelCore.openStep). */
  openStep: (userId: string) => Promise<number | null>;
  /** Whom the user's words speak to (a linked teacher or admin reads the adult words). */
  registerOf: (userId: string) => Promise<Register>;
  /** Where the buttons pressed and boxes sent lately are marked, for every replica (see PressMarks). */
  pressMarks: PressMarkStore;
  /** See SlackChannelOptions.slowAfterMs. */
  slowAfterMs?: number;
  /** Milliseconds since the epoch (the core's clock). */
  clock: () => number;
}

/**
 * Inputs Slack answers with a box: a trigger (a command or button press) dies after 3 seconds, and a
 * submitted box waits 3 seconds for its answer. Use it for those inputs; DMs and the Home tab have no such
 * limit and stay with the channel. Each method takes the input's logger (`log`), whose lines carry its ids.
 */
export class BoxTiming {
  private readonly api: SlackApi;
  private readonly presenter: OutcomePresenter;
  private readonly engine: ChatEngine;
  private readonly queue: ChatQueue;
  private readonly withEmail: (inbound: Inbound) => Promise<Inbound>;
  private readonly languageOf: (userId: string) => Language;
  private readonly slowAfterMs: number;
  private readonly openStep: (userId: string) => Promise<number | null>;
  private readonly registerOf: (userId: string) => Promise<Register>;
  /** Boxes sent, by view and step, with Slack's answer to each: a double-clicked "Send". */
  private readonly answered: RecentPresses<BoxResponse>;
  /**
   * Buttons pressed (in DM messages, by message and button; on the Home tab, by view and choice) and boxes
   * sent (by view and step), for every replica: a double click.
   */
  private readonly pressed: PressMarks;

  constructor(options: BoxTimingOptions) {
    this.api = options.api;
    this.presenter = options.presenter;
    this.engine = options.engine;
    this.queue = options.queue;
    this.withEmail = options.withEmail;
    this.languageOf = options.languageOf;
    this.slowAfterMs = options.slowAfterMs ?? DEFAULT_SLOW_AFTER_MS;
    this.openStep = options.openStep;
    this.registerOf = options.registerOf;
    this.answered = new RecentPresses(options.clock);
    this.pressed = new PressMarks(options.pressMarks);
  }

  /**
   * A command or button press. Its trigger opens a box if the answer wants one; if the core is slow, a
   * "one moment" box is opened before the trigger expires and replaced with the answer later. A pressed DM
   * message then loses its buttons (after the answer: the trigger cannot wait).
   */
  interact(input: Input<"interaction">, log: Logger): Promise<void> {
    const userId = input.inbound.chatUserId;
    // Marked now, not in the user's queue: the first press of a double click may hold it (a slow directory)
    // until this one's trigger has opened "one moment". A store that does not answer takes it as new; one
    // that answers after "one moment" opened leaves the press to the core, to answer in that box.
    const press = this.pressed.press(pressKey(input));
    // "One moment" carries the mark, if made by then, so that closing it leaves the button to press again.
    let markMade: PressMark | undefined;
    void press.mark.then((mark) => (markMade = mark));
    let waiting: Promise<string | null> | undefined;
    const timer = setTimeout(() => {
      waiting = this.api
        .openView(input.triggerId, waitModal(this.languageOf(userId), markMade))
        .catch((error: unknown) => {
          log.warn(describeSlackError(error), "could not open the waiting box");
          return null;
        });
    }, this.slowAfterMs);
    const again = press.again.then((pressed) => {
      if (!pressed || waiting !== undefined) return false;
      clearTimeout(timer);
      log.info("the same button pressed again at once (a double click): nothing to do");
      return true;
    });
    return this.queue.run(userId, async () => {
      this.answered.forget(userId);
      if (await again) return;
      const handled = await forgottenOnFailure(press, log, () =>
        this.handleInteraction(input).finally(() => clearTimeout(timer)),
      );
      // A press the core did not take leaves its button to press again.
      if (!takesPress(handled.replies)) await press.forgetIfMarked(log);
      // Of the interactions, only a command carries typed words (a button press has none).
      const outcome = withDeletionAdvice(handled, "command", input.inbound.text);
      const boxId = waiting === undefined ? undefined : await waiting;
      // A box the answer opens carries the press: closed, its button opens it again at once.
      const openedBy = await press.mark;
      const surface: Surface =
        waiting === undefined
          ? { kind: "trigger", triggerId: input.triggerId, ...(openedBy === undefined ? {} : { openedBy }) }
          : boxId
            ? { kind: "openBox", viewId: boxId, ...(openedBy === undefined ? {} : { openedBy }) }
            : { kind: "dm" };
      await this.presenter.present(userId, outcome, surface, undefined, log);
      if (input.pressed !== undefined) await retirePressedMessage(this.api, input.pressed, handled, log);
    });
  }

  /** What the core answers a command or button press (a Home tab's greeting mid-dialog: the help). */
  private async handleInteraction(input: Input<"interaction">): Promise<Outcome> {
    const userId = input.inbound.chatUserId;
    const inbound =
      input.greeting === true && (await this.openStep(userId)) !== null
        ? { ...input.inbound, text: "/help" }
        : input.inbound;
    return this.engine.handle(await this.withEmail(inbound));
  }

  /**
   * A box closed (Cancel or X) that a button press opened, whatever it showed then (its question, "One
   * moment…", the next question; see modals.ts): the press is forgotten, so that the button's next press,
   * however soon, is a press of its own: it opens a box again (or "One moment…", then its answer, while the
   * bot is still at work on the first; the first's answer then goes to the DM, its box being gone).
   */
  async closed(privateMetadata: string | undefined, log: Logger): Promise<void> {
    const openedBy = readBoxOpener(privateMetadata);
    if (openedBy === undefined) return;
    await this.pressed.forget(openedBy, log);
    log.info("a box closed: its button answers at once when pressed again");
  }

  /**
   * A submitted box. The answer (the next box, or "clear" and the DM) goes back in the response; when the
   * core is slow the box turns into "one moment" first and is replaced later. Resolves once Slack has its
   * answer; whatever follows (DM messages) goes on in the background.
   */
  submit(
    input: Input<"submission">,
    ack: (response: BoxResponse) => Promise<void>,
    log: Logger,
  ): Promise<void> {
    const userId = input.inbound.chatUserId;
    let answered = false;
    let onAnswered = () => undefined as void;
    const sent = new Promise<void>((resolve) => (onAnswered = resolve));
    const answer = async (response: BoxResponse) => {
      if (answered) return;
      answered = true;
      try {
        await ack(response);
      } finally {
        onAnswered();
      }
    };
    const { openedBy } = input;
    const timer = setTimeout(
      () => void answer({ response_action: "update", view: waitModal(this.languageOf(userId), openedBy) }),
      this.slowAfterMs,
    );
    const step = input.inbound.atStep;
    // Marked now, as a button's press is: this box at this step already sent (on any replica, within
    // SAME_PRESS_MS) makes this send the second click of a double click on "Send", if the core finds it old.
    const sending = this.pressed.press(step === undefined ? undefined : `sent:${input.viewId}:${step}`);
    const work = this.queue
      .run(userId, async () => {
        const first = await forgottenOnFailure(sending, log, () => this.sentAgain(input));
        if (first !== undefined) {
          clearTimeout(timer);
          log.info("the same box sent again at once (a double click): answered as the first time");
          if (!answered) await answer(first.answer);
          else await this.showAgain(input, first.answer, log);
          return;
        }
        const outcome = withoutDeletionNotes(
          await forgottenOnFailure(sending, log, async () =>
            this.engine.handle(await this.withEmail(input.inbound)).finally(() => clearTimeout(timer)),
          ),
        );
        const movedOn = step !== undefined && outcome.duplicate !== true && outcome.step !== step;
        // A send that left the box's step open (refused, or the chat was busy) may be sent again at once.
        if (!movedOn) await sending.forgetIfMarked(log);
        if ((await sending.again) && outcome.replies.some(saysOldBox)) {
          log.info("the same box sent again at once, first on another replica (a double click): not old");
          const again = this.sentAgainAnswer(input, outcome, log);
          if (!answered) await answer(again);
          else await this.showAgain(input, again, log);
          return;
        }
        if (answered) {
          await this.presenter.present(
            userId,
            outcome,
            { kind: "openBox", viewId: input.viewId, ...(openedBy === undefined ? {} : { openedBy }) },
            undefined,
            log,
          );
          return;
        }
        const next = this.presenter.answerSubmission(userId, outcome, undefined, log, openedBy);
        if (movedOn) {
          this.answered.remember(userId, {
            key: `${input.viewId}:${step}`,
            nextStep: outcome.step ?? null,
            answer: next.response,
          });
        }
        await answer(next.response);
        await next.afterwards();
      })
      .catch((error: unknown) => log.error(describeSlackError(error), "could not handle a Slack box"))
      .finally(() => answer({ response_action: "clear" }));
    return Promise.race([sent, work]);
  }

  /**
   * The first send of this box, when this one is it again at once (a double click on "Send") and the dialog
   * still stands where the first left it: nothing to tell the core, which would call the box old.
   */
  private async sentAgain(input: Input<"submission">): Promise<FirstPress<BoxResponse> | undefined> {
    const userId = input.inbound.chatUserId;
    const first = this.answered.again(userId, `${input.viewId}:${input.inbound.atStep}`);
    if (first === undefined) return undefined;
    return (await this.openStep(userId)) === first.nextStep ? first : undefined;
  }

  /**
   * The answer to a box sent again whose first send another replica answered (its answer is not here: it
   * may show a new password): the core's "that box is old" without those words. What remains is the step
   * the first send left open: its box, as the first answered; or, asked in the DM (or none left), the box
   * closes and nothing is posted again.
   */
  private sentAgainAnswer(input: Input<"submission">, outcome: Outcome, log: Logger): BoxResponse {
    const replies = outcome.replies.filter((reply) => !saysOldBox(reply));
    const { response } = this.presenter.answerSubmission(
      input.inbound.chatUserId,
      { ...outcome, replies },
      undefined,
      log,
      input.openedBy,
    );
    return response.response_action === "update" ? response : { response_action: "clear" };
  }

  /** The answer to a box sent again, in a box that already turned into "one moment" while this one waited. */
  private async showAgain(input: Input<"submission">, answer: BoxResponse, log: Logger): Promise<void> {
    const userId = input.inbound.chatUserId;
    const view =
      answer.response_action === "update"
        ? answer.view
        : seeMessagesModal(this.languageOf(userId), await this.registerOf(userId), input.openedBy);
    try {
      await this.api.updateView(input.viewId, view);
    } catch (error) {
      log.warn(describeSlackError(error), "could not show a box sent twice its first answer");
    }
  }

  /**
   * A button for a secret (a password or answer): its trigger opens the box to type it in, in the user's
   * queue. The button of a step that has passed (or of a dialog that ended) is old, as any other: it asks
   * for no secret that nothing would read, and says so to the presser alone. The same button pressed again
   * at once, while its step is open, is a double click (marked as a choice button's press is, see interact):
   * the box is open already, so it does nothing and says nothing.
   */
  openSecretBox(input: Input<"secretBox">, log: Logger): Promise<void> {
    // Marked now, as a choice's press is: the second click must not wait behind the first to be known.
    const press = this.pressed.press(
      input.message === undefined ? undefined : `box:${input.message.channelId}:${input.message.ts}`,
    );
    return this.queue.run(input.userId, async () => {
      let opened = false;
      try {
        opened = await this.secretBox(input, press, log);
      } finally {
        // A press that opened nothing leaves its button to press again.
        if (!opened) await press.forgetIfMarked(log);
      }
    });
  }

  /** openSecretBox's work: true when the box opened (or the first click of this press opened it). */
  private async secretBox(input: Input<"secretBox">, press: MarkedPress, log: Logger): Promise<boolean> {
    const { language } = input.request;
    const shownIn = language !== undefined && isLanguage(language) ? language : this.languageOf(input.userId);
    if ((await this.openStep(input.userId)) !== input.request.step) {
      await this.presenter.present(
        input.userId,
        {
          replies: [
            inRegister(
              { text: { key: "button.expired" }, language: shownIn },
              await this.registerOf(input.userId),
            ),
          ],
          deleteInbound: false,
        },
        { kind: "dm" },
        undefined,
        log,
      );
      return false;
    }
    if (await press.again) {
      log.info("the same button pressed again at once (a double click): nothing to do");
      return true;
    }
    try {
      await this.api.openView(
        input.triggerId,
        inputModal(
          [
            {
              text: input.request.prompt,
              language: shownIn,
            },
          ],
          input.request.step,
          undefined,
          await press.mark,
        ),
      );
      return true;
    } catch (error) {
      log.warn(describeSlackError(error), "could not open the box for a secret");
      return false;
    }
  }
}

/**
 * Which button of which DM message or Home view: the same one pressed twice has the same key. A command has
 * none (each one typed is new).
 */
function pressKey(input: Input<"interaction">): string | undefined {
  const { pressed, pressedView, inbound } = input;
  const choice = inbound.choice ?? "";
  if (pressed !== undefined) return `${pressed.channelId}:${pressed.ts}:${choice}`;
  if (pressedView !== undefined) return `view:${pressedView.viewId}:${pressedView.hash ?? ""}:${choice}`;
  return undefined;
}

/** "That box is old": the core's answer to a box of a step no longer open. */
const OLD_BOX_KEYS: ReadonlySet<MessageKey> = new Set(["form.expired", STAFF_TWINS["form.expired"]]);

function saysOldBox(reply: Reply): boolean {
  return OLD_BOX_KEYS.has(reply.text.key);
}

/** Whether the core took a press: not "that button is old", nor "please try again" (the press is not made). */
function takesPress(replies: readonly Reply[]): boolean {
  return !pressNotTaken(replies) && !replies.some(saysOldButton);
}

/** `work`, whose failure forgets the press's mark (the press was not taken) before it rejects. */
async function forgottenOnFailure<T>(press: MarkedPress, log: Logger, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await press.forgetIfMarked(log);
    throw error;
  }
}
