import { escapeForMessageText } from "../bots/slack/slack-text.js";
import type { AlertSink } from "./alert-sink.js";

/** Posts a plain-text message to a Slack channel; `slackPoster` makes one from a Bolt WebClient. */
export interface SlackPoster {
  postMessage(channel: string, text: string): Promise<unknown>;
}

/** The part of Bolt's WebClient (`app.client`) the poster uses. */
export interface SlackChatClient {
  chat: { postMessage(args: { channel: string; text: string }): Promise<unknown> };
}

/** A SlackPoster over Bolt's WebClient, which throws on Slack's `ok: false` answers and retries 429s. */
export function slackPoster(client: SlackChatClient): SlackPoster {
  return { postMessage: (channel, text) => client.chat.postMessage({ channel, text }) };
}

/** Admin alerts to ADMIN_ALERT_SLACK_CHANNEL (a channel id or name the bot has been invited to). */
export class SlackAlertSink implements AlertSink {
  readonly name: string;

  constructor(
    private readonly poster: SlackPoster,
    private readonly channel: string,
  ) {
    this.name = `slack:${channel}`;
  }

  /**
   * The alert is plain text; Slack reads `<…>` in a message's text as markup, so a name in it holding
   * `<!channel>` would notify the whole channel and `<https://…|click>` would hide a link's address. Its
   * `&`, `<` and `>` are escaped (no alert's own words use Slack markup), and Slack shows them as typed.
   */
  async send(text: string): Promise<void> {
    await this.poster.postMessage(this.channel, escapeForMessageText(text));
  }

  /** Slack's error code (e.g. "not_in_channel"), and what to fix for the channel's; the request is left out. */
  describeError(error: unknown): Record<string, unknown> {
    const { code, data } = (error ?? {}) as { code?: unknown; data?: { error?: unknown } };
    const slackError = typeof data?.error === "string" ? data.error : undefined;
    const fix = slackError === undefined ? undefined : CHANNEL_FIXES[slackError];
    return {
      error: error instanceof Error ? error.name : typeof error,
      ...(typeof code === "string" ? { code } : {}),
      ...(slackError === undefined ? {} : { slackError }),
      ...(fix === undefined ? {} : { fix }),
    };
  }
}

/** What the admin fixes for Slack's errors about the alert channel itself (a lasting one, unlike a 5xx). */
const CHANNEL_FIXES: Readonly<Record<string, string>> = {
  not_in_channel:
    "invite the app to that channel (/invite @<the app's name> in it): it posts only where it is a member",
  channel_not_found:
    "ADMIN_ALERT_SLACK_CHANNEL names no channel the app can see: give the channel's ID (C…, at the bottom of the channel's About tab), and for a private channel invite the app first",
  is_archived:
    "the channel of ADMIN_ALERT_SLACK_CHANNEL is archived: unarchive it, or set ADMIN_ALERT_SLACK_CHANNEL to another channel",
};
