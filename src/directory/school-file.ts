import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import {
  fileMistakesError,
  mistakeLines,
  TRUE_OR_FALSE,
  valueAt,
  type FileLayout,
} from "../core/file-mistakes.js";
import { editDistance } from "../core/closest-name.js";
import { readJsonFile } from "../core/json-file.js";

/** The demo school shipped in the repository: what `npm start` uses when DIRECTORY_FILE is unset. */
export const DEMO_SCHOOL_FILE = fileURLToPath(new URL("../../data/demo-school.json", import.meta.url));

const ROLES = ["student", "teacher", "admin"] as const;

/** Strict: a misspelt key ("clases", "disable") stops the start instead of leaving its default in place. */
const personSchema = z.strictObject({
  id: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES, {
    error: (issue) => `must be student, teacher or admin${roleShown(issue.input)}`,
  }),
  classes: z.array(z.string().trim().min(1), { error: 'must be a list, like ["4A"]' }).default([]),
  email: z.string().optional(),
  password: z.string().min(1),
  disabled: z.boolean({ error: TRUE_OR_FALSE }).default(false),
});

const schoolFileSchema = z.strictObject({
  school: z.string().optional(),
  people: z.array(personSchema).min(1),
});

export type SchoolFile = z.output<typeof schoolFileSchema>;
export type SchoolFilePerson = SchoolFile["people"][number];

const schoolFileLayout: FileLayout = {
  whole: "the file",
  entryOf(json, path) {
    if (path[0] !== "people" || typeof path[1] !== "number") return undefined;
    return { who: personNamed(valueAt(json, path.slice(0, 2)), path[1]), inside: path.slice(2) };
  },
  keysAt(path) {
    if (path.length === 0) return { keys: Object.keys(schoolFileSchema.shape), called: "the file's keys" };
    if (path.length === 2 && path[0] === "people")
      return { keys: Object.keys(personSchema.shape), called: "a person's keys" };
    return undefined;
  },
};

/**
 * Reads and checks a school file; a mistake in it stops start-up with the file name and every mistake at
 * once, each naming the person by id.
 */
export async function readSchoolFile(path: string): Promise<SchoolFile> {
  const json = await readJsonFile("DIRECTORY_FILE", path);
  const fullPath = resolve(path);
  const result = schoolFileSchema.safeParse(json);
  const mistakes = [
    ...(result.success ? [] : mistakeLines(json, result.error.issues, schoolFileLayout)),
    ...idsTwice(valueAt(json, ["people"])),
  ];
  if (!result.success || mistakes.length > 0) {
    throw fileMistakesError("DIRECTORY_FILE", fullPath, mistakes);
  }
  return result.data;
}

/**
 * The ids of the students who are in no class: no teacher sees them in /coverage nor may help them. A
 * school may have pupils not yet put in a class, so this is a warning at start, not a refusal.
 */
export function studentsInNoClass(people: readonly SchoolFilePerson[]): string[] {
  return people.filter((p) => p.role === "student" && p.classes.length === 0).map((p) => p.id);
}

/** "S1001", or 'person 2 in "people" (Aisha Binte Rahman)' for one whose id cannot be shown. */
function personNamed(person: unknown, index: number): string {
  const { id, name } = (person ?? {}) as { id?: unknown; name?: unknown };
  if (typeof id === "string" && id.trim() !== "" && id.trim().length <= 64) return id.trim();
  const named = typeof name === "string" && name.trim() !== "" ? ` (${name.trim().slice(0, 60)})` : "";
  return `person ${index + 1} in "people"${named}`;
}

/** One line for each person whose id another had before them (ids are the same in any letter case). */
function idsTwice(people: unknown): string[] {
  if (!Array.isArray(people)) return [];
  const first = new Map<string, string>();
  const lines: string[] = [];
  for (const person of people as unknown[]) {
    const id = (person as { id?: unknown } | null)?.id;
    if (typeof id !== "string" || id.trim() === "") continue;
    const spelt = id.trim();
    const before = first.get(spelt.toLowerCase());
    if (before === undefined) first.set(spelt.toLowerCase(), spelt);
    else if (before === spelt) lines.push(`${spelt}: the id is in the file twice`);
    else
      lines.push(
        `${spelt}: the id is in the file twice (also as ${before}: ids are the same in any letter case)`,
      );
  }
  return lines;
}

/**
 * ', not "techer"' for a role a few letters from one, letters alone; nothing for any other value, which may
 * be a password a comma in a name shifted into the role's column of an export ("Student1", "Teach3r").
 */
function roleShown(value: unknown): string {
  if (typeof value !== "string") return "";
  const typed = value.trim().toLowerCase();
  const near = /^\p{L}{1,12}$/u.test(typed) && ROLES.some((role) => editDistance(typed, role) <= 2);
  return near ? `, not ${JSON.stringify(value)}` : "";
}
