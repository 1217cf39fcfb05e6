import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE, readSchoolFile } from "../../src/directory/school-file.js";

/** How many students `withBigClass` adds to 4A. */
export const BIG_CLASS_SIZE = 120;

/** The line a class report gives the i-th added student. */
export const bigClassLine = (i: number) =>
  `• Nurul Syafiqah Binte Mohamed Abdul Rahman ${i} (S9${String(i).padStart(3, "0")})`;

/**
 * The demo school with BIG_CLASS_SIZE more students in 4A, each with a long name: a class report far past
 * one chat message (about 6,700 characters).
 */
export async function withBigClass(): Promise<MemoryDirectory> {
  const { people } = await readSchoolFile(DEMO_SCHOOL_FILE);
  const extra = Array.from({ length: BIG_CLASS_SIZE }, (_, i) => ({
    id: `S9${String(i).padStart(3, "0")}`,
    name: `Nurul Syafiqah Binte Mohamed Abdul Rahman ${i}`,
    role: "student" as const,
    classes: ["4A"],
    password: `Pw-x-${i}-abcdef`,
    disabled: false,
  }));
  return new MemoryDirectory([...people, ...extra]);
}
