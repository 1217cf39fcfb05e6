import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/core/errors.js";
import { loadQuestions } from "../../../src/core/questions/question-list.js";

async function refusal(list: unknown): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "questions-")), "questions.json");
  await writeFile(file, JSON.stringify(list), "utf8");
  const error = await loadQuestions(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  const message = (error as Error).message;
  expect(message).toContain(`QUESTIONS_FILE: ${file}`);
  return message;
}

const DEFAULT_FOUR = [{ id: "animal" }, { id: "colour" }, { id: "food" }, { id: "sport" }];

describe("a misspelt key in the question file", () => {
  it('"retierd": true is refused, naming the question and the key meant, where the question was still offered', async () => {
    const message = await refusal([
      ...DEFAULT_FOUR,
      { id: "school-bus", text: "What number is your school bus?", retierd: true },
    ]);
    expect(message).toMatch(
      /question "school-bus": "retierd" is not one of a question's keys: did you mean "retired"\?/,
    );
  });

  it("every question's mistakes come in one message; a language that is not one lists the languages", async () => {
    const message = await refusal([
      ...DEFAULT_FOUR,
      { id: "pet", text: { en: "What was your first pet's name?", cn: "你的第一只宠物叫什么名字？" } },
      { id: "street", txt: "Which street is your school on?" },
    ]);
    expect(message).toMatch(/question "pet": text: "cn" is not one of the languages \(en, zh, ms, ta\)/);
    expect(message).toMatch(
      /question "street": "txt" is not one of a question's keys: did you mean "text"\?/,
    );
    expect(message).not.toMatch(/ \d+\.text/);
  });
});
