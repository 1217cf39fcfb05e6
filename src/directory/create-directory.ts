import type { Config } from "../config/load-config.js";
import type { Directory } from "../core/ports/directory.js";
import type { Logger } from "../logging/create-logger.js";
import { LdapDirectory } from "./ldap/ldap-directory.js";
import { MemoryDirectory } from "./memory-directory.js";
import { DEMO_SCHOOL_FILE, readSchoolFile, studentsInNoClass } from "./school-file.js";

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
  const school = await readSchoolFile(file);
  const inNoClass = studentsInNoClass(school.people);
  if (inNoClass.length > 0) logger.warn({ event: "students_in_no_class", file }, inNoClassWords(inNoClass));
  return new MemoryDirectory(school.people);
}

/** At most this many ids are named in the warning; the count says how many there are. */
const NAMED_IN_WARNING = 20;

function inNoClassWords(ids: string[]): string {
  const named = ids.slice(0, NAMED_IN_WARNING).join(", ");
  const more = ids.length > NAMED_IN_WARNING ? ` and ${ids.length - NAMED_IN_WARNING} more` : "";
  const students = ids.length === 1 ? "1 student is" : `${ids.length} students are`;
  return `${students} in no class in the school file (${named}${more}): no teacher sees them in /coverage or can do a guided reset for them. Put their class in their "classes" when they have one.`;
}
