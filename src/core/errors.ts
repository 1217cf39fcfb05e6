import { CodedError } from "./coded-error.js";

export { CodedError, type ErrorCode } from "./coded-error.js";
// The directory's errors are declared beside its port; re-exported for the callers that catch them.
export {
  DirectorySizeLimitError,
  DirectoryUnavailableError,
  NoSuchPersonError,
  PasswordCheckUnansweredError,
  PasswordOutcomeUnknownError,
  PasswordRejectedError,
  type PasswordRejection,
} from "./ports/directory-errors.js";

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
