import type { Text } from "../messages.js";
import type { Person } from "../ports/directory.js";
import { containsIdentity } from "../answers/answer-rules.js";
import { NORMALISATION_VERSION, normaliseAnswer } from "../answers/normalise-answer.js";
import { isCommonPassword } from "./common-passwords.js";

export interface PasswordRules {
  minLength: number;
  maxLength: number;
}

/**
 * Checks a password a student typed for themselves, before it goes to the directory (which may still
 * refuse it by its own policy). Returns what to tell the student, or null when it is fine.
 */
export function checkNewPassword(
  password: string,
  person: Pick<Person, "id" | "name">,
  rules: PasswordRules,
): Text | null {
  const length = [...password].length;
  if (length < rules.minLength) return { key: "password.tooShort", params: { min: rules.minLength } };
  if (length > rules.maxLength) return { key: "password.tooLong", params: { max: rules.maxLength } };
  if (containsIdentity(normaliseAnswer(NORMALISATION_VERSION, password), person))
    return { key: "password.hasName" };
  if (isCommonPassword(password)) return { key: "password.tooCommon" };
  return null;
}
