import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkNewAnswer } from "../../../src/core/answers/answer-rules.js";
import { NON_ANSWERS } from "../../../src/core/answers/non-answers.js";
import { RESERVED_WORDS } from "../../../src/core/reserved-words.js";
import { DEFAULT_QUESTIONS } from "../../../src/core/questions/question-list.js";
import { DEMO_PASSWORDS } from "../../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const question = (id: string) => DEFAULT_QUESTIONS.find((q) => q.id === id)!.text.en!;

/** Tan Wei Ling (S1001) proves her password and opens the answer box of `questionId`. */
async function openAnswerBox(kid: TestChat, questionId: string) {
  await kid.send("/setup");
  await kid.send("S1001");
  await kid.send(DEMO_PASSWORDS.S1001);
  await kid.press(question(questionId));
  expect(kid.lastText).toContain(question(questionId));
  expect(kid.lastText).toContain("Type your answer");
}

describe("answer rules at set-up: a kind message, and the student stays on the same question", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid-wei-ling");
  });
  afterEach(async () => world.close());

  /** The answer was refused with `message`, the same question is asked again, and nothing was saved. */
  async function expectRefused(answer: string, message: string, questionId: string) {
    const outcome = await kid.send(answer);
    expect(outcome.deleteInbound).toBe(true);
    expect(outcome.replies).toHaveLength(2);
    expect(kid.lastText).toContain(message);
    const [, prompt] = outcome.replies;
    expect(prompt!.text.key).toBe("setup.askAnswer");
    expect(prompt!.text.params?.question).toBe(question(questionId));
    expect(prompt!.expectsSecret).toBe(true);
    expect(kid.buttons).toEqual([]);
  }

  it.each([
    ["two letters", "Ox"],
    ["two letters with spaces and dots", " o.x "],
  ])("refuses an answer under 3 letters or digits (%s)", async (_what, answer) => {
    await openAnswerBox(kid, "animal");
    await expectRefused(
      answer,
      "Your answer needs at least 3 letters or numbers. Please try again.",
      "animal",
    );
  });

  // Once "needs at least 3 letters" too, which was wrong for a child who writes Chinese or Tamil, where 2
  // characters make an answer: with no letter typed there is no script to go by, so both are said.
  it.each([
    ["emoji only", "🐯🦁🐼"],
    ["punctuation only", "?!...---"],
  ])(
    "refuses an answer with nothing to count (%s), saying what is needed in each script",
    async (_what, answer) => {
      await openAnswerBox(kid, "animal");
      await expectRefused(
        answer,
        "Please type your answer in words. Use at least 3 letters or numbers. In Chinese or Tamil, 2 characters are enough.",
        "animal",
      );
    },
  );

  const REMEMBER = "That answer is too easy to guess. Please choose something you will remember";

  it.each([
    "I don't know",
    "I DONT KNOW!!",
    "i dunno",
    "idk",
    "Dunno.",
    "no idea",
    "nothing",
    "None",
    "no",
    "YES!",
  ])("refuses a non-answer kindly, not as too short (%j)", async (answer) => {
    await openAnswerBox(kid, "animal");
    await expectRefused(answer, REMEMBER, "animal");
  });

  // A lone "?" is a child asking what to do: she is told what the step wants, and nothing is saved.
  it.each(["?", " ? ? ", "？"])(
    "question marks alone get the step's help, never saved (%j)",
    async (answer) => {
      await openAnswerBox(kid, "animal");
      await expectRefused(answer, "Type your answer to the question below.", "animal");
    },
  );

  it.each(["batal", "berhenti", "取消", "ரத்து", "நிறுத்து", "stop"])(
    "a command word of any language is the command, never saved as a secret answer (%j)",
    async (answer) => {
      await openAnswerBox(kid, "animal");
      const outcome = await kid.send(answer);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain("Okay, we stopped.");
      expect(await world.deps.store.getEnrolment("S1001")).toBeNull();
    },
  );

  it("'help' and 菜单 there are the commands too: the help and the same question, or the menu", async () => {
    await openAnswerBox(kid, "animal");
    await kid.send("help");
    expect(kid.lastText).toContain("To stop, type /cancel.");
    expect(kid.lastText).toContain(question("animal"));
    await kid.send("菜单");
    expect(kid.buttons).toContain("I forgot my password");
    expect(await world.deps.store.getEnrolment("S1001")).toBeNull();
  });

  it("takes a real answer after a non-answer, and one that only contains a non-answer word", async () => {
    await openAnswerBox(kid, "food");
    await expectRefused("i dont know", REMEMBER, "food");
    await kid.send("Noodles");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
    await kid.press(question("animal"));
    await kid.send("Nothing-fish");
    expect(kid.lastText).toContain("Choose question 3 of 3.");
  });

  it("refuses an answer over 64 letters or digits, and takes one of exactly 64", async () => {
    await openAnswerBox(kid, "animal");
    await expectRefused(
      "z".repeat(65),
      "That answer is too long. Please use at most 64 letters or numbers.",
      "animal",
    );
    // Spaces and punctuation do not count towards the limit.
    await kid.send(`${"z".repeat(64)} !!!`);
    expect(kid.lastText).toContain("Choose question 2 of 3.");
  });

  it("refuses an answer that contains the question's key word", async () => {
    await openAnswerBox(kid, "animal");
    await expectRefused("my animal is cat", 'Please don\'t use the word "animal" in your answer.', "animal");
    await expectRefused("ANIMALS!", 'Please don\'t use the word "animal" in your answer.', "animal");
  });

  it("refuses the other spelling of a key word (color for the colour question)", async () => {
    await openAnswerBox(kid, "colour");
    await expectRefused("Color blue", 'Please don\'t use the word "color" in your answer.', "colour");
  });

  it("refuses an answer with the student's user id or equal to a part of her name", async () => {
    await openAnswerBox(kid, "food");
    const message = "Please don't use your name or your user ID in your answer.";
    await expectRefused("s1001 noodles", message, "food");
    await expectRefused("Ling", message, "food");
    await expectRefused("WEI", message, "food");
    await expectRefused("Tan Wei Ling", message, "food");
    // A word that only contains a name part is fine: "dumpling" is not "Ling".
    await kid.send("Dumpling");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
  });

  it('refuses her usual given name, two parts of her name together ("Wei Ling" for Tan Wei Ling)', async () => {
    await openAnswerBox(kid, "sport");
    const message = "Please don't use your name or your user ID in your answer.";
    await expectRefused("Wei Ling", message, "sport");
    await expectRefused("weiling", message, "sport");
    await expectRefused("Wei-Ling", message, "sport");
    await kid.send("Badminton");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
  });

  it('refuses the same answer as an earlier question, even written differently ("Tiger" then "TIGER!")', async () => {
    await openAnswerBox(kid, "animal");
    await kid.send("Tiger");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
    await kid.press(question("colour"));
    await expectRefused("TIGER!", "You already used that answer for another question.", "colour");
    await kid.send("Orange");
    await kid.press(question("food"));
    await expectRefused("t i g e r", "You already used that answer for another question.", "food");
    await expectRefused("orange", "You already used that answer for another question.", "food");
    expect(await world.deps.store.getEnrolment("S1001")).toBeNull();

    await kid.send("Laksa");
    expect(kid.lastText).toContain("All done");
    expect((await world.deps.store.getEnrolment("S1001"))?.questionIds).toEqual(["animal", "colour", "food"]);
  });
});

describe("non-answers, checked before any other answer rule", () => {
  const animal = DEFAULT_QUESTIONS.find((q) => q.id === "animal")!;
  const weiLing = { id: "S1001", name: "Tan Wei Ling" };
  const problemOf = (answer: string) => {
    const checked = checkNewAnswer(answer, animal, weiLing);
    return checked.ok ? null : checked.problem.key;
  };

  it("refuses every listed English non-answer however it is written", () => {
    for (const listed of NON_ANSWERS.en!) {
      expect(problemOf(listed)).toBe("answer.nonAnswer");
      const shouted = listed === "?" ? " ??? " : ` ${listed.toUpperCase()}!! `;
      expect(problemOf(shouted)).toBe("answer.nonAnswer");
    }
    expect(problemOf("I   don' t  know...")).toBe("answer.nonAnswer");
  });

  it("refuses every plain command word of every language (at a prompt they are the commands)", () => {
    expect(RESERVED_WORDS.length).toBeGreaterThan(20);
    for (const word of RESERVED_WORDS) expect(problemOf(word), word).toBe("answer.nonAnswer");
  });

  it("keeps other punctuation 'no letters' (only question marks mean \"I don't know\"), and real answers fine", () => {
    expect(problemOf("?!...---")).toBe("answer.noLetters");
    expect(problemOf("!!")).toBe("answer.noLetters");
    expect(problemOf("  \t ")).toBe("answer.noLetters");
    expect(problemOf("Nobody")).toBeNull();
    expect(problemOf("Yes-man the cat")).toBeNull();
  });
});

describe("a name in an answer: two or more of her name's parts side by side, as she writes her name", () => {
  const sport = DEFAULT_QUESTIONS.find((q) => q.id === "sport")!;
  const refused = (answer: string, name: string) => {
    const checked = checkNewAnswer(answer, sport, { id: "S1001", name });
    return !checked.ok && checked.problem.key === "answer.hasName";
  };

  it.each([
    "Wei Ling",
    "WEILING",
    "wei-ling",
    "Wéi Lìng",
    "Ling Tan",
    "Wei Ling Tan",
    "I am Wei Ling",
    "weiling swim",
  ])("refuses %j for Tan Wei Ling", (answer) => expect(refused(answer, "Tan Wei Ling")).toBe(true));

  it("reads the name round, family name first or last: Wei Ling Tan's answer may not be Tan Wei", () => {
    expect(refused("Tan Wei", "Wei Ling Tan")).toBe(true);
    expect(refused("Wei Ling", "Wei Ling Tan")).toBe(true);
  });

  it.each([
    ["Ling Wei", "Tan Wei Ling"],
    ["Tan Ling", "Tan Wei Ling"],
    ["Dumpling", "Tan Wei Ling"],
    ["Carolina", "Tan Li Na"],
    ["Tanah Merah", "Tan Ah Kow"],
    ["Ahkow the cat", "Tan Ah Kow"],
  ])(
    "takes %j for %s: not two of her name's parts side by side, and a short part only as the whole answer",
    (answer, name) => expect(refused(answer, name)).toBe(false),
  );

  it("refuses two parts with a short one only as the whole answer (Ah Kow, Li Na)", () => {
    expect(refused("Ah Kow", "Tan Ah Kow")).toBe(true);
    expect(refused("lina", "Tan Li Na")).toBe(true);
  });
});
