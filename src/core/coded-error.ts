/**
 * The stable name of each error the core knows how to explain. It is what an operator searches the logs for
 * (pino writes it as `err.code`) and what the LDAP directory names its "directory_unavailable" log event.
 */
export type ErrorCode =
  | "directory_unavailable"
  | "directory_size_limit"
  | "password_outcome_unknown"
  | "password_rejected"
  | "no_such_person"
  | "store_unavailable"
  | "config_invalid";

/** Every error the core knows how to explain to a user carries a code; anything else is a bug. */
export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}
