import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/errors.js";
import { loadQuestions } from "../../src/core/questions/question-list.js";
import { DEMO_SCHOOL_FILE, readSchoolFile } from "../../src/directory/school-file.js";

/** As Windows Notepad saves a file: a UTF-8 byte order mark first, and CRLF line ends. */
const asNotepad = (text: string) => `\uFEFF${text.replace(/\r?\n/g, "\r\n")}`;

const QUESTIONS = `[
  { "id": "animal" },
  { "id": "food" },
  { "id": "street", "text": "Which street is your school on?" },
  { "id": "drink", "text": "What is your favourite drink?" }
]
`;

describe("a school file or question file saved by Windows Notepad", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "notepad-"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  async function saved(name: string, text: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, text, "utf8");
    return path;
  }

  async function refusal(read: Promise<unknown>): Promise<string> {
    const error = await read.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }

  it("reads a school file with a byte order mark and CRLF line ends as the same file without", async () => {
    const demo = await readFile(DEMO_SCHOOL_FILE, "utf8");
    const school = await readSchoolFile(await saved("school.json", asNotepad(demo)));
    expect(school).toEqual(await readSchoolFile(DEMO_SCHOOL_FILE));
  });

  it("reads a question file with a byte order mark and CRLF line ends", async () => {
    const questions = await loadQuestions(await saved("questions.json", asNotepad(QUESTIONS)));
    expect(questions.map((q) => q.id)).toEqual(["animal", "food", "street", "drink"]);
    expect(questions[2]?.text).toEqual({ en: "Which street is your school on?" });
  });

  it("names the school file's full path, the line and column of a JSON mistake, and what to do", async () => {
    const broken = asNotepad(
      '{\n  "people": [\n    { "id": "S1", "name": "Ann", "role": "student", "password": "Secret-Pass-99", }\n  ]\n}\n',
    );
    const path = await saved("broken-school.json", broken);
    // Given as a relative path, as an admin may write it: the message names the file in full.
    const message = await refusal(readSchoolFile(relative(process.cwd(), path)));
    expect(message).toContain(`DIRECTORY_FILE: ${path} is not valid JSON`);
    expect(message).toContain("line 3, column 83");
    expect(message).toContain("Fix the file there");
    expect(message).not.toContain("Secret-Pass-99");
  });

  it("names the line and column of a mistake Node gives no position for (a word that is not JSON)", async () => {
    const path = await saved("questions-word.json", asNotepad('[\n  { "id": animal }\n]\n'));
    const message = await refusal(loadQuestions(path));
    expect(message).toContain(`QUESTIONS_FILE: ${path} is not valid JSON: line 2, column 11:`);
    expect(message).toContain("then start the bot again");
  });

  it("names the line and column of a question file's missing comma, and of a file that ends too soon", async () => {
    const comma = await saved(
      "questions-comma.json",
      asNotepad('[\n  { "id": "animal" }\n  { "id": "food" }\n]\n'),
    );
    expect(await refusal(loadQuestions(comma))).toContain("line 3, column 3:");
    const short = await saved("questions-short.json", '[\n  { "id": "animal" },\n');
    const message = await refusal(loadQuestions(short));
    expect(message).toContain("line 2, column 22:");
    expect(message).toContain("the file ends too soon");
  });

  it("says a question file that cannot be read has no such file, with its full path", async () => {
    const path = join(dir, "nope.json");
    const message = await refusal(loadQuestions(path));
    expect(message).toContain(`QUESTIONS_FILE: cannot read ${path} (ENOENT): there is no such file`);
  });
});
