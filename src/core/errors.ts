/** Every error the core knows how to explain to a user carries a code; anything else is a bug. */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The school directory cannot be reached or timed out. The user should try again later. */
export class DirectoryUnavailableError extends CodedError {
  constructor(message = "the school directory is not answering", options?: { cause?: unknown }) {
    super("directory_unavailable", message, options);
  }
}

/** Why a directory refused a new password, in words a student can act on. */
export type PasswordRejection = "too-short" | "too-simple" | "used-before" | "too-recent" | "other";

/** The directory refused the new password (policy); the student may try another one. */
export class PasswordRejectedError extends CodedError {
  constructor(
    readonly reason: PasswordRejection,
    message = `the directory refused the new password (${reason})`,
  ) {
    super("password_rejected", message);
  }
}

/** The store (Redis) cannot be reached. Nothing was changed; the user should try again later. */
export class StoreUnavailableError extends CodedError {
  constructor(message = "the store is not answering", options?: { cause?: unknown }) {
    super("store_unavailable", message, options);
  }
}

/** A configuration problem found at start-up; the message lists what to set. */
export class ConfigError extends CodedError {
  constructor(message: string) {
    super("config_invalid", message);
  }
}
