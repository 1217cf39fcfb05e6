import { CodedError } from "../coded-error.js";

/**
 * Every error a Directory may throw. Anything else escaping a directory is a bug in it: the LDAP directory
 * turns network trouble and unexpected LDAP answers into DirectoryUnavailableError.
 */

/**
 * A directory setting that the server itself refuses, though it answers: the service account's login
 * (LDAP_BIND_DN, LDAP_BIND_PASSWORD), a search base it does not have (LDAP_BASE_DN), or a certificate the
 * bot cannot trust (LDAP_TLS_CA_FILE unset or holding another CA, LDAP_URL's host or port, an expired one). The
 * admins' alert names what to check.
 */
export const DIRECTORY_FAULTS = [
  "service-login-refused",
  "base-dn-missing",
  "tls-untrusted",
  "tls-wrong-ca",
  "tls-name-mismatch",
  "tls-expired",
] as const;
export type DirectoryFault = (typeof DIRECTORY_FAULTS)[number];

/** The school directory cannot be reached or timed out. The user should try again later. */
export class DirectoryUnavailableError extends CodedError {
  /** Set when the directory's answer shows which setting is wrong. */
  readonly fault: DirectoryFault | undefined;

  constructor(
    message = "the school directory is not answering",
    options?: { cause?: unknown; fault?: DirectoryFault },
  ) {
    super("directory_unavailable", message, options);
    this.fault = options?.fault;
  }
}

/**
 * A password change was sent, but no answer came (it timed out, the connection dropped): the directory may
 * have set the new password, or not. A DirectoryUnavailableError, so whatever reports directory trouble
 * still does; the reset flows read it as "may have been set", never as "nothing changed".
 */
export class PasswordOutcomeUnknownError extends DirectoryUnavailableError {
  override readonly code = "password_outcome_unknown";
  constructor(message = "the directory did not answer a password change", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * A password to check was sent (a bind), but no answer came (it timed out, the connection dropped): the
 * directory may have judged it, and counted a wrong one towards the account's lockout. A
 * DirectoryUnavailableError like any outage, but a try counted before it stays counted (see
 * counted-password-check.ts): otherwise a slow directory made every try free, and anyone could send a
 * classmate's ID wrong passwords until the directory locked her account.
 */
export class PasswordCheckUnansweredError extends DirectoryUnavailableError {
  constructor(message = "the directory did not answer a password check", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The directory stopped a search at its size limit for the bot's account (LDAP_BIND_DN): slapd's default is
 * 500 entries, a paged search's total included, unless its `limits` lift it (docs/directory.md). The directory
 * is up and answering; only the class lists behind /stats and /coverage are too long for the account. A
 * DirectoryUnavailableError, so that whatever cannot go on without the directory's answer still stops.
 */
export class DirectorySizeLimitError extends DirectoryUnavailableError {
  override readonly code = "directory_size_limit";
  constructor(operation: string, detail: string, options?: { cause?: unknown }) {
    super(
      `the school directory stopped ${operation} at its size limit for the bot's account (${detail}): ` +
        "raise the size limit of LDAP_BIND_DN (OpenLDAP: limits size.prtotal=unlimited; see docs/directory.md)",
      options,
    );
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
