import type { types } from "@slack/bolt";
import type { Register } from "../../core/i18n/register.js";
import type { Outcome, Reply } from "../../core/messages.js";
import type { Logger } from "../../logging/create-logger.js";
import { inputModal, protectedModal, seeMessagesModal } from "./modals.js";
import type { PressMark } from "./press-marks.js";
import { saysOldButton } from "./pressed-message.js";
import { renderMessages, renderSecretPrompt, renderWords, type SlackMessage } from "./render-blocks.js";
import { escapeForMessageText, slackText } from "./slack-text.js";
import { describeSlackError, type SlackApi } from "./slack-api.js";
import { slackWord } from "./slack-words.js";

type View = types.View;

/**
 * Where the answer to one Slack input can be shown. `openedBy`: the button press whose answer this is, for
 * a box that asks for words to carry (see inputModal).
 */
export type Surface =
  /** A command or button press: its trigger can open a box for 3 seconds. */
  | { kind: "trigger"; triggerId: string; openedBy?: PressMark }
  /** A box that is already open (a "one moment" box): it can be replaced. */
  | { kind: "openBox"; viewId: string; openedBy?: PressMark }
  /** No box can be opened (a DM message, a notice, an expired trigger): DM messages, and a button to open one. */
  | { kind: "dm"; channelId?: string };

/** The answer to a submitted box, and what to post once Slack has it. */
export interface SubmissionAnswer {
  response: { response_action: "update"; view: View } | { response_action: "clear" };
  afterwards: () => Promise<void>;
}

/** How an outcome is shown: in a box or in the DM. */
type Plan =
  /** A reply carries a secret (a generated password): only ever in a box. */
  | { kind: "protected"; replies: Reply[] }
  /** The open dialog wants typed words: a box with a text field (a secret only ever there). */
  | { kind: "input"; replies: Reply[]; step: number; secret: boolean }
  /**
   * Everything else (buttons, the end of a dialog): DM messages. `secretStep`: the last reply asks for a
   * secret (after the language list, or offering buttons too: the practice round's "keep my old answer"):
   * it gets the private box's button, beside its own.
   */
  | { kind: "chat"; replies: Reply[]; secretStep?: number };

const hasChoices = (reply: Reply) => (reply.choices ?? []).length > 0;

function plan(outcome: Outcome): Plan {
  const { replies, step } = outcome;
  if (replies.some((reply) => reply.protect !== undefined)) return { kind: "protected", replies };
  const last = replies.at(-1);
  if (step === undefined || last === undefined) return { kind: "chat", replies };
  // A box has no buttons: choices before the prompt (the language list of /language mid-step) go to the DM.
  if (!replies.some(hasChoices)) {
    return { kind: "input", replies, step, secret: last.expectsSecret === true };
  }
  // A secret asked in the DM (after the language list, or beside its own buttons) gets the box's button.
  return last.expectsSecret === true
    ? { kind: "chat", replies, secretStep: step }
    : { kind: "chat", replies };
}

/**
 * Shows protected replies where no message history keeps them (the App Home tab, see secret-home.ts); its
 * own words in `register` (whom the replies speak to). `clearShownNow` takes them away early, once their
 * reader has moved on; it resolves once the store has said which they are (see SecretHome.clearShownNow).
 */
export interface PrivateShowcase {
  show(
    userId: string,
    replies: readonly Reply[],
    locale?: string,
    log?: Logger,
    register?: Register,
  ): Promise<void>;
  clearShownNow(userId: string, log?: Logger): Promise<void>;
}

/**
 * Shows the core's outcome in Slack. Secrets are asked for, and generated passwords shown, only in modals;
 * when no modal can be shown, a generated password goes to the user's Home tab (never to a message);
 * everything else goes to the bot's DM with the user. Never throws: a call that fails is logged (by error
 * code, never with the payload) and, where it can, falls back to the DM without the secret. `log` is the
 * logger of the input being answered (its lines carry the input's ids); the presenter's own otherwise.
 * Slack cannot delete a student's message: the input paths turn the core's `deleteInbound` into words before
 * presenting (see deletion-advice.ts). The presenter's own words (a box's "answered in the messages", the
 * Home tab pointer) are said in the outcome's register: a teacher's or admin's are the staff twins.
 */
export class OutcomePresenter {
  /** The language of each user's latest outcome, for words shown before the core answers ("one moment"). */
  private readonly languages = new Map<string, string>();

  constructor(
    private readonly api: SlackApi,
    private readonly showcase: PrivateShowcase,
    private readonly logger: Logger,
    /** A password already set in the directory (`protect.setFor`) that the Home tab would not show. */
    private readonly passwordNotShown: (userId: string, personId: string) => Promise<void> = async () => {},
  ) {}

  /** The language this user was last answered in (on this replica), if any. */
  languageOf(userId: string): string | undefined {
    return this.languages.get(userId);
  }

  private remember(userId: string, outcome: Outcome): void {
    const language = outcome.replies.find((reply) => reply.language !== undefined)?.language;
    if (language === undefined) return;
    if (this.languages.size >= 10_000) this.languages.clear();
    this.languages.set(userId, language);
  }

  async present(
    userId: string,
    outcome: Outcome,
    surface: Surface,
    locale?: string,
    log = this.logger,
  ): Promise<void> {
    this.remember(userId, outcome);
    if (outcome.duplicate === true) return;
    // The secrets shown before go while the reply is shown: a box's trigger cannot wait (3 seconds).
    const early = outcome.movesOn === true ? this.showcase.clearShownNow(userId, log) : undefined;
    await this.show(userId, outcome, surface, locale, log);
    await early;
  }

  private async show(
    userId: string,
    outcome: Outcome,
    surface: Surface,
    locale: string | undefined,
    log: Logger,
  ): Promise<void> {
    const shown = plan(outcome);
    if (shown.kind === "chat") {
      if (surface.kind === "openBox")
        await this.showInBox(
          surface,
          seeMessagesModal(this.languageOf(userId), outcome.register, surface.openedBy),
          log,
        );
      await this.postToDm(userId, shown, surface, locale, log, outcome.register);
      return;
    }
    if (surface.kind === "dm") {
      await this.postToDm(userId, shown, surface, locale, log, outcome.register);
      return;
    }
    const view =
      shown.kind === "protected"
        ? protectedModal(shown.replies, locale)
        : inputModal(shown.replies, shown.step, locale, surface.openedBy);
    if (!(await this.showInBox(surface, view, log)))
      await this.postToDm(userId, shown, surface, locale, log, outcome.register);
  }

  /**
   * The answer to a submitted box: the next box in its place, or close it and carry on in the DM. Afterwards
   * the secrets shown before go too, when the typed words start something new (a command typed in the box).
   * `openedBy`: the press that opened the submitted box, for the next box to carry (see inputModal).
   */
  answerSubmission(
    userId: string,
    outcome: Outcome,
    locale?: string,
    log = this.logger,
    openedBy?: PressMark,
  ): SubmissionAnswer {
    const answer = this.submissionAnswer(userId, outcome, locale, log, openedBy);
    if (outcome.movesOn !== true) return answer;
    return {
      response: answer.response,
      afterwards: async () => {
        const early = this.showcase.clearShownNow(userId, log);
        await answer.afterwards();
        await early;
      },
    };
  }

  private submissionAnswer(
    userId: string,
    outcome: Outcome,
    locale: string | undefined,
    log: Logger,
    openedBy: PressMark | undefined,
  ): SubmissionAnswer {
    this.remember(userId, outcome);
    const shown = plan(outcome);
    const nothing = async () => undefined;
    if (outcome.duplicate === true) return { response: { response_action: "clear" }, afterwards: nothing };
    if (shown.kind === "protected") {
      return {
        response: { response_action: "update", view: protectedModal(shown.replies, locale) },
        afterwards: nothing,
      };
    }
    if (shown.kind === "input") {
      return {
        response: {
          response_action: "update",
          view: inputModal(shown.replies, shown.step, locale, openedBy),
        },
        afterwards: nothing,
      };
    }
    return {
      response: { response_action: "clear" },
      afterwards: () => this.postToDm(userId, shown, undefined, locale, log, outcome.register),
    };
  }

  /** Opens or replaces a box; false when Slack refused (e.g. the trigger expired). */
  private async showInBox(
    surface: Exclude<Surface, { kind: "dm" }>,
    view: View,
    log: Logger,
  ): Promise<boolean> {
    try {
      if (surface.kind === "trigger") await this.api.openView(surface.triggerId, view);
      else await this.api.updateView(surface.viewId, view);
      return true;
    } catch (error) {
      log.warn({ surface: surface.kind, ...describeSlackError(error) }, "could not show a Slack modal");
      return false;
    }
  }

  /**
   * The replies as DM messages. A secret prompt gets the "Type it privately" button. "That button is old" is
   * for the presser now only: an ephemeral message, not one more kept in the DM. A protected reply is
   * never posted (Slack keeps messages, and a bot cannot delete them from the student's view reliably, nor
   * stop a copy): the replies go to the Home tab instead, with a DM pointing there. Only if Slack refuses
   * the Home tab too is the student told to ask their teacher (a teacher, to start again or ask IT).
   */
  private async postToDm(
    userId: string,
    shown: Plan,
    surface: Surface | undefined,
    locale: string | undefined,
    log: Logger,
    register: Register | undefined,
  ) {
    if (shown.kind === "protected") {
      try {
        await this.showcase.show(userId, shown.replies, locale, log, register);
        return;
      } catch {
        // Logged by the showcase; the words below say it without the secret, and the audit that it was set
        // but not shown.
        for (const reply of shown.replies) {
          const setFor = reply.protect?.setFor;
          if (setFor !== undefined) await this.passwordNotShown(userId, setFor);
        }
      }
    }
    let channelId: string;
    try {
      channelId =
        surface?.kind === "dm" && surface.channelId !== undefined
          ? surface.channelId
          : await this.api.dmChannel(userId);
    } catch (error) {
      log.error(describeSlackError(error), "could not open the DM with a Slack user");
      return;
    }
    for (const [index, reply] of shown.replies.entries()) {
      const isLast = index === shown.replies.length - 1;
      try {
        if (reply.file !== undefined) {
          // A file's words are its comment: no message of their own.
          const comment = escapeForMessageText(slackText(reply.text, reply.language ?? locale));
          await this.api.uploadFile(channelId, reply.file, comment);
          continue;
        }
        const messages = dmMessages(reply, isLast, shown, locale, register);
        if (saysOldButton(reply)) {
          for (const message of messages) await this.api.postEphemeral(channelId, userId, message);
        } else {
          // In order, each after the one before: a long report's parts must not arrive shuffled.
          for (const message of messages) await this.api.post(channelId, message);
        }
      } catch (error) {
        log.error({ key: reply.text.key, ...describeSlackError(error) }, "could not post to Slack");
      }
    }
  }
}

/**
 * A reply as the DM messages that show it: a protected one only says it is not shown in the chat, and the
 * dialog's last reply, when it asks for a secret, gets the "Type it privately" button.
 */
function dmMessages(
  reply: Reply,
  isLast: boolean,
  shown: Plan,
  locale: string | undefined,
  register: Register | undefined,
): SlackMessage[] {
  if (reply.protect !== undefined) {
    return [renderWords(slackWord("protectedInChat", reply.language ?? locale, undefined, register))];
  }
  if (isLast && shown.kind === "input" && shown.secret) return renderSecretPrompt(reply, shown.step, locale);
  if (isLast && shown.kind === "chat" && shown.secretStep !== undefined)
    return renderSecretPrompt(reply, shown.secretStep, locale, { withChoices: true });
  return renderMessages(reply, locale);
}
