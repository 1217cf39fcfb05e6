import { ConfigError } from "../../core/errors.js";
import type { AlertSink } from "../../alerts/alert-sink.js";
import { SlackAlertSink, slackPoster } from "../../alerts/slack-alert-sink.js";
import { App, webApi, type HTTPReceiver, type SocketModeReceiver } from "@slack/bolt";
import type { AlertsSettings } from "../../config/alerts-settings.js";
import type { SlackSettings } from "../../config/slack-settings.js";
import { hostOf } from "../../config/url-host.js";
import type { ChannelCore, ChatEngine } from "../../core/channel-core.js";
import type { Inbound, Reply } from "../../core/messages.js";
import type { HttpServer } from "../../http/http-server.js";
import type { Logger } from "../../logging/create-logger.js";
import type { LogContext } from "../../logging/log-context.js";
import type { ChatChannel } from "../chat-channel.js";
import { ChatQueue } from "../chat-queue.js";
import { homeView, slackChat } from "./app-home.js";
import { boltLogger } from "./bolt-logger.js";
import { BoxTiming } from "./box-timing.js";
import { INPUT_CALLBACK_ID, WORDS_CALLBACK_ID } from "./modals.js";
import { OutcomePresenter, type Surface } from "./outcome-presenter.js";
import { ACTION } from "./render-blocks.js";
import { SecretHome, type SecretHomeOptions } from "./secret-home.js";
import type { CallObserver } from "../telegram/retrying-api.js";
import { describeSlackError, isHashConflict, observeApiCalls, SlackApi } from "./slack-api.js";
import { checkAlertChannel } from "./alert-channel-check.js";
import { createHttpReceiver, createSocketModeReceiver, mountHttpReceiver } from "./slack-receiver.js";
import { withDeletionAdvice } from "./deletion-advice.js";
import { editedMessageReplies } from "./edited-message.js";
import { SLASH_COMMAND, slackText } from "./slack-text.js";
import {
  fromBlockAction,
  fromMessageEvent,
  fromSlashCommand,
  fromViewSubmission,
  type SlackInput,
} from "./to-inbound.js";
import { UserLocales } from "./user-locales.js";
import { languageOfLocale, type Language } from "../../core/i18n/languages.js";
import { WorkspaceEmails } from "./workspace-emails.js";
import { workLogger } from "../../logging/work-logger.js";

export interface SlackChannelOptions {
  /**
   * Slack waits 3 seconds for a box to open on a click and for the answer to a submitted box. Work that takes
   * longer than this (a slow directory) first shows a "one moment" box, replaced when the work is done.
   */
  slowAfterMs?: number;
  /** Web API client options, e.g. `retryConfig` (tests use no retries). */
  clientOptions?: webApi.WebClientOptions;
  /** The poller that takes secrets off Home tabs when their time is up. */
  homeClearing?: SecretHomeOptions;
  /** PLATFORM_TIMEOUT_MS: one Web API try's limit; retries stop so a call gives up within three times it. */
  timeoutMs?: number;
  /** Told about every Web API call (method names only). */
  observe?: CallObserver;
}

/**
 * Short and bounded: a student is waiting, and a trigger is dead after 3 seconds anyway. Rate limits (429)
 * are still waited out by the client.
 */
const DEFAULT_RETRY = { retries: 2, factor: 2, minTimeout: 300, maxTimeout: 1_500 };
/** Slack's client has no time limit of its own: a call that never answers would hold the user forever. */
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Gives a call up within three times `timeoutMs`: node-retry starts no retry once `maxRetryTime` has passed
 * since the first try, so the worst case is that, one back-off and one last try.
 */
function retryWithin(timeoutMs: number) {
  const maxTimeout = Math.min(DEFAULT_RETRY.maxTimeout, timeoutMs / 2);
  return {
    ...DEFAULT_RETRY,
    minTimeout: Math.min(DEFAULT_RETRY.minTimeout, maxTimeout),
    maxTimeout,
    maxRetryTime: 2 * timeoutMs - maxTimeout,
  };
}

/** Slack delivers an event again within minutes when its answer came late: an edit is told once. */
const EDIT_SEEN_TTL_SECONDS = 3_600;

/** One Slack input's ids (none when Slack sent no id) and the logger whose lines carry them. */
interface InputWork {
  ids?: LogContext;
  log: Logger;
}

/**
 * The Slack channel. HTTP mode (SLACK_SIGNING_SECRET; Slack posts to /slack/events on the shared server) for
 * production and several replicas; Socket Mode (SLACK_APP_TOKEN) for schools without a public URL. Entry
 * points: /sspr, the App Home tab and the DM. Passwords and answers are typed only in modals; DMs carry
 * everything else. One user's inputs are handled one at a time, in arrival order.
 */
export class SlackChannel implements ChatChannel {
  readonly name = "slack";
  private readonly bolt: App;
  private readonly receiver: HTTPReceiver | SocketModeReceiver;
  private readonly api: SlackApi;
  private readonly presenter: OutcomePresenter;
  private readonly secretHome: SecretHome;
  private readonly engine: ChatEngine;
  private readonly queue = new ChatQueue();
  private readonly emails: WorkspaceEmails | undefined;
  private readonly locales: UserLocales | undefined;
  private readonly boxes: BoxTiming;
  /** ADMIN_ALERT_SLACK_CHANNEL (see alertSinks), asked about at start. */
  private alertChannel: string | undefined;

  private constructor(
    private readonly core: ChannelCore,
    private readonly settings: SlackSettings,
    private readonly logger: Logger,
    identity: { botId: string; botUserId: string; teamId?: string; enterpriseId?: string; appId?: string },
    clientOptions: webApi.WebClientOptions,
    options: SlackChannelOptions,
  ) {
    const log = boltLogger(logger, core.clock);
    this.receiver =
      settings.appToken !== undefined
        ? createSocketModeReceiver(settings.appToken, log, settings.apiUrl)
        : createHttpReceiver(requireSigningSecret(settings), log);
    this.bolt = new App({
      token: settings.botToken,
      botId: identity.botId,
      botUserId: identity.botUserId,
      receiver: this.receiver,
      logger: log,
      clientOptions,
    });
    if (options.observe !== undefined) observeApiCalls(this.bolt.client, options.observe);
    this.api = new SlackApi(this.bolt.client);
    this.secretHome = new SecretHome(
      this.api,
      core,
      core.clock,
      logger,
      { teamId: identity.teamId, appId: identity.appId },
      options.homeClearing,
    );
    this.presenter = new OutcomePresenter(this.api, this.secretHome, logger, (userId, personId) =>
      core.passwordNotShown(slackChat(userId), personId),
    );
    this.engine = core.engine;
    this.locales = settings.userLocale
      ? new UserLocales(this.api, core.clock, logger, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
      : undefined;
    this.secretHome.languageOf = (userId) => this.languageOf(userId);
    const locales = this.locales;
    this.emails = settings.trustWorkspaceEmail
      ? new WorkspaceEmails(
          this.api,
          { teamId: identity.teamId, enterpriseId: identity.enterpriseId },
          core.clock,
          logger,
          locales === undefined ? undefined : (userId, locale) => locales.learn(userId, locale),
        )
      : undefined;
    this.boxes = new BoxTiming({
      api: this.api,
      presenter: this.presenter,
      engine: this.engine,
      queue: this.queue,
      withEmail: (inbound) => this.withEmail(inbound),
      languageOf: (userId) => this.languageOf(userId),
      openStep: (userId) => core.openStep(slackChat(userId)),
      registerOf: async (userId) => (await core.homeStatus(slackChat(userId))).register,
      pressMarks: core,
      slowAfterMs: options.slowAfterMs,
      clock: core.clock,
    });
    this.listen();
  }

  /**
   * Not queued behind the user's own inputs: a notice is sent from inside the core's handling of some
   * input, which may be this user's, and would then wait for itself. A notice with a secret (a guided
   * reset's one-time code or new password) goes to the user's Home tab, never to a message (see
   * secret-home.ts); if Slack refuses it, the error reaches the core, which tells the teacher.
   */
  async notify(userId: string, reply: Reply): Promise<void> {
    if (reply.protect !== undefined) await this.secretHome.show(userId, [reply]);
    else await this.presenter.present(userId, { replies: [reply], deleteInbound: false }, { kind: "dm" });
  }

  /**
   * Builds the channel after asking Slack who the bot is (auth.test), so a wrong token stops the start with
   * a clear error instead of failing on the first message.
   */
  static async create(
    core: ChannelCore,
    settings: SlackSettings,
    logger: Logger,
    options: SlackChannelOptions = {},
  ): Promise<SlackChannel> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const clientOptions: webApi.WebClientOptions = {
      retryConfig: retryWithin(timeoutMs),
      timeout: timeoutMs,
      ...(settings.apiUrl === undefined ? {} : { slackApiUrl: settings.apiUrl }),
      ...options.clientOptions,
      logger: boltLogger(logger),
    };
    const probe = new webApi.WebClient(settings.botToken, clientOptions);
    let who: webApi.AuthTestResponse;
    try {
      who = await probe.auth.test();
    } catch (error) {
      throw slackStartFailure(error, probe.slackApiUrl);
    }
    if (who.bot_id === undefined || who.user_id === undefined) {
      throw new ConfigError(
        "SLACK_BOT_TOKEN is not a bot token: use the app's Bot User OAuth Token (xoxb-...) from its OAuth & Permissions page",
      );
    }
    const identity = {
      botId: who.bot_id,
      botUserId: who.user_id,
      ...(who.team_id === undefined ? {} : { teamId: who.team_id }),
      ...(who.enterprise_id === undefined ? {} : { enterpriseId: who.enterprise_id }),
      ...(who.app_id === undefined ? {} : { appId: who.app_id }),
    };
    return new SlackChannel(core, settings, logger, identity, clientOptions, options);
  }

  get mode(): "http" | "socket" {
    return this.settings.appToken !== undefined ? "socket" : "http";
  }

  /** HTTP mode: adds /slack/events to the shared server. */
  mount(http: HttpServer): void {
    if (this.mode !== "http") throw new Error("only the HTTP mode is mounted on the HTTP server");
    mountHttpReceiver(http, this.receiver as HTTPReceiver, this.logger, this.core.clock);
  }

  /**
   * In Socket Mode connects to Slack (in HTTP mode the shared server delivers), then checks the admins'
   * alert channel (a warning at most): a slow answer to that check delays no student.
   */
  async start(): Promise<void> {
    if (this.mode === "socket") await this.bolt.start();
    this.secretHome.start();
    if (this.alertChannel !== undefined)
      await checkAlertChannel(this.bolt.client, this.alertChannel, this.logger);
    this.logger.info({ mode: this.mode }, "Slack channel started");
  }

  /**
   * Admin alerts to the Slack channel of ADMIN_ALERT_SLACK_CHANNEL (the bot must have been invited to it);
   * start() asks Slack whether the bot can post there (see checkAlertChannel).
   */
  alertSinks(settings: AlertsSettings): AlertSink[] {
    const channel = settings.slackChannel;
    this.alertChannel = channel;
    return channel === undefined ? [] : [new SlackAlertSink(slackPoster(this.bolt.client), channel)];
  }

  /** Stops taking input (Socket Mode disconnects) and finishes what is in hand. */
  async stop(): Promise<void> {
    if (this.mode === "socket") await this.bolt.stop().catch(() => undefined);
    await this.idle();
    await this.secretHome.stop();
  }

  /** Resolves when every input taken so far has been handled. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  private listen(): void {
    const { bolt } = this;
    bolt.command(SLASH_COMMAND, async ({ ack, body }) => {
      const input = fromSlashCommand(body);
      if (input.kind === "notPrivate") {
        // The ack's text is shown to the user alone, where they typed; nothing is read.
        await ack({ response_type: "ephemeral", text: this.privateOnly(input.userId) });
        return;
      }
      await ack();
      this.take(input, this.workOf(body));
    });
    bolt.action(
      {
        type: "block_actions",
        action_id: new RegExp(`^(${ACTION.choice}|${ACTION.secretBox}|${ACTION.hideSecret})`),
      },
      async ({ ack, body }) => {
        await ack();
        this.take(fromBlockAction(body), this.workOf(body));
      },
    );
    bolt.view(INPUT_CALLBACK_ID, async ({ ack, body }) => {
      const input = fromViewSubmission(body);
      const { ids, log } = this.workOf(body);
      if (input.kind !== "submission") {
        log.warn({ reason: input.kind === "ignored" ? input.reason : input.kind }, "closed a Slack box");
        await ack({ response_action: "clear" });
        return;
      }
      if (ids !== undefined) input.inbound.logContext = ids;
      await this.boxes.submit(input, (response) => ack(response), log);
    });
    // A box a button press opened asks Slack to say when it is closed (notify_on_close, see closeHeard),
    // whether it asks for words or only shows them ("One moment…").
    const closedBox = new RegExp(`^(${INPUT_CALLBACK_ID}|${WORDS_CALLBACK_ID})$`);
    bolt.view({ callback_id: closedBox, type: "view_closed" }, async ({ ack, body }) => {
      await ack();
      await this.boxes.closed(body.view.private_metadata, this.workOf(body).log);
    });
    bolt.event("message", async ({ body }) => this.take(fromMessageEvent(body), this.workOf(body)));
    bolt.event("app_home_opened", async ({ body, event }) => {
      if (event.tab === "messages") return;
      // A secret on the Home tab stays until its time is up: the view Slack reports says so (see
      // secret-home.ts), so any replica leaves it alone without keeping anything about it.
      if (this.secretHome.isShowingSecret(event.view)) return;
      // The event's view is Slack's answer (with its hash), not the request type Bolt names it after.
      const hash = (event.view as { hash?: unknown } | undefined)?.hash;
      const { log } = this.workOf(body);
      this.background(
        this.queue.run(event.user, () =>
          this.publishHome(event.user, typeof hash === "string" ? hash : undefined, log),
        ),
        log,
      );
    });
    bolt.error(async (error) => {
      this.logger.error({ code: error.code, ...describeSlackError(error) }, "a Slack request failed");
    });
  }

  /**
   * Slack's id of one input (the event's, else the trigger's; Socket Mode has no HTTP request id), and the
   * logger whose lines carry it: every log line of the input's work, the core's included, is written with it.
   */
  private workOf(body: unknown): InputWork {
    const { event_id: eventId, trigger_id: triggerId } = body as { event_id?: unknown; trigger_id?: unknown };
    const slackId =
      typeof eventId === "string" ? eventId : typeof triggerId === "string" ? triggerId : undefined;
    if (slackId === undefined) return { log: this.logger };
    const ids = { slackId };
    return { ids, log: workLogger(this.logger, ids) };
  }

  /** Handles an input in the background, so Slack gets its acknowledgement at once. */
  private take(input: SlackInput, { ids, log }: InputWork): void {
    if (ids !== undefined && "inbound" in input) input.inbound.logContext = ids;
    switch (input.kind) {
      case "interaction":
        this.background(this.boxes.interact(input, log), log);
        return;
      case "message":
        this.api.rememberDm(input.inbound.chatUserId, input.channelId);
        this.background(
          this.queue.run(input.inbound.chatUserId, async () => {
            const handled = await this.engine.handle(await this.withEmail(input.inbound));
            const outcome = withDeletionAdvice(handled, "message", input.inbound.text, input.file);
            const surface: Surface = { kind: "dm", channelId: input.channelId };
            await this.presenter.present(input.inbound.chatUserId, outcome, surface, undefined, log);
          }),
          log,
        );
        return;
      case "edited":
        this.background(
          this.queue.run(input.userId, () => this.answerEdit(input, log)),
          log,
        );
        return;
      case "hideSecret":
        this.background(
          this.queue.run(input.userId, () =>
            this.secretHome.clear(input.userId, input.hash, log).catch((error: unknown) => {
              if (!isHashConflict(error)) throw error;
            }),
          ),
          log,
        );
        return;
      case "secretBox":
        this.background(this.boxes.openSecretBox(input, log), log);
        return;
      case "notPrivate":
        this.background(
          this.queue.run(input.userId, async () => {
            await this.locales?.localeOf(input.userId);
            await this.api.postEphemeral(input.channelId, input.userId, this.privateOnly(input.userId));
          }),
          log,
        );
        return;
      case "ignored":
        log.debug({ reason: input.reason }, "ignored a Slack input");
        return;
      case "submission":
        log.error("a box submission reached the background path");
    }
  }

  /**
   * An edit of her DM message, never read as input: where it may hold a secret, what to do (see
   * edited-message.ts), in the words the core would answer her in. Told once, as Slack may deliver it again;
   * a store that does not answer must not keep her from being told.
   */
  private async answerEdit(input: Extract<SlackInput, { kind: "edited" }>, log: Logger): Promise<void> {
    const first = await this.core
      .firstTime(`slack-edit:${input.eventId}`, EDIT_SEEN_TTL_SECONDS)
      .catch(() => true);
    if (!first) return;
    const chat = slackChat(input.userId);
    const locale = await this.locales?.localeOf(input.userId);
    const [language, register] = await Promise.all([
      this.core.chatLanguage(chat, locale),
      this.core.chatRegister(chat),
    ]);
    const [prompt, step] = await Promise.all([
      this.core.openPrompt(chat, language),
      this.core.openStep(chat),
    ]).catch((error: unknown) => {
      log.warn(describeSlackError(error), "could not read the open question after an edited message");
      return [null, null] as const;
    });
    const replies = editedMessageReplies({ ownWords: input.ownWords, prompt, language, register });
    if (replies.length === 0) return;
    this.api.rememberDm(input.userId, input.channelId);
    const outcome = { replies, deleteInbound: false, register, ...(step === null ? {} : { step }) };
    await this.presenter.present(
      input.userId,
      outcome,
      { kind: "dm", channelId: input.channelId },
      undefined,
      log,
    );
  }

  /** Work nobody awaits: a failure is logged (by error code, never with a payload), never left unhandled. */
  private background(work: Promise<unknown>, log: Logger): void {
    work.catch((error: unknown) => log.error(describeSlackError(error), "a Slack input failed"));
  }

  /**
   * The normal Home tab. `hash` is the version of the view the user opened: if a secret was published since,
   * Slack refuses (hash_conflict) and the secret stays.
   */
  private async publishHome(userId: string, hash: string | undefined, log: Logger): Promise<void> {
    try {
      const chat = slackChat(userId);
      const [status] = await Promise.all([this.core.homeStatus(chat), this.locales?.localeOf(userId)]);
      await this.api.publishHome(
        userId,
        homeView(status, this.core.menu(chat), this.languageOf(userId)),
        hash,
      );
    } catch (error) {
      if (isHashConflict(error)) return;
      log.warn(describeSlackError(error), "could not publish the Slack App Home");
    }
  }

  /**
   * What the core should know about the user besides the input: their Slack locale (its default until they
   * choose with /language; see UserLocales), and with SLACK_TRUST_WORKSPACE_EMAIL, for typed words that may
   * be a set-up's user id, their verified workspace email.
   */
  private async withEmail(received: Inbound): Promise<Inbound> {
    const userId = received.chatUserId;
    // The email first: its users.info answer carries the locale too, so the locale needs no call of its own.
    const log =
      received.logContext === undefined ? this.logger : workLogger(this.logger, received.logContext);
    const verifiedEmail =
      this.emails === undefined || received.text === undefined
        ? undefined
        : await this.emails.verifiedEmail(userId, log);
    const locale = await this.locales?.localeOf(userId);
    return {
      ...received,
      ...(locale === undefined ? {} : { locale }),
      ...(verifiedEmail === undefined ? {} : { verifiedEmail }),
    };
  }

  /** "Write to me in a DM", answered at once (Slack waits 3 seconds): in the language known so far. */
  private privateOnly(userId: string): string {
    return slackText({ key: "chat.privateOnly" }, this.languageOf(userId));
  }

  /**
   * The language for the adapter's own words shown before or without the core's answer (the "one moment"
   * box, the Home tab, "write to me in a DM"): the one this user was last answered in, else their Slack
   * locale if already known and offered, else the school's default. Never waits for Slack.
   */
  private languageOf(userId: string): Language {
    const { offered, default: fallback } = this.core.languages;
    const answered = this.presenter.languageOf(userId);
    return (
      languageOfLocale(answered, offered) ??
      languageOfLocale(this.locales?.known(userId), offered) ??
      fallback
    );
  }
}

/**
 * Why auth.test failed at the start, as one line for the admin (main prints it and exits 2): a token Slack
 * refused, or a Web API it could not reach. Never the token, nor the error's own message.
 */
function slackStartFailure(error: unknown, apiUrl: string): ConfigError {
  const { slackError, code } = describeSlackError(error);
  if (slackError !== undefined)
    return new ConfigError(
      `Slack refused SLACK_BOT_TOKEN (auth.test: ${slackError}): use the app's Bot User OAuth Token (xoxb-...) from its OAuth & Permissions page, and reinstall the app if it was revoked`,
    );
  const original = (error as { original?: { code?: unknown } } | null)?.original?.code;
  const cause = typeof original === "string" ? original : (code ?? "no answer");
  return new ConfigError(
    `could not reach Slack's Web API at ${hostOf(apiUrl, apiUrl)} (${cause}): check this server's network, DNS and proxy, or SLACK_API_URL`,
  );
}

function requireSigningSecret(settings: SlackSettings): string {
  if (settings.signingSecret === undefined) {
    throw new Error(
      "SLACK_SIGNING_SECRET is required for Slack's HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)",
    );
  }
  return settings.signingSecret;
}

/**
 * The Slack channel in the mode its settings ask for, not started yet. In HTTP mode `http` is required and
 * gets the /slack routes; start it listening afterwards (or before: Slack retries what it could not deliver).
 */
export async function createSlackChannel(
  core: ChannelCore,
  settings: SlackSettings,
  logger: Logger,
  http?: HttpServer,
  options?: SlackChannelOptions,
): Promise<SlackChannel> {
  const channel = await SlackChannel.create(core, settings, logger.child({ channel: "slack" }), options);
  if (channel.mode === "http") {
    if (http === undefined) throw new Error("Slack's HTTP mode needs the HTTP server");
    channel.mount(http);
  }
  return channel;
}
