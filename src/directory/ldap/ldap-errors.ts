import { ResultCodeError } from "ldapts";
import { ldapServer } from "../../config/ldap-server.js";
import {
  DirectorySizeLimitError,
  DirectoryUnavailableError,
  type DirectoryFault,
  type PasswordRejection,
} from "../../core/ports/directory-errors.js";

/** LDAP result codes used below (RFC 4511). */
const INVALID_CREDENTIALS = 49;
const CONSTRAINT_VIOLATION = 19;
const UNWILLING_TO_PERFORM = 53;
const SIZE_LIMIT_EXCEEDED = 4;
const NO_SUCH_OBJECT = 32;

/**
 * Why the directory refused a new password, read from its error; null when the error is not a refusal.
 * OpenLDAP's ppolicy says "Password fails quality checking policy" when a password is shorter than
 * pwdMinLength (its only built-in quality check; a pwdCheckModule's refusals read the same, and are
 * reported as too short too). Active Directory says 0000052D for every policy refusal; Samba adds which
 * rule failed, Windows does not (then it is "too-simple").
 */
export function passwordRejectionOf(error: unknown): PasswordRejection | null {
  if (!(error instanceof ResultCodeError)) return null;
  const text = error.message;
  const isAdRefusal = /0000052D/i.test(text);
  if (error.code !== CONSTRAINT_VIOLATION && !(error.code === UNWILLING_TO_PERFORM && isAdRefusal))
    return null;
  if (/history|already used|not being changed from existing value/i.test(text)) return "used-before";
  if (/too young|too recent|minimum password age/i.test(text)) return "too-recent";
  if (/too short|quality checking/i.test(text)) return "too-short";
  if (/complexity|too simple|too weak/i.test(text) || isAdRefusal) return "too-simple";
  return "other";
}

/** The entry a search starts from is not in the directory (or is hidden from the bot). */
export function isNoSuchObject(error: unknown): boolean {
  return error instanceof ResultCodeError && error.code === NO_SUCH_OBJECT;
}

/** A bind refused for a wrong DN or password (or a disabled, locked or expired account). */
export function isInvalidCredentials(error: unknown): boolean {
  return error instanceof ResultCodeError && error.code === INVALID_CREDENTIALS;
}

/**
 * Active Directory refused a bind only because the password must be changed (data 773: reset with
 * "must change at next logon"; data 532: expired). The password itself was right.
 */
export function isRightPasswordMustChange(error: unknown): boolean {
  return isInvalidCredentials(error) && /\bdata (773|532)\b/i.test((error as Error).message);
}

/**
 * The error a caller sees for anything else that went wrong (cannot connect, timed out, connection lost,
 * the service account refused, an unexpected LDAP result). The message never carries a password: it is
 * built from the operation's name and the server's or socket's own words, which do not contain one.
 * sizeLimitExceeded is the server's limit for the service account, not an outage: DirectorySizeLimitError.
 * (ldapts throws it only for a search that asked no size limit of its own; one that did gets the entries.)
 */
export function toUnavailable(
  operation: string,
  error: unknown,
  settings: TlsSettingsInUse = {},
): DirectoryUnavailableError {
  if (error instanceof DirectoryUnavailableError) return error;
  if (error instanceof ResultCodeError && error.code === SIZE_LIMIT_EXCEEDED)
    return new DirectorySizeLimitError(operation, describe(error), { cause: error });
  const tls = tlsFault(error);
  if (tls !== undefined) {
    const { fault, check } =
      tls === UNTRUSTED && settings.caFileSet === true
        ? { fault: "tls-wrong-ca" as const, check: wrongCa(settings.url) }
        : tls;
    return new DirectoryUnavailableError(
      `the school directory's certificate was refused (${operation}: ${describe(error)}): ${check}`,
      { cause: error, fault },
    );
  }
  // The base of a search is not in the directory: a DN in the settings, not an outage.
  if (isNoSuchObject(error))
    return new DirectoryUnavailableError(
      `the school directory has no entry where the bot searches (${operation}: ${describe(error)}): check LDAP_BASE_DN, and LDAP_CLASS_GROUP_BASE_DN if set`,
      { cause: error, fault: "base-dn-missing" },
    );
  return new DirectoryUnavailableError(`the school directory failed (${operation}: ${describe(error)})`, {
    cause: error,
  });
}

/** The TLS settings an untrusted certificate is judged by: whether a CA was given, and the server asked. */
export interface TlsSettingsInUse {
  caFileSet?: boolean;
  url?: string;
}

/**
 * With LDAP_TLS_CA_FILE set, "set LDAP_TLS_CA_FILE" would send the admin to a setting already made: the
 * file holds another CA, or LDAP_URL reaches another server (a port left out is the scheme's default).
 */
function wrongCa(url: string | undefined): string {
  const reached = ldapServer(url);
  const server = reached === undefined ? "the server in LDAP_URL" : `${reached.host} port ${reached.port}`;
  return (
    `the CA in LDAP_TLS_CA_FILE did not sign the certificate that ${server} gave: check that the file ` +
    "holds the CA of this directory's certificate, and that LDAP_URL names the directory and its port"
  );
}

/** Node's codes for a certificate the bot would not trust, the fault each is, and what to check. */
const TLS_FAULTS: Record<string, { fault: DirectoryFault; check: string }> = {};
const UNTRUSTED = {
  fault: "tls-untrusted",
  check: "set LDAP_TLS_CA_FILE to the CA certificate that signed the directory's certificate",
} as const;
for (const code of [
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_SIGNATURE_FAILURE",
])
  TLS_FAULTS[code] = UNTRUSTED;
TLS_FAULTS.ERR_TLS_CERT_ALTNAME_INVALID = {
  fault: "tls-name-mismatch",
  check:
    "the host in LDAP_URL must be a name the certificate holds (its DNS name, not an IP address it lacks)",
};
TLS_FAULTS.CERT_HAS_EXPIRED = {
  fault: "tls-expired",
  check: "the directory's certificate has expired: renew it on the directory server",
};

function tlsFault(error: unknown): { fault: DirectoryFault; check: string } | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && Object.hasOwn(TLS_FAULTS, code) ? TLS_FAULTS[code] : undefined;
}

/** A short, single-line account of an error for logs and messages. */
export function describe(error: unknown): string {
  if (error instanceof ResultCodeError)
    return `LDAP ${error.code} ${error.name}: ${firstLine(error.message)}`;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== undefined ? `${code} ${firstLine(error.message)}` : firstLine(error.message);
  }
  return String(error);
}

function firstLine(text: string): string {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "";
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
