import { AsyncLocalStorage } from "node:async_hooks";

/** Fields put on every log line written while one update or request is worked on (ids only, no secret). */
export type LogContext = Record<string, string | number>;

const current = new AsyncLocalStorage<LogContext>();

/**
 * Runs `work` with `fields` added to every log line it writes, however deep (the core included, which
 * never sees the update). Use it where an update or request enters: the webhook, the poller, Socket Mode.
 */
export function withLogContext<T>(fields: LogContext, work: () => T): T {
  return current.run({ ...current.getStore(), ...fields }, work);
}

/** The fields of the update or request being worked on now, for pino's mixin. */
export function logContextFields(): LogContext {
  return current.getStore() ?? {};
}
