import type { webApi } from "@slack/bolt";
import type { Logger } from "../../logging/create-logger.js";
import { describeSlackError, neededScope } from "./slack-api.js";

const SETTING = "ADMIN_ALERT_SLACK_CHANNEL";

/** The manifest's app name: Slack's /invite takes the bot's name, which the admin may have changed. */
const INVITE = "type /invite @Password Helper in the channel (or the app's name, if you changed it)";

/**
 * What an admin should do when Slack refuses the bot's message in the alert channel, by Slack's error code
 * (chat.postMessage). Shared by the start's check and the alert sink's log line, so both say the same.
 */
const ADVICE: Readonly<Record<string, (needed: string | undefined) => string>> = {
  channel_not_found: () =>
    `check the id in ${SETTING} (the channel's id is at the bottom of its details) and, if the channel is private, invite the bot: ${INVITE}`,
  not_in_channel: () => `invite the bot: ${INVITE}`,
  is_archived: () => `unarchive the channel, or set ${SETTING} to another channel's id`,
  missing_scope: (needed) =>
    `add the ${needed ?? "chat:write"} scope to the Slack app (slack/manifest.yml lists it) and reinstall the app (Install App, Reinstall to Workspace)`,
  restricted_action: () =>
    `the channel's settings do not let the bot post: let it post there, or set ${SETTING} to another channel's id`,
  restricted_action_read_only_channel: () =>
    `the channel is read-only for the bot: let it post there, or set ${SETTING} to another channel's id`,
};
const TOKEN_REFUSED = ["invalid_auth", "token_revoked", "account_inactive", "not_authed"];
const REINSTALL =
  "Slack no longer takes the bot's token (the app removed, or its token revoked): reinstall the app and put its Bot User OAuth Token (xoxb-...) in SLACK_BOT_TOKEN";

/**
 * What to do about a message Slack refused in the alert channel, from the error the Web API client threw;
 * undefined when Slack's answer says nothing the admin can fix (a timeout, Slack's own trouble).
 */
export function alertChannelAdvice(error: unknown): string | undefined {
  const { slackError } = describeSlackError(error);
  if (slackError === undefined) return undefined;
  if (TOKEN_REFUSED.includes(slackError)) return REINSTALL;
  return ADVICE[slackError]?.(neededScope(error));
}

/** A conversation id Slack's conversations.info takes: a public or private channel's (C…, G…). */
const CHANNEL_ID = /^[CG][A-Z0-9]{6,}$/;
/** A person's id (U…, W…) or a DM's (D…): alerts then go to that person's DM with the app; not checked. */
const PERSON_OR_DM = /^[UWD][A-Z0-9]{6,}$/;

/**
 * Asks Slack about the admins' alert channel (conversations.info: it reads, posts nothing), so that a
 * mistyped id or a channel the bot was never invited to shows at start, not at the first alert perhaps
 * weeks later. A warning only, never a refused start: the bot may be invited after it starts. Needs the
 * read scope of the channel's kind (channels:read, groups:read); an app installed before it gets one
 * warning naming the scope, and its alerts are sent all the same.
 */
export async function checkAlertChannel(
  client: webApi.WebClient,
  channel: string,
  logger: Logger,
): Promise<void> {
  if (PERSON_OR_DM.test(channel)) return;
  if (!CHANNEL_ID.test(channel)) {
    logger.warn(
      { event: "alert_chat_unchecked", chat: channel },
      `${SETTING} is a channel name, not the channel's id: the bot cannot check it at start, and alerts stop if the channel is renamed. Put the channel's id instead (at the bottom of the channel's details, C...)`,
    );
    return;
  }
  let info: webApi.ConversationsInfoResponse;
  try {
    info = await client.conversations.info({ channel });
  } catch (error) {
    notChecked(error, channel, logger);
    return;
  }
  const found = info.channel;
  const unreachable = (reason: string, what: string) =>
    logger.warn(
      { event: "alert_chat_unreachable", chat: channel, reason },
      `${SETTING}: ${what}, so the admins will get no alerts there: ${ADVICE[reason]!(undefined)}`,
    );
  if (found?.is_archived === true) unreachable("is_archived", "Slack says this channel is archived");
  // A bot not in a public channel can read it but not post there (the app does not ask for chat:write.public).
  else if (found?.is_member === false) unreachable("not_in_channel", "the bot is not in this channel");
}

/** Slack did not say whether the bot can post there: why, once, and what to do about it if anything. */
function notChecked(error: unknown, channel: string, logger: Logger): void {
  const described = describeSlackError(error);
  const facts = { event: "alert_chat_unreachable", chat: channel, ...described };
  if (described.slackError === "channel_not_found") {
    logger.warn(
      facts,
      `${SETTING}: Slack shows the bot no channel with this id, so the admins will get no alerts there: ${ADVICE.channel_not_found!(undefined)}`,
    );
    return;
  }
  const unchecked = { ...facts, event: "alert_chat_unchecked" };
  if (described.slackError === "missing_scope") {
    const needed = neededScope(error) ?? "groups:read";
    logger.warn(
      { ...unchecked, needed },
      `${SETTING} was not checked at start: Slack asks for the ${needed} scope to look at the channel. Add it to the Slack app (slack/manifest.yml lists it) and reinstall the app (Install App, Reinstall to Workspace); the next start checks the channel. Alerts are sent meanwhile all the same`,
    );
    return;
  }
  const advice = alertChannelAdvice(error);
  logger.warn(
    unchecked,
    `${SETTING} was not checked at start (${described.slackError ?? described.code ?? described.error}); alerts will be sent all the same${advice === undefined ? "" : `. To fix: ${advice}`}`,
  );
}
