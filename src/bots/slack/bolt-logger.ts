import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import { refusedRequestLog } from "../../http/refused-request-log.js";
import type { Logger } from "../../logging/create-logger.js";

/** How Bolt's line for a request whose signature does not check out begins: anyone can cause one. */
const REFUSED_REQUEST = "Failed to parse and verify the request data";

/**
 * Bolt's and the Web API client's log lines, into our pino logger. Debug lines are dropped whatever the
 * level: at debug the Web API client writes every request body and result as text (`http request body:
 * {...}`), a modal with a generated password among them, and pino's redaction cannot see into a string.
 * Errors are logged by name and message only, for the same reason (a request error carries its request).
 * A request refused for its signature is logged at most once a minute by `clock` (see refusedRequestLog).
 */
export function boltLogger(logger: Logger, clock: () => number = Date.now): BoltLogger {
  const line = (parts: unknown[]) =>
    parts.map((part) => (part instanceof Error ? `${part.name}: ${part.message}` : String(part))).join(" ");
  const logRefused = refusedRequestLog(logger, clock);
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => logger.info(line(parts)),
    warn: (...parts: unknown[]) => {
      const text = line(parts);
      if (text.startsWith(REFUSED_REQUEST)) logRefused({}, text);
      else logger.warn(text);
    },
    error: (...parts: unknown[]) => logger.error(line(parts)),
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}
