import type { Environment } from "./env-types.js";
import { ldapSettings, type LdapSettings } from "./ldap-settings.js";

/**
 * The LDAP settings for the start-up checks that compare them, when one of them was refused (its own
 * problem is listed already): the others as set, each refused one at its default, so that a bad
 * LDAP_TIMEOUT_MS does not hide a DN that is no DN. `refused` names the settings that were left out.
 */
export function ldapDespiteRefused(
  env: Environment,
): { ldap: LdapSettings; refused: ReadonlySet<string> } | undefined {
  const first = ldapSettings.safeParse(env);
  if (first.success) return { ldap: first.data, refused: new Set() };
  const refused = new Set(first.error.issues.map((issue) => String(issue.path[0])));
  const rest = Object.fromEntries(Object.entries(env).filter(([variable]) => !refused.has(variable)));
  const second = ldapSettings.safeParse(rest);
  return second.success ? { ldap: second.data, refused } : undefined;
}
