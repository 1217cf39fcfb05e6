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
  "oneTimeCode",
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

/**
 * pino's paths stop at a fixed depth and match names exactly. This catches the rest: any key, at any depth,
 * whose name looks like a secret in any letter case (e.g. `err.config.auth.Password` from a library error).
 */
const SECRET_KEY_PATTERN =
  /passw|secret|token|pepper|answer|authorization|cookie|signature|onetimecode|^text$|^payload$|^private_metadata$/i;
const MAX_SCRUB_DEPTH = 8;

function scrubSecrets(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_SCRUB_DEPTH) return "[too deep]";
  // Runs before pino's serializers: keep an error's type, message and stack, which are not enumerable.
  if (value instanceof Error) return scrubSecrets({ ...pino.stdSerializers.err(value) }, depth);
  if (Array.isArray(value)) return value.map((item) => scrubSecrets(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = SECRET_KEY_PATTERN.test(key) ? "[redacted]" : scrubSecrets(item, depth + 1);
  }
  return copy;
}

export type { Logger };

/** The application's logger: pino JSON with secrets redacted by configuration. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      formatters: { log: (object) => scrubSecrets(object) as Record<string, unknown> },
      // The formatter above has already turned errors into plain objects; keep those as they are.
      serializers: { err: (e: unknown) => (e instanceof Error ? pino.stdSerializers.err(e) : e) },
    },
    destination,
  );
}
