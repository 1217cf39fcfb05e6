import { z } from "zod";
import { flag, optionalHttpUrl, optionalString } from "./env-types.js";

/** The Slack channel; on when SLACK_BOT_TOKEN is set. */
export const slackSettings = z
  .object({
    SLACK_BOT_TOKEN: optionalString,
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString,
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
