import { z } from "zod";
import { optionalString } from "./env-types.js";

/** Which school directory to use. The LDAP details are in ldap-settings. */
export const directorySettings = z
  .object({
    DIRECTORY: z.enum(["memory", "ldap"]).default("memory"),
    DIRECTORY_FILE: optionalString,
  })
  .transform((env) => ({
    kind: env.DIRECTORY,
    /** The school file for the memory directory; unset means the demo school in the repository. */
    file: env.DIRECTORY_FILE,
  }));

export type DirectorySettings = z.output<typeof directorySettings>;
