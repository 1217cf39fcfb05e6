import type { Logger } from "../../logging/create-logger.js";
import { TtlCache } from "../../core/ttl-cache.js";
import { describeSlackError, type SlackApi } from "./slack-api.js";

/** A profile is read at most this often per user: a set-up takes a few minutes, an email changes rarely. */
const CACHE_MS = 5 * 60_000;
const MAX_CACHED = 10_000;

/** Where the app is installed, as auth.test says: its workspace, and its Enterprise Grid organisation if any. */
export interface SchoolOrg {
  teamId?: string;
  enterpriseId?: string;
}

/**
 * A member of the school's own workspace, or of another workspace of its Enterprise Grid organisation. Not
 * a Slack Connect member of another organisation: `is_stranger` is false for her once she shares a channel
 * with the app, and her email was confirmed by her own organisation, which (with a sign-in service of its
 * own) confirms whatever address it gives her.
 */
function inSchoolOrg(
  user: { team_id?: string; enterprise_user?: { enterprise_id?: string } },
  org: SchoolOrg,
) {
  if (org.teamId !== undefined && user.team_id === org.teamId) return true;
  return org.enterpriseId !== undefined && user.enterprise_user?.enterprise_id === org.enterpriseId;
}

/**
 * SLACK_TRUST_WORKSPACE_EMAIL: the Slack user's workspace email, when Slack vouches for it (confirmed, a full
 * member, not a guest or someone from another organisation), for the core to link without a password when it
 * equals the person's directory email. Needs the users:read and users:read.email scopes.
 */
export class WorkspaceEmails {
  private readonly cache: TtlCache<string | undefined>;

  constructor(
    private readonly api: SlackApi,
    /** The app's own workspace and organisation: only their members' emails are trusted. */
    private readonly org: SchoolOrg,
    clock: () => number,
    private readonly logger: Logger,
    /** Told the user's locale from the same users.info answer, so it is not asked for twice. */
    private readonly onLocale?: (userId: string, locale: string | undefined) => void,
  ) {
    this.cache = new TtlCache({ maxEntries: MAX_CACHED, ttlMs: CACHE_MS, clock });
  }

  /**
   * The confirmed email, or undefined (also when Slack cannot be asked: then the password is needed). `log`
   * is the input's, so a failed lookup's line carries its ids.
   */
  async verifiedEmail(userId: string, log: Logger = this.logger): Promise<string | undefined> {
    const cached = this.cache.get(userId);
    if (cached !== undefined) return cached.value;
    let email: string | undefined;
    try {
      const { user } = await this.api.client.users.info({
        user: userId,
        include_locale: this.onLocale !== undefined,
      });
      const trusted =
        user?.is_email_confirmed === true &&
        user.deleted !== true &&
        user.is_bot !== true &&
        user.is_restricted !== true &&
        user.is_ultra_restricted !== true &&
        user.is_stranger !== true &&
        inSchoolOrg(user, this.org);
      email = trusted ? user.profile?.email : undefined;
      this.onLocale?.(userId, typeof user?.locale === "string" ? user.locale : undefined);
    } catch (error) {
      log.warn(describeSlackError(error), "could not read a Slack user's email; the password is needed");
      return undefined;
    }
    this.cache.set(userId, email);
    return email;
  }
}
