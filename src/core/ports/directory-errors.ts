import { CodedError } from "../coded-error.js";

/**
 * Every error a Directory may throw. Anything else escaping a directory is a bug in it: the LDAP directory
 * turns network trouble and unexpected LDAP answers into DirectoryUnavailableError.
 */

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

/** setPassword for an id the directory does not know: a caller's mistake, not the directory's trouble. */
export class NoSuchPersonError extends CodedError {
  constructor(id: string) {
    super("no_such_person", `setPassword: no person ${id} in the directory`);
  }
}
