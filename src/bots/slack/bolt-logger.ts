import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../logging/create-logger.js";

/**
 * Bolt's and the Web API client's log lines, into our pino logger. Debug lines are dropped whatever the
 * level: at debug the Web API client writes every request body and result as text (`http request body:
 * {...}`), a modal with a generated password among them, and pino's redaction cannot see into a string.
 * Errors are logged by name and message only, for the same reason (a request error carries its request).
 */
export function boltLogger(logger: Logger): BoltLogger {
  const line = (parts: unknown[]) =>
    parts.map((part) => (part instanceof Error ? `${part.name}: ${part.message}` : String(part))).join(" ");
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => logger.info(line(parts)),
    warn: (...parts: unknown[]) => logger.warn(line(parts)),
    error: (...parts: unknown[]) => logger.error(line(parts)),
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}
