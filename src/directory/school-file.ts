import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ConfigError } from "../core/errors.js";
import { readJsonFile } from "../core/json-file.js";

/** The demo school shipped in the repository: what `npm start` uses when DIRECTORY_FILE is unset. */
export const DEMO_SCHOOL_FILE = fileURLToPath(new URL("../../data/demo-school.json", import.meta.url));

const schoolFileSchema = z.object({
  school: z.string().optional(),
  people: z
    .array(
      z.object({
        id: z.string().trim().min(1).max(64),
        name: z.string().trim().min(1).max(200),
        role: z.enum(["student", "teacher", "admin"]),
        classes: z.array(z.string().trim().min(1)).default([]),
        email: z.string().optional(),
        password: z.string().min(1),
        disabled: z.boolean().default(false),
      }),
    )
    .min(1),
});

export type SchoolFile = z.output<typeof schoolFileSchema>;
export type SchoolFilePerson = SchoolFile["people"][number];

/** Reads and checks a school file; a mistake in it stops start-up with the file name and what is wrong. */
export async function readSchoolFile(path: string): Promise<SchoolFile> {
  const json = await readJsonFile("DIRECTORY_FILE", path);
  const fullPath = resolve(path);
  const result = schoolFileSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new ConfigError(`DIRECTORY_FILE: ${fullPath} does not look like a school file:\n${problems}`);
  }
  const seen = new Set<string>();
  for (const person of result.data.people) {
    const key = person.id.toLowerCase();
    if (seen.has(key)) throw new ConfigError(`DIRECTORY_FILE: ${fullPath} lists the id ${person.id} twice`);
    seen.add(key);
  }
  return result.data;
}
