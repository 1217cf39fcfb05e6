/**
 * The ids of one unit of work (a Telegram update, an HTTP request, a Slack event, a terminal line), bound to
 * a child logger (`logger.child(context)`) so every line of that work carries them. Ids only: never message
 * text or a secret.
 */
export type LogContext = Record<string, string | number>;
