import { isSetIn, type Environment } from "./env-types.js";

/** Each chat platform: the token that turns it on, its other settings, and where the token is found. */
const PLATFORMS = [
  {
    name: "Telegram",
    token: "TELEGRAM_BOT_TOKEN",
    settings: ["TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_API_ROOT"],
    where: "the token from @BotFather (/mybots, API Token)",
  },
  {
    name: "Slack",
    token: "SLACK_BOT_TOKEN",
    settings: [
      "SLACK_SIGNING_SECRET",
      "SLACK_APP_TOKEN",
      "SLACK_API_URL",
      "SLACK_TRUST_WORKSPACE_EMAIL",
      "SLACK_USER_LOCALE",
    ],
    where:
      "the Bot User OAuth Token, xoxb-..., under OAuth & Permissions in the app's settings once the app is installed in the workspace",
  },
] as const;

/**
 * A platform's settings set while its token is not: only the token turns the platform on, so the bot
 * would start without it and without a word (a Slack signing secret and app-level token filled in before
 * the app was installed, say). Names only, never values.
 */
export function platformWithoutTokenWarnings(env: Environment): string[] {
  return PLATFORMS.flatMap(({ name, token, settings, where }) => {
    if (isSetIn(env, token)) return [];
    const set = settings.filter((setting) => isSetIn(env, setting));
    if (set.length === 0) return [];
    const names = set.length === 1 ? set[0] : `${set.slice(0, -1).join(", ")} and ${set.at(-1)}`;
    const them = set.length === 1 ? "it is" : "they are";
    return [
      `${names} ${set.length === 1 ? "is" : "are"} set but ${token} is not: the ${name} channel is off, so ${them} not used. Set ${token} (${where}) to turn it on, or remove ${set.length === 1 ? "it" : "them"}.`,
    ];
  });
}
