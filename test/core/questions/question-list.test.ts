import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/core/errors.js";
import { DEFAULT_QUESTIONS, loadQuestions } from "../../../src/core/questions/question-list.js";

async function questionFile(list: unknown): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "questions-")), "questions.json");
  await writeFile(file, JSON.stringify(list), "utf8");
  return file;
}

const OWN_FOUR = [
  { id: "pet", text: "What was the name of your first pet?", keywords: ["pet"] },
  { id: "street", text: "Which street is your school on?" },
  { id: "uncle", text: "What is your favourite uncle's name?" },
  { id: "drink", text: "What is your favourite drink?" },
];

describe("the school's question file", () => {
  it("without one, the default eight are used as they always were: none retired", async () => {
    const questions = await loadQuestions(undefined);
    expect(questions.map((q) => q.id)).toEqual([
      "animal",
      "colour",
      "sport",
      "food",
      "hero",
      "toy",
      "movie",
      "book",
    ]);
    expect(questions.every((q) => q.retired !== true)).toBe(true);
  });

  it('an entry marked "retired": true is kept, with its text in every language it gives', async () => {
    const file = await questionFile([
      ...OWN_FOUR,
      {
        id: "school-bus",
        retired: true,
        text: { en: "What number is your school bus?", zh: "你的校车是几号？" },
        keywords: ["bus"],
      },
    ]);
    const questions = await loadQuestions(file);
    const retired = questions.find((q) => q.id === "school-bus");
    expect(retired).toMatchObject({
      retired: true,
      text: { en: "What number is your school bus?", zh: "你的校车是几号？" },
      keywords: ["bus"],
    });
    expect(questions.filter((q) => q.retired === true)).toHaveLength(1);
  });

  it("a retired default question may leave out its text: the default's words in all four languages stay", async () => {
    const file = await questionFile([...OWN_FOUR, { id: "animal", retired: true }]);
    const animal = (await loadQuestions(file)).find((q) => q.id === "animal");
    const preset = DEFAULT_QUESTIONS.find((q) => q.id === "animal")!;
    expect(animal).toMatchObject({ retired: true, text: preset.text, keywords: preset.keywords });
  });

  it("an entry of the school's own without text is refused, saying what to add", async () => {
    const file = await questionFile([...OWN_FOUR, { id: "old-one", retired: true }]);
    const error = await loadQuestions(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/question "old-one": text: .*text/);
  });

  it("retired questions do not count towards the four a file must offer", async () => {
    const file = await questionFile([...OWN_FOUR.slice(0, 3), { ...OWN_FOUR[3], retired: true }]);
    const error = await loadQuestions(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain("offer at least 4 questions that are not retired");
  });
});
