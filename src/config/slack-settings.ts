import { z } from "zod";
import { flag, optionalHttpUrl, optionalString } from "./env-types.js";
import { tokenInPiecesProblem } from "./token-in-pieces.js";

/**
 * A Slack token of one kind, told by its start (Slack's own: bot tokens xoxb-, app-level tokens xapp-), so
 * that the two swapped, or a user token, stop the start naming the setting; the token is never repeated.
 */
function slackToken(prefix: string, what: string) {
  return optionalString.superRefine((token, ctx) => {
    // A rotating token (Slack's token rotation) carries the kind after "xoxe.".
    if (token === undefined) return;
    const inPieces = tokenInPiecesProblem(token, "the app's settings");
    if (inPieces !== undefined) ctx.addIssue({ code: "custom", message: inPieces });
    else if (!token.startsWith(prefix) && !token.startsWith(`xoxe.${prefix}`))
      ctx.addIssue({ code: "custom", message: `must be ${what}, which starts with ${prefix}` });
  });
}

/** The Slack channel; on when SLACK_BOT_TOKEN is set. */
export const slackSettings = z
  .object({
    SLACK_BOT_TOKEN: slackToken(
      "xoxb-",
      "the Bot User OAuth Token (OAuth & Permissions in the app's settings)",
    ),
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: slackToken("xapp-", "the app-level token (Basic Information → App-Level Tokens)"),
    SLACK_API_URL: optionalHttpUrl("https://slack.com/api/"),
    SLACK_TRUST_WORKSPACE_EMAIL: flag(false),
    SLACK_USER_LOCALE: flag(true),
  })
  .transform((env) =>
    env.SLACK_BOT_TOKEN === undefined
      ? undefined
      : {
          botToken: env.SLACK_BOT_TOKEN,
          signingSecret: env.SLACK_SIGNING_SECRET,
          appToken: env.SLACK_APP_TOKEN,
          apiUrl: env.SLACK_API_URL,
          trustWorkspaceEmail: env.SLACK_TRUST_WORKSPACE_EMAIL,
          userLocale: env.SLACK_USER_LOCALE,
        },
  );

export type SlackSettings = NonNullable<z.output<typeof slackSettings>>;
