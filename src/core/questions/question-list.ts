import { readFile } from "node:fs/promises";
import { z } from "zod";
import { ConfigError } from "../errors.js";

/** One security question. `keywords` may not appear in its answer ("animal" is no answer to "favourite animal"). */
export interface Question {
  id: string;
  text: string;
  keywords: string[];
}

/** The school portal's eight questions, the default list. Ids are stored with enrolments: never rename one. */
export const DEFAULT_QUESTIONS: Question[] = [
  { id: "animal", text: "What is your favourite animal?", keywords: ["animal"] },
  { id: "colour", text: "What is your favourite colour?", keywords: ["colour", "color"] },
  { id: "sport", text: "What is your favourite sport or hobby?", keywords: ["sport", "hobby"] },
  { id: "food", text: "What is your favourite food?", keywords: ["food"] },
  {
    id: "hero",
    text: "What is your favourite cartoon hero/pop group?",
    keywords: ["cartoon", "hero", "group"],
  },
  { id: "toy", text: "What is your favourite toy?", keywords: ["toy"] },
  { id: "movie", text: "What is your favourite movie?", keywords: ["movie", "film"] },
  { id: "book", text: "What is your favourite book?", keywords: ["book"] },
];

/** Students pick this many different questions. */
export const QUESTIONS_PER_STUDENT = 3;

const questionFileSchema = z
  .array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]{1,24}$/, "ids are 1-24 of a-z, 0-9 and -"),
      text: z.string().trim().min(5).max(200),
      keywords: z.array(z.string().trim().min(2)).default([]),
    }),
  )
  .min(QUESTIONS_PER_STUDENT + 1, `list at least ${QUESTIONS_PER_STUDENT + 1} questions`)
  .max(20)
  .refine((list) => new Set(list.map((q) => q.id)).size === list.length, "question ids must differ");

/** The school's question list: QUESTIONS_FILE (a JSON array of {id, text, keywords}) or the default eight. */
export async function loadQuestions(file: string | undefined): Promise<Question[]> {
  if (file === undefined) return DEFAULT_QUESTIONS;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ConfigError(`QUESTIONS_FILE: cannot read ${file} as JSON (${(error as Error).message})`);
  }
  const result = questionFileSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues
      .map((i) => `  - ${i.path.join(".") || "list"}: ${i.message}`)
      .join("\n");
    throw new ConfigError(`QUESTIONS_FILE: ${file} is not a valid question list:\n${problems}`);
  }
  return result.data;
}
