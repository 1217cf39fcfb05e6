import { createHash } from "node:crypto";
import type { DirectorySettings } from "../config/directory-settings.js";
import type { LdapSettings } from "../config/ldap-settings.js";

/**
 * A short id of the settings that decide which directory the bot reaches and how it searches it, for the
 * de-duplication of the directory's alerts (AlertServiceOptions.directorySettings): equal for replicas that
 * run with the same ones. Not the service account's password: a refused login is its own event already
 * (the fault `service-login-refused`), and no hash of a password belongs in Redis.
 */
export function directorySettingsId(config: { directory: DirectorySettings; ldap: LdapSettings }): string {
  const { bindPassword: _secret, ...ldap } = config.ldap;
  const decisive = config.directory.kind === "ldap" ? { kind: "ldap", ldap } : config.directory;
  return createHash("sha256").update(JSON.stringify(decisive)).digest("hex").slice(0, 12);
}
