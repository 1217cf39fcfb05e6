import { z } from "zod";
import { optionalChoice, optionalString } from "./env-types.js";

/**
 * Which school directory the settings choose: DIRECTORY when set; otherwise the LDAP directory when LDAP_URL
 * is set (setting the LDAP variables switches to the real thing), unless DIRECTORY_FILE names a school file
 * too, which is for DIRECTORY to settle (load-config refuses to guess); otherwise the memory directory. Blank
 * values count as unset.
 */
export function chosenDirectory(env: Record<string, string | undefined>): string {
  const set = (name: string) => (env[name]?.trim() ?? "") !== "";
  if (set("DIRECTORY")) return env.DIRECTORY!.trim().toLowerCase();
  return set("LDAP_URL") && !set("DIRECTORY_FILE") ? "ldap" : "memory";
}

/** Which school directory to use. The LDAP details are in ldap-settings. */
export const directorySettings = z
  .object({
    // Unset, chosenDirectory decides.
    DIRECTORY: optionalChoice(["memory", "ldap"]),
    DIRECTORY_FILE: optionalString,
    LDAP_URL: optionalString,
  })
  .transform((env) => ({
    kind: chosenDirectory(env) as "memory" | "ldap",
    /** The school file for the memory directory; unset means the demo school in the repository. */
    file: env.DIRECTORY_FILE,
  }));

export type DirectorySettings = z.output<typeof directorySettings>;
