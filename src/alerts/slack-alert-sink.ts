import { alertChannelAdvice } from "../bots/slack/alert-channel-check.js";
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

  /** Slack's error code (e.g. "not_in_channel") says what to fix; the request is left out. */
  describeError(error: unknown): Record<string, unknown> {
    const { code, data } = (error ?? {}) as { code?: unknown; data?: { error?: unknown } };
    return {
      error: error instanceof Error ? error.name : typeof error,
      ...(typeof code === "string" ? { code } : {}),
      ...(typeof data?.error === "string" ? { slackError: data.error } : {}),
    };
  }

  /** Invite the bot, check the channel id, reinstall the app...: by Slack's error code. */
  whatToDo(error: unknown): string | undefined {
    return alertChannelAdvice(error);
  }
}
