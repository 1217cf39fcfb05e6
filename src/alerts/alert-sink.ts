/**
 * One place admin alerts are delivered to (a Slack channel, a Telegram chat). AlertService calls `send` in
 * the background, retries it when it throws or does not answer in time, and logs a sink that keeps failing.
 */
export interface AlertSink {
  /** For the log, e.g. "slack:#it-alerts" or "telegram:-1001234"; never a token. */
  readonly name: string;
  /** Delivers one plain-text alert; throws when it could not. */
  send(text: string): Promise<void>;
  /**
   * What may be logged about a failed send. Platform errors can carry the request (with the bot token in
   * the URL, or the message); without this, only the error's name and code are logged.
   */
  describeError?(error: unknown): Record<string, unknown>;
  /**
   * What the admin should do about a failed send, when the platform's answer says (a Slack channel the bot
   * is not in): added to the log line. Undefined for a failure nobody here can fix (a timeout).
   */
  whatToDo?(error: unknown): string | undefined;
}
