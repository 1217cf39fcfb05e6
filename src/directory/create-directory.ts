import type { Config } from "../config/load-config.js";
import type { Directory } from "../core/ports/directory.js";
import type { Logger } from "../logging/create-logger.js";
import { LdapDirectory } from "./ldap/ldap-directory.js";
import { MemoryDirectory } from "./memory-directory.js";
import { DEMO_SCHOOL_FILE } from "./school-file.js";

/**
 * The school directory the configuration asks for: LDAP (OpenLDAP or Active Directory) when DIRECTORY=ldap,
 * else the memory directory seeded from DIRECTORY_FILE or the demo school. Call once at start-up.
 */
export async function createDirectory(config: Config, logger: Logger): Promise<Directory> {
  if (config.directory.kind === "ldap") {
    const directory = LdapDirectory.fromSettings(config.ldap, logger.child({ component: "directory" }));
    logger.info(
      { event: "directory_selected", kind: "ldap", flavour: config.ldap.flavour, url: config.ldap.url },
      "using the LDAP school directory",
    );
    return directory;
  }
  const file = config.directory.file ?? DEMO_SCHOOL_FILE;
  logger.info({ event: "directory_selected", kind: "memory", file }, "using the school directory file");
  return MemoryDirectory.fromFile(file);
}
