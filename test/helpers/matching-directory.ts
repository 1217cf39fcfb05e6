import type { Directory } from "../../src/core/ports/directory.js";
import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE, readSchoolFile } from "../../src/directory/school-file.js";

/** The directory's methods that are given a user ID first. */
export const BY_ID: ReadonlySet<string> = new Set([
  "authenticate",
  "findPerson",
  "findAccount",
  "accountPresence",
  "idSpellings",
  "setPassword",
  "unlock",
]);

/** A student of the demo school's class 4A added for these tests, with an ID that has an i in it. */
export const MIA = {
  id: "mia",
  password: "Blue-Cloud-58",
  answers: ["Cat", "Red", "Noodles"] as [string, string, string],
};

/** A student added for these tests, with an o and a double s in her ID. */
export const ROSS = { id: "ross", password: "Green-Hill-47" };

/**
 * The demo school, MIA and ROSS in a memory directory that matches a user ID as a real server may, more loosely
 * than by small letters: an ID is each stored one whose `fold` is the typed one's.
 */
export async function directoryMatching(fold: (id: string) => string): Promise<Directory> {
  const { people } = await readSchoolFile(DEMO_SCHOOL_FILE);
  const mia = {
    id: MIA.id,
    name: "Mia Tan",
    role: "student" as const,
    classes: ["4A"],
    password: MIA.password,
  };
  const ross = {
    id: ROSS.id,
    name: "Ross Lim",
    role: "student" as const,
    classes: ["4A"],
    password: ROSS.password,
  };
  const everyone = [...people, { ...mia, disabled: false }, { ...ross, disabled: false }];
  const stored = (id: string) => everyone.find((each) => fold(each.id) === fold(id))?.id ?? id;
  return new Proxy(new MemoryDirectory(everyone), {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== "function" || !BY_ID.has(String(name))) return value;
      return (id: string, ...rest: unknown[]) =>
        (value as (...args: unknown[]) => unknown).call(target, stored(id), ...rest);
    },
  });
}
