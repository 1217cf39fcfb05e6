import type { Logger } from "../../logging/create-logger.js";
import { TtlCache } from "../../core/ttl-cache.js";
import { describeSlackError, neededScope, type SlackApi } from "./slack-api.js";

/** A locale is read at most this often per user: people rarely change their Slack language. */
const CACHE_MS = 30 * 60_000;
/** About 60 bytes each; a large school's Slack has a few thousand members. */
const MAX_CACHED = 10_000;
/**
 * After Slack refused for want of a scope, nobody's locale is asked for this long. Then once more: an admin
 * who read the warning may have added the scope and reinstalled the app (the token stays the same).
 */
const NO_SCOPE_PAUSE_MS = 60 * 60_000;
/** After a timeout or another failure not about one user (Slack down, rate limits), a shorter pause. */
const TROUBLE_PAUSE_MS = 60_000;

/** Slack's answers that say the app may not ask at all, not that something went wrong once. */
const NOT_ALLOWED = new Set(["missing_scope", "not_allowed_token_type", "no_permission"]);
/** Slack's answers about the one user: nothing to learn, and no reason to stop asking about others. */
const ABOUT_THE_USER = new Set(["user_not_found", "user_not_visible"]);

/**
 * The Slack user's language setting (users.info with include_locale, e.g. "zh-CN"), which the core uses
 * until the user chooses one with /language (SLACK_USER_LOCALE, on unless set to false). Slack does not send
 * the locale with messages or commands, hence the call: at most once per user per 30 minutes, and one at a
 * time per user.
 *
 * Needs the users:read scope. Without it (or when Slack fails or is slow) everyone gets the school's
 * DEFAULT_LANGUAGE: the log says once which scope to add, and Slack is not asked again for an hour.
 */
export class UserLocales {
  private readonly cache: TtlCache<string | undefined>;
  private readonly asking = new Map<string, Promise<string | undefined>>();
  private pausedUntil = 0;
  private toldAboutScope = false;

  constructor(
    private readonly api: SlackApi,
    private readonly clock: () => number,
    private readonly logger: Logger,
    /** PLATFORM_TIMEOUT_MS: the longest a message waits for the locale before it goes on without. */
    private readonly timeoutMs: number,
  ) {
    this.cache = new TtlCache({ maxEntries: MAX_CACHED, ttlMs: CACHE_MS, clock });
  }

  /** The locale already known for the user, without asking Slack: for words that cannot wait. */
  known(userId: string): string | undefined {
    return this.cache.get(userId)?.value;
  }

  /** A locale Slack told along with something else (the same users.info answer). */
  learn(userId: string, locale: string | undefined): void {
    this.cache.set(userId, locale);
  }

  /** The user's locale, or undefined (none, or Slack cannot be asked now: then the school's default). */
  async localeOf(userId: string): Promise<string | undefined> {
    const cached = this.cache.get(userId);
    if (cached !== undefined) return cached.value;
    if (this.clock() < this.pausedUntil) return undefined;
    let asking = this.asking.get(userId);
    if (asking === undefined) {
      asking = this.ask(userId).finally(() => this.asking.delete(userId));
      this.asking.set(userId, asking);
    }
    return this.within(asking);
  }

  /** Slack's answer fills the cache even when it comes after the message went on without it. */
  private async ask(userId: string): Promise<string | undefined> {
    try {
      const { user } = await this.api.client.users.info({ user: userId, include_locale: true });
      const locale = typeof user?.locale === "string" ? user.locale : undefined;
      this.cache.set(userId, locale);
      return locale;
    } catch (error) {
      this.failed(userId, error);
      return undefined;
    }
  }

  private within(asking: Promise<string | undefined>): Promise<string | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        this.pause(
          TROUBLE_PAUSE_MS,
          { timeoutMs: this.timeoutMs },
          "Slack did not tell a user's locale in time",
        );
        resolve(undefined);
      }, this.timeoutMs);
      timer.unref();
    });
    return Promise.race([asking, late]).finally(() => clearTimeout(timer));
  }

  private failed(userId: string, error: unknown): void {
    const described = describeSlackError(error);
    const slackError = described.slackError ?? "";
    if (ABOUT_THE_USER.has(slackError)) {
      this.cache.set(userId, undefined);
      return;
    }
    if (!NOT_ALLOWED.has(slackError)) {
      this.pause(TROUBLE_PAUSE_MS, described, "could not read a Slack user's locale");
      return;
    }
    this.pausedUntil = this.clock() + NO_SCOPE_PAUSE_MS;
    if (this.toldAboutScope) return;
    this.toldAboutScope = true;
    const needed = neededScope(error) ?? "users:read";
    this.logger.warn(
      { ...described, needed },
      `Slack does not let the bot read its users' languages: add the ${needed} scope to the Slack app ` +
        "(see slack/manifest.yml) and reinstall it, or set SLACK_USER_LOCALE=false. Until then Slack users " +
        "start in DEFAULT_LANGUAGE.",
    );
  }

  /** Stops asking anyone for a while; says so once per pause, not once per message. */
  private pause(ms: number, details: object, message: string): void {
    const alreadyPaused = this.clock() < this.pausedUntil;
    this.pausedUntil = Math.max(this.pausedUntil, this.clock() + ms);
    if (!alreadyPaused)
      this.logger.warn({ ...details, pauseMs: ms }, `${message}; using the default for a while`);
  }
}
