import { pino, type DestinationStream, type Logger } from "pino";

/**
 * Field names that may carry a secret anywhere in a log object. pino removes them before a line is written,
 * so a careless `log.info({ ...something })` cannot leak a password, answer, code, token or the pepper.
 * Inbound chat text is redacted too: it may be a password typed at the wrong moment.
 */
export const REDACTED_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "oldPassword",
  "answer",
  "answers",
  "code",
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "secret",
  "webhookSecret",
  "pepper",
  "answerPepper",
  "bindPassword",
  "text",
  "authorization",
  "cookie",
  "x-telegram-bot-api-secret-token",
  "x-slack-signature",
];

const REDACT_PATHS = [
  // telegraf's TelegramError carries the whole request (message text included) under `on.payload`.
  "err.on.payload",
  "error.on.payload",
  ...REDACTED_KEYS.map((key) => (key.includes("-") ? `["${key}"]` : key)),
  ...REDACTED_KEYS.map((key) => (key.includes("-") ? `*["${key}"]` : `*.${key}`)),
  ...REDACTED_KEYS.map((key) => (key.includes("-") ? `*.*["${key}"]` : `*.*.${key}`)),
];

export type { Logger };

/** The application's logger: pino JSON with secrets redacted by configuration. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}
