import type { AlertSink } from "../alerts/alert-sink.js";
import type { AlertsSettings } from "../config/alerts-settings.js";
import type { Channel } from "../core/chat.js";
import type { Reply } from "../core/messages.js";

/**
 * A chat platform the bot speaks on (the terminal, Telegram, Slack). main.ts wires every one the same way
 * (see startChannel in app.ts): the core's notices reach its chats through `notify`, the admins' alerts go
 * out through its `alertSinks`, then it is started; `stop` on shutdown.
 */
export interface ChatChannel {
  readonly name: Channel;
  /** Starts taking input (connects, polls, registers webhooks or commands). */
  start(): Promise<void>;
  /** Stops taking input and finishes what is in hand. */
  stop(): Promise<void>;
  /**
   * Sends a notice to one of this channel's chats (not the one being answered). Rejects when it did not
   * arrive, so that a caller that depends on it (a guided reset) knows.
   */
  notify(chatUserId: string, reply: Reply): Promise<void>;
  /** Where this channel can send the admins' alerts, as the ADMIN_ALERT_* settings ask; may be none. */
  alertSinks(settings: AlertsSettings): AlertSink[];
}
