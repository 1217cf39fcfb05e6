import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkNewAnswer } from "../../../src/core/answers/answer-rules.js";
import { checkNewPassword } from "../../../src/core/passwords/password-policy.js";
import { DEFAULT_QUESTIONS } from "../../../src/core/questions/question-list.js";
import { DEMO_PASSWORDS } from "../../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

/*
 * Malaysian and Singaporean Indian and Malay names join their parts with "s/o", "d/o", "a/l", "a/p", "bin",
 * "binti", "binte": "Ravi s/o Kumar", "Siti binti Ahmad", "Aisha Binte Rahman". The connector is no part of
 * the name she writes: "Ravi Kumar" and "sitiahmad" are her name, and were taken as answers and passwords
 * because the connector sat between the two parts (a name run is two adjacent parts).
 */
const sport = DEFAULT_QUESTIONS.find((q) => q.id === "sport")!;
const answerHasName = (answer: string, name: string) => {
  const checked = checkNewAnswer(answer, sport, { id: "S9001", name });
  return !checked.ok && checked.problem.key === "answer.hasName";
};
const RULES = { minLength: 8, maxLength: 128 };
const passwordHasName = (password: string, name: string) =>
  checkNewPassword(password, { id: "S9001", name }, RULES)?.key === "password.hasName";

describe("a name with s/o, d/o, a/l, a/p, bin, binti or binte", () => {
  it.each([
    ["ravikumar", "Ravi s/o Kumar"],
    ["Ravi Kumar", "Ravi s/o Kumar"],
    ["Kumar Ravi", "Ravi S/O Kumar"],
    ["Priya Devi", "Priya d/o Devi"],
    ["arun-muthu", "Arun a/l Muthu"],
    ["Kavitha Rajan", "Kavitha a/p Rajan"],
    ["sitiahmad", "Siti binti Ahmad"],
    ["Ali Hassan", "Ali bin Hassan"],
    ["Aisha Rahman", "Aisha Binte Rahman"],
  ])("refuses %j as an answer for %s", (answer, name) => expect(answerHasName(answer, name)).toBe(true));

  it.each([
    ["RaviKumar2026", "Ravi s/o Kumar"],
    ["Siti-Ahmad-77", "Siti binti Ahmad"],
  ])("refuses %j as a password for %s", (password, name) =>
    expect(passwordHasName(password, name)).toBe(true),
  );

  it("still reads 'Bin' as a name part where it is one (Tan Bin Hui), and takes answers that are no name", () => {
    expect(answerHasName("Bin Hui", "Tan Bin Hui")).toBe(true);
    expect(answerHasName("Tan Bin", "Tan Bin Hui")).toBe(true);
    expect(answerHasName("Badminton", "Ravi s/o Kumar")).toBe(false);
    expect(answerHasName("Kumar Ravi", "Ravi Menon")).toBe(false);
  });
});

describe("Aisha Binte Rahman's set-up", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid-aisha");
  });
  afterEach(async () => world.close());

  it("refuses 'Aisha Rahman' as an answer, deletes it, and asks the same question", async () => {
    await kid.send("/setup");
    await kid.send("S1002");
    await kid.send(DEMO_PASSWORDS.S1002);
    await kid.press(sport.text.en!);
    const outcome = await kid.send("Aisha Rahman");
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("Please don't use your name or your user ID in your answer.");
    expect(kid.lastText).toContain(sport.text.en!);
  });
});
