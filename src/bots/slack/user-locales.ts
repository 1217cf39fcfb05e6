import type { Logger } from "../../logging/create-logger.js";
import { describeSlackError, type SlackApi } from "./slack-api.js";

/** A locale is read at most this often per user: people rarely change their Slack language. */
const CACHE_MS = 30 * 60_000;
const MAX_CACHED = 10_000;

/**
 * SLACK_USER_LOCALE: the Slack user's language setting (users.info with include_locale, e.g. "zh-CN"), which
 * the core uses until the user chooses one with /language. Needs the users:read scope. Slack does not send
 * the locale with messages or commands, hence the call (once per user per 30 minutes).
 */
export class UserLocales {
  private readonly cache = new Map<string, { locale: string | undefined; until: number }>();

  constructor(
    private readonly api: SlackApi,
    private readonly clock: () => number,
    private readonly logger: Logger,
  ) {}

  /** The user's locale, or undefined (also when Slack cannot be asked: then the school's default). */
  async localeOf(userId: string): Promise<string | undefined> {
    const cached = this.cache.get(userId);
    if (cached !== undefined && cached.until > this.clock()) return cached.locale;
    let locale: string | undefined;
    try {
      const { user } = await this.api.client.users.info({ user: userId, include_locale: true });
      locale = typeof user?.locale === "string" ? user.locale : undefined;
    } catch (error) {
      this.logger.warn(describeSlackError(error), "could not read a Slack user's locale; using the default");
      locale = undefined;
    }
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(userId, { locale, until: this.clock() + CACHE_MS });
    return locale;
  }
}
