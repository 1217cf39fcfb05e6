import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE, readSchoolFile } from "../../../src/directory/school-file.js";

/** The demo school, with `email` as Wei Ling's (S1001) directory email: her school Slack account's. */
export async function schoolWithEmail(email: string): Promise<MemoryDirectory> {
  const school = await readSchoolFile(DEMO_SCHOOL_FILE);
  return new MemoryDirectory(school.people.map((p) => (p.id === "S1001" ? { ...p, email } : p)));
}
