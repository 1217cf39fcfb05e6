import { resolve } from "node:path";
import { z } from "zod";
import {
  fileMistakesError,
  mistakeLines,
  TRUE_OR_FALSE,
  shownKey,
  valueAt,
  type FileLayout,
} from "../file-mistakes.js";
import { readJsonFile } from "../json-file.js";
import { SUPPORTED_LANGUAGES, type Language } from "../i18n/languages.js";

/**
 * One security question, in each language it is written in. `keywords` (of every language together) may
 * not appear in its answer: "animal" or "haiwan" is no answer to "favourite animal", whatever the screen.
 */
export interface Question {
  id: string;
  text: Partial<Record<Language, string>>;
  keywords: string[];
  /**
   * Taken off the school's list: still asked of the students who chose it (their answers stay valid), never
   * offered at set-up; still a decoy for made-up ids (see pickDecoyQuestions).
   */
  retired?: boolean;
  /**
   * Retired, and no saved enrolment names it (found at the bot's start, see checkQuestionHistory): asked of
   * nobody, so never a decoy either, or it would show only for made-up ids.
   */
  askedOfNobody?: boolean;
}

/** The questions set-up offers: every one that is not retired. */
export function offeredQuestions(questions: Question[]): Question[] {
  return questions.filter((q) => q.retired !== true);
}

/** The text of a question in `language`, else in the school's default, else in any it has. */
export function textOf(question: Question, language: Language, fallback: Language): string {
  return question.text[language] ?? question.text[fallback] ?? Object.values(question.text)[0] ?? question.id;
}

/**
 * The school portal's eight questions, the default list, in every language. Ids are stored with enrolments:
 * never rename one.
 */
export const DEFAULT_QUESTIONS: Question[] = [
  {
    id: "animal",
    text: {
      en: "What is your favourite animal?",
      zh: "你最喜欢的动物是什么？",
      ms: "Apakah haiwan kegemaran kamu?",
      ta: "உனக்குப் பிடித்த விலங்கு எது?",
    },
    keywords: ["animal", "动物", "haiwan", "விலங்கு"],
  },
  {
    id: "colour",
    text: {
      en: "What is your favourite colour?",
      zh: "你最喜欢的颜色是什么？",
      ms: "Apakah warna kegemaran kamu?",
      ta: "உனக்குப் பிடித்த நிறம் எது?",
    },
    keywords: ["colour", "color", "颜色", "warna", "நிறம்"],
  },
  {
    id: "sport",
    text: {
      en: "What is your favourite sport or hobby?",
      zh: "你最喜欢的运动或爱好是什么？",
      ms: "Apakah sukan atau hobi kegemaran kamu?",
      ta: "உனக்குப் பிடித்த விளையாட்டு அல்லது பொழுதுபோக்கு எது?",
    },
    keywords: ["sport", "hobby", "运动", "爱好", "sukan", "hobi", "விளையாட்டு", "பொழுதுபோக்கு"],
  },
  {
    id: "food",
    text: {
      en: "What is your favourite food?",
      zh: "你最喜欢的食物是什么？",
      ms: "Apakah makanan kegemaran kamu?",
      ta: "உனக்குப் பிடித்த உணவு எது?",
    },
    keywords: ["food", "食物", "makanan", "உணவு"],
  },
  {
    id: "hero",
    text: {
      en: "What is your favourite cartoon hero/pop group?",
      zh: "你最喜欢的卡通英雄或乐队是什么？",
      ms: "Siapakah wira kartun atau kumpulan muzik kegemaran kamu?",
      ta: "உனக்குப் பிடித்த கார்ட்டூன் நாயகன் அல்லது இசைக்குழு எது?",
    },
    keywords: [
      "cartoon",
      "hero",
      "group",
      "卡通",
      "英雄",
      "乐队",
      "kartun",
      "wira",
      "kumpulan",
      "கார்ட்டூன்",
      "நாயகன்",
      "இசைக்குழு",
    ],
  },
  {
    id: "toy",
    text: {
      en: "What is your favourite toy?",
      zh: "你最喜欢的玩具是什么？",
      ms: "Apakah mainan kegemaran kamu?",
      ta: "உனக்குப் பிடித்த பொம்மை எது?",
    },
    keywords: ["toy", "玩具", "mainan", "பொம்மை"],
  },
  {
    id: "movie",
    text: {
      en: "What is your favourite movie?",
      zh: "你最喜欢的电影是什么？",
      ms: "Apakah filem kegemaran kamu?",
      ta: "உனக்குப் பிடித்த திரைப்படம் எது?",
    },
    keywords: ["movie", "film", "电影", "filem", "திரைப்படம்", "படம்"],
  },
  {
    id: "book",
    text: {
      en: "What is your favourite book?",
      zh: "你最喜欢的书是什么？",
      ms: "Apakah buku kegemaran kamu?",
      ta: "உனக்குப் பிடித்த புத்தகம் எது?",
    },
    keywords: ["book", "书", "buku", "புத்தகம்"],
  },
];

/** Students pick this many different questions. */
export const QUESTIONS_PER_STUDENT = 3;

/** At most this many questions are offered at set-up (buttons); retired ones may come on top. */
const MAX_OFFERED = 20;
const MAX_LISTED = 60;

const questionText = z.string().trim().min(2).max(200);
const keywordList = z.array(z.string().trim().min(1));
const DEFAULT_BY_ID = new Map(DEFAULT_QUESTIONS.map((q) => [q.id, q]));

/**
 * A question of the school's file: `text` is one text (in DEFAULT_LANGUAGE) or one per language
 * ({"en": "...", "zh": "..."}); `keywords` is one list or one per language. The id stays the same in
 * every language. `retired: true` keeps a question for the students who chose it; one of the default
 * eight may leave out its text and keywords (the default's, in all four languages, are kept). Strict: a
 * misspelt key ("retierd") stops the start instead of leaving the question offered.
 */
const questionEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,24}$/, "ids are 1-24 of a-z, 0-9 and -"),
  text: z
    .union([
      questionText,
      z
        .partialRecord(z.enum(SUPPORTED_LANGUAGES), questionText)
        .refine((texts) => Object.keys(texts).length > 0, "give the text in at least one language"),
    ])
    .optional(),
  keywords: z.union([keywordList, z.partialRecord(z.enum(SUPPORTED_LANGUAGES), keywordList)]).optional(),
  retired: z.boolean({ error: TRUE_OR_FALSE }).default(false),
});

const questionFileSchema = z
  .array(
    questionEntry.superRefine((q, ctx) => {
      if (q.text === undefined && !DEFAULT_BY_ID.has(q.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["text"],
          message: "give the question's text (only the default eight's ids may leave it out)",
        });
      }
    }),
  )
  .max(MAX_LISTED)
  .refine(
    (list) => list.filter((q) => !q.retired).length >= QUESTIONS_PER_STUDENT + 1,
    `offer at least ${QUESTIONS_PER_STUDENT + 1} questions that are not retired`,
  )
  .refine(
    (list) => list.filter((q) => !q.retired).length <= MAX_OFFERED,
    `offer at most ${MAX_OFFERED} questions that are not retired`,
  )
  .refine((list) => new Set(list.map((q) => q.id)).size === list.length, "question ids must differ");

const questionFileLayout: FileLayout = {
  whole: "list",
  entryOf(json, path) {
    if (typeof path[0] !== "number") return undefined;
    const id = (valueAt(json, [path[0]]) as { id?: unknown } | undefined)?.id;
    const who =
      typeof id === "string" && id !== ""
        ? `question ${shownKey(id)}`
        : `question ${path[0] + 1} in the list`;
    return { who, inside: path.slice(1) };
  },
  keysAt(path) {
    if (path.length === 1) return { keys: Object.keys(questionEntry.shape), called: "a question's keys" };
    if (path.length === 2 && (path[1] === "text" || path[1] === "keywords"))
      return { keys: SUPPORTED_LANGUAGES, called: "the languages" };
    return undefined;
  },
};

/**
 * The school's question list: QUESTIONS_FILE (a JSON array of {id, text, keywords, retired}) or the
 * default eight.
 */
export async function loadQuestions(
  file: string | undefined,
  defaultLanguage: Language = "en",
): Promise<Question[]> {
  if (file === undefined) return DEFAULT_QUESTIONS;
  const json = await readJsonFile("QUESTIONS_FILE", file);
  const result = questionFileSchema.safeParse(json);
  if (!result.success) {
    const mistakes = mistakeLines(json, result.error.issues, questionFileLayout);
    throw fileMistakesError("QUESTIONS_FILE", resolve(file), mistakes);
  }
  return result.data.map((q) => {
    const preset = DEFAULT_BY_ID.get(q.id);
    const text = q.text ?? preset?.text ?? {};
    const keywords = q.keywords ?? (q.text === undefined ? preset?.keywords : undefined) ?? [];
    return {
      id: q.id,
      text: typeof text === "string" ? { [defaultLanguage]: text } : text,
      keywords: Array.isArray(keywords) ? keywords : Object.values(keywords).flat(),
      ...(q.retired ? { retired: true } : {}),
    };
  });
}
