import type { types } from "@slack/bolt";
import { z } from "zod";
import { disappearsIn } from "../../core/i18n/disappears-in.js";
import type { Register } from "../../core/i18n/register.js";
import type { Reply } from "../../core/messages.js";
import type { ChannelCore } from "../../core/channel-core.js";
import type { Logger } from "../../logging/create-logger.js";
import { DelayedJobs, type DelayedJobsOptions } from "../delayed-jobs.js";
import { safeJson } from "../safe-json.js";
import { homeView, slackChat } from "./app-home.js";
import { ACTION, renderWords, textSections, type SlackMessage } from "./render-blocks.js";
import { describeSlackError, isHashConflict, type SlackApi } from "./slack-api.js";
import { escapeForMessageText, slackText } from "./slack-text.js";
import { slackWord } from "./slack-words.js";

/** The store's job kind for "put the normal Home tab back over a secret". */
export const CLEAR_HOME_JOB_KIND = "slack-clear-home";

/**
 * A clearing job: whose Home tab, and the hash (Slack's version stamp of the view, not a secret) of the
 * secret view it clears, so that it never wipes a newer view. Never the secret itself.
 */
const job = z.object({ userId: z.string().min(1), hash: z.string().optional(), tries: z.number().int() });

/** What the secret view keeps in its private_metadata: only until when it stays. */
const secretMarker = z.object({ secretUntil: z.number() });

export type SecretHomeOptions = DelayedJobsOptions;

/** Where the app lives, for a link from the DM to the Home tab (auth.test tells both; either may be missing). */
export interface AppIdentity {
  teamId?: string;
  appId?: string;
}

/**
 * How Slack shows a message that carries a secret (`protect`) when no box can show it: a notice from a
 * teacher's guided reset (the one-time code, then the new password) or a generated password whose box
 * could not be opened. Slack keeps every message and a bot cannot take one back from the student's view,
 * so the secret is never posted. Instead:
 *
 * - it is published on the student's App Home tab (views.publish): visible to that user only, not part of
 *   any message history, and replaced by the next publish;
 * - a DM without the secret tells the student to open the Home tab (with a link to it when auth.test gave
 *   the team and app ids);
 * - after `protect.deleteAfterSeconds` a job in the store (payload: user id and view hash, never the secret)
 *   puts the normal Home view back, so a restart or another replica still does it; the view hash makes a
 *   late job leave a newer view alone (Slack answers hash_conflict). The job is scheduled whatever the
 *   publish's outcome (as Telegram's deletions are): a publish that timed out may have been applied, and
 *   then no hash came back, so that job clears whatever view is there;
 * - the secret view's private_metadata says until when it stays (a time, no secret), and Slack hands the
 *   current view to every replica with app_home_opened: a replica that sees an unexpired secret there leaves
 *   the Home tab as it is, so opening the tab meanwhile still shows the secret. Nothing is kept in memory or
 *   in Redis to know this.
 * - the student can hide it sooner with its button.
 *
 * The secret is in Slack's hands (the view) until it is replaced, and in no store of ours.
 */
export class SecretHome {
  private readonly jobs: DelayedJobs<z.infer<typeof job>>;

  /** The language of the normal Home view for a user who chose none (the channel's best guess). */
  languageOf: (userId: string) => string | undefined = () => undefined;

  constructor(
    private readonly api: SlackApi,
    private readonly core: Pick<ChannelCore, "homeStatus" | "menu" | "jobs">,
    private readonly clock: () => number,
    private readonly logger: Logger,
    private readonly identity: AppIdentity = {},
    options: SecretHomeOptions = {},
  ) {
    this.jobs = new DelayedJobs({
      kind: CLEAR_HOME_JOB_KIND,
      schema: job,
      store: core.jobs,
      clock,
      logger,
      options,
      perform: async ({ userId, hash }) => {
        try {
          await this.clear(userId, hash);
        } catch (error) {
          // A newer view is there (another secret with its own job, the student hid it, the normal Home, or
          // this job done twice: a lease that ran out while its first run went through).
          if (!isHashConflict(error)) throw error;
        }
      },
      identify: () => ({}),
      describeError: describeSlackError,
      words: {
        job: "Home tab clearing",
        failed: "could not clear a secret from a Slack Home tab",
        gaveUp: "gave up clearing a secret from a Slack Home tab",
      },
    });
  }

  /**
   * Shows the replies on the user's Home tab until the longest of their `protect` delays, then DMs the
   * pointer to it. Throws (an error with the Slack error code only, never the request) when Slack refused
   * the Home tab, so a caller can say the student could not be reached; a lost DM is only logged (on `log`,
   * the logger of the input being answered, if any). The note and the DM are in `register`: a new password a
   * teacher shows in person (guided.shown) is hers to read, in the adult words.
   */
  async show(
    userId: string,
    replies: readonly Reply[],
    locale?: string,
    log = this.logger,
    register: Register = "child",
  ): Promise<void> {
    const afterSeconds = Math.max(...replies.map((r) => r.protect?.deleteAfterSeconds ?? 0));
    const until = this.clock() + afterSeconds * 1000;
    const stays = disappearsIn(afterSeconds);
    let hash: string | undefined;
    try {
      hash = await this.api.publishHome(userId, secretView(replies, until, stays, register, locale));
    } catch (error) {
      const described = describeSlackError(error);
      log.error(described, "could not put a secret on a Slack Home tab");
      throw new Error(`Slack refused the Home tab (${described.slackError ?? described.code ?? "failed"})`);
    } finally {
      // Whatever Slack answered: a publish whose every try timed out may still have been applied, and the
      // secret must not stay. Without the view's hash, the clearing replaces whatever view is there then:
      // a newer one going early is better than a password left behind.
      await this.clearLater(userId, hash, until, log);
    }
    try {
      await this.api.post(
        await this.api.dmChannel(userId),
        this.pointer(stays, replies[0]?.language ?? locale, register),
      );
    } catch (error) {
      log.error(describeSlackError(error), "could not tell a Slack user to open their Home tab");
    }
  }

  /**
   * True when `view` (the Home view app_home_opened reports) is a secret view that has not expired yet:
   * leave it as it is.
   */
  isShowingSecret(view: { private_metadata?: string } | undefined): boolean {
    const marker = secretMarker.safeParse(safeJson(view?.private_metadata));
    return marker.success && marker.data.secretUntil > this.clock();
  }

  /**
   * Puts the normal Home view back. With `hash`, only over that version of the view (a newer one stays).
   * Throws what Slack answered, hash_conflict included. `log` is the logger of the input that asked, if any.
   */
  async clear(userId: string, hash?: string, log = this.logger): Promise<void> {
    const chat = slackChat(userId);
    const status = await this.core.homeStatus(chat).catch((error: unknown) => {
      log.warn({ err: error }, "could not read the Home status; clearing the secret anyway");
      return null;
    });
    await this.api.publishHome(userId, homeView(status, this.core.menu(chat), this.languageOf(userId)), hash);
  }

  /**
   * Puts the normal Home view back now over the secrets still shown on the user's Home tab (she has moved
   * on: a command that starts something new, see moves-on.ts; the next person at a shared computer must not
   * read them), by their clearing jobs, taken early. Resolves once the store has handed those out; the
   * clearing goes on after that, and `stop` waits for it. Never throws: what cannot be done now is done at
   * its time.
   */
  clearShownNow(userId: string, log?: Logger): Promise<void> {
    return this.jobs.runGroupSoon(userId, log);
  }

  /** Starts looking for due clearings; the timer does not keep the process alive. */
  start(): void {
    this.jobs.start();
  }

  /** Stops the poller and waits for a look in progress; jobs not yet due stay in the store. */
  stop(): Promise<void> {
    return this.jobs.stop();
  }

  /** Claims the due clearings and performs them. One look at a time per process. */
  runOnce(): Promise<void> {
    return this.jobs.runOnce();
  }

  private pointer(stays: Stays, language: string | undefined, register: Register): SlackMessage {
    const words = slackWord("secretOnHome", language, stays, register);
    const { teamId, appId } = this.identity;
    if (teamId === undefined || appId === undefined) return renderWords(words);
    const link = `slack://app?team=${encodeURIComponent(teamId)}&id=${encodeURIComponent(appId)}&tab=home`;
    const message = renderWords(words);
    message.blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: `<${link}|${escapeForMessageText(slackWord("openHomeLink", language))}>`,
      },
    });
    return message;
  }

  /**
   * Schedules the clearing in the store, noted with the user so that `clearShownNow` can do it early; when
   * the store cannot take it, a local timer does it instead.
   */
  private clearLater(userId: string, hash: string | undefined, dueAt: number, log: Logger): Promise<void> {
    const job = { userId, ...(hash === undefined ? {} : { hash }), tries: 0 };
    return this.jobs.later(job, dueAt, log, userId);
  }
}

/** How long the secret stays on the Home tab, for the words that say it. */
type Stays = ReturnType<typeof disappearsIn>;

/** The Home tab while it holds a secret: the replies, a note that it goes, and a button to hide it now. */
function secretView(
  replies: readonly Reply[],
  until: number,
  stays: Stays,
  register: Register,
  locale?: string,
): types.HomeView {
  const language = replies[0]?.language ?? locale;
  return {
    type: "home",
    private_metadata: JSON.stringify({ secretUntil: until }),
    blocks: [
      { type: "header", text: { type: "plain_text", text: slackWord("homeTitle", language) } },
      ...replies.flatMap((reply) => textSections(slackText(reply.text, reply.language ?? locale))),
      {
        type: "context",
        elements: [{ type: "plain_text", text: slackWord("secretOnHomeNote", language, stays, register) }],
      },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: ACTION.hideSecret,
            text: { type: "plain_text", text: slackWord("hideSecret", language), emoji: true },
          },
        ],
      },
    ],
  };
}
