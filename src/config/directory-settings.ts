import { z } from "zod";
import { choice, optionalString } from "./env-types.js";

/** Which school directory to use. The LDAP details are in ldap-settings. */
export const directorySettings = z
  .object({
    DIRECTORY: choice(["memory", "ldap"], "memory"),
    DIRECTORY_FILE: optionalString,
  })
  .transform((env) => ({
    kind: env.DIRECTORY,
    /** The school file for the memory directory; unset means the demo school in the repository. */
    file: env.DIRECTORY_FILE,
  }));

export type DirectorySettings = z.output<typeof directorySettings>;
