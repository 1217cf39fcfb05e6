import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep, reachNewPasswordChoice, textsOf } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";
import { buttonNumberIn } from "../../src/core/messages.js";
import {
  NUMBER_WORDS_VERSION,
  numberInWords,
  numberInWordsSince,
  numbersInWordsAfter,
} from "../../src/core/number-words.js";

/**
 * A child asked to "type its number" often writes the number as a word: "two", 二, "dua", இரண்டு. Where
 * buttons wait (not where a secret is typed), such a word is that button's number. Before, "dua" at
 * "Choose question 1 of 3" was deleted as maybe her password, and "tiga" at the language list got "Type the
 * number of your choice".
 */
describe("a number written as a word, where buttons wait", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  it.each(["two", "Two", "二", "两", "dua", "இரண்டு", " TWO! "])(
    "'%s' at 'Choose question 1 of 3' picks question 2, and nothing is deleted",
    async (word) => {
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      await kid.send(WEI_LING.password);
      const outcome = await kid.send(word);
      expect(outcome.deleteInbound).toBe(false);
      expect(textsOf(outcome).join("\n")).not.toContain("It may have been your password");
      expect(kid.lastText).toContain("What is your favourite colour?");
      expect(await openStep(world, kid)).toBe("setup.answer");
    },
  );

  // The prompt says 请选第 1 个问题: a Chinese child answers 第一个 ("the first one"), others "first".
  it.each([
    ["第一个", "What is your favourite animal?"],
    ["第一", "What is your favourite animal?"],
    ["第二个", "What is your favourite colour?"],
    ["first", "What is your favourite animal?"],
    ["Second!", "What is your favourite colour?"],
    ["pertama", "What is your favourite animal?"],
    ["kedua", "What is your favourite colour?"],
    ["முதல்", "What is your favourite animal?"],
    ["இரண்டாவது", "What is your favourite colour?"],
    // With the words a child puts around it: "the first one", "the 2nd", 第二个问题 ("the second question"),
    // 二号 ("number two"), "yang pertama" ("the first one"), "soalan kedua", இரண்டாவது கேள்வி.
    ["the first one", "What is your favourite animal?"],
    ["first one", "What is your favourite animal?"],
    ["1st", "What is your favourite animal?"],
    ["2nd", "What is your favourite colour?"],
    ["the 2nd one", "What is your favourite colour?"],
    ["the second question", "What is your favourite colour?"],
    ["第二个问题", "What is your favourite colour?"],
    ["第2个问题", "What is your favourite colour?"],
    ["第二题", "What is your favourite colour?"],
    ["二号", "What is your favourite colour?"],
    ["2号", "What is your favourite colour?"],
    ["yang pertama", "What is your favourite animal?"],
    ["soalan kedua", "What is your favourite colour?"],
    ["இரண்டாவது கேள்வி", "What is your favourite colour?"],
    // The bot's own way of writing "2nd" in its prompts: 3 கேள்விகளில் 2-வது, 请选第 2 个问题.
    ["2-வது", "What is your favourite colour?"],
    ["2வது", "What is your favourite colour?"],
    ["2 வது", "What is your favourite colour?"],
    ["2-வது கேள்வி", "What is your favourite colour?"],
    ["கேள்வி 2", "What is your favourite colour?"],
    ["கேள்வி இரண்டு", "What is your favourite colour?"],
    ["2号问题", "What is your favourite colour?"],
    ["二号问题", "What is your favourite colour?"],
    ["我选2", "What is your favourite colour?"],
    ["我选第二个", "What is your favourite colour?"],
    ["第二個", "What is your favourite colour?"],
    ["第3個問題", "What is your favourite sport or hobby?"],
    ["选三", "What is your favourite sport or hobby?"],
    ["question two", "What is your favourite colour?"],
    ["soalan 2", "What is your favourite colour?"],
  ])(
    "'%s' (an ordinal) at 'Choose question 1 of 3' picks that question, nothing deleted",
    async (word, question) => {
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      await kid.send(WEI_LING.password);
      const outcome = await kid.send(word);
      expect(outcome.deleteInbound).toBe(false);
      expect(kid.lastText).toContain(question);
      expect(await openStep(world, kid)).toBe("setup.answer");
    },
  );

  // More of how a child names the third question: 我要第三个 ("I want the third one"), 三個, 第三題, 要三 ("want
  // three"), "soalan nombor 3" ("question number 3"), "nombor tiga", மூன்றாம் கேள்வி ("the third question"),
  // "number three". ("no 3" without its full stop may mean "not 3": no-before-a-number.test.ts.)
  it.each([
    ...["我要第三个", "三個", "第三題", "第3题", "选三", "要三"],
    ...["soalan nombor 3", "nombor tiga", "yang ketiga", "soalan ketiga", "no. 3"],
    ...["மூன்றாவது", "மூன்றாம் கேள்வி", "எண் 3"],
    ...["number three", "the third one", "#3"],
  ])("'%s' at 'Choose question 1 of 3' picks the third question, nothing deleted", async (word) => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    const outcome = await kid.send(word);
    expect(outcome.deleteInbound).toBe(false);
    expect(kid.lastText).toContain("What is your favourite sport or hobby?");
    expect(await openStep(world, kid)).toBe("setup.answer");
  });

  // Read since version 3: Malay's "3rd" (ke-3, "yang ke-3", "soalan ke-3"), spoken Tamil's மூணு (written
  // மூன்று) and its ordinal மூணாவது, and the keycap emoji 3️⃣ from the emoji keyboard (a digit, U+FE0F, U+20E3).
  it.each([
    ...["ke-3", "Ke 3", "yang ke-3", "soalan ke-3", "soalan yang ke-3"],
    ...["மூணு", "மூணாவது", "மூணாவது கேள்வி", "கேள்வி மூணு"],
    ...["3️⃣", "3\u20E3", "#3️⃣"],
  ])("'%s' at 'Choose question 1 of 3' picks the third question, nothing deleted", async (word) => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    const outcome = await kid.send(word);
    expect(outcome.deleteInbound).toBe(false);
    expect(kid.lastText).toContain("What is your favourite sport or hobby?");
    expect(await openStep(world, kid)).toBe("setup.answer");
  });

  it.each(["ke-2", "yang ke-2", "soalan ke-2", "ரெண்டு", "ரெண்டாவது", "2️⃣"])(
    "'%s' at 'Choose question 1 of 3' picks question 2, nothing deleted",
    async (word) => {
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      await kid.send(WEI_LING.password);
      const outcome = await kid.send(word);
      expect(outcome.deleteInbound).toBe(false);
      expect(kid.lastText).toContain("What is your favourite colour?");
    },
  );

  it("'tiga' at the language list chooses Bahasa Melayu", async () => {
    await kid.send("/language");
    await kid.send("tiga");
    expect(kid.lastText).toContain("Bahasa Melayu");
    await kid.send("/start");
    expect(kid.lastText).toContain("Kamu mahu buat apa?");
  });

  it("'one' at the start menu begins set-up", async () => {
    await kid.send("hi");
    await kid.send("one");
    expect(kid.lastText).toContain("Type your user ID.");
  });

  // Right after her answers, "one" may be her last answer sent again ("One", a favourite number): it picks
  // no button there (number-word-answer-sent-again.test.ts); the number "1" does.
  it("'one' at 'How would you like your new password?' makes nothing: '1' makes one for her", async () => {
    await reachNewPasswordChoice(kid);
    await kid.send("one");
    expect(kid.buttons).toEqual(["Make one for me", "I'll type my own"]);
    await kid.send("1");
    expect(kid.last.replies[0]!.protect).toBeDefined();
  });

  it("'nine', past the last button, gets the buttons' hint", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    const outcome = await kid.send("nine");
    expect(textsOf(outcome).join("\n")).toContain("Tap a button");
    expect(await openStep(world, kid)).toBe("setup.question");
  });

  it("where an answer is typed, '2-வது' and '我选2' are answers, not a button", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("2-வது");
    expect(kid.lastText).toContain("Choose question 2 of 3");
    await kid.send("2");
    await kid.send("我选2");
    expect(kid.lastText).toContain("Choose question 3 of 3");
  });

  it("where an answer is typed, 'nombor tiga', '三個' and 'Nombor Tiga Cafe' are answers, not a button", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("nombor tiga");
    expect(kid.lastText).toContain("Choose question 2 of 3");
    await kid.send("2");
    await kid.send("三個");
    expect(kid.lastText).toContain("Choose question 3 of 3");
    await kid.press("favourite food");
    await kid.send("Nombor Tiga Cafe");
    expect(kid.lastText).toContain("All done!");
  });

  it("where an answer is typed, 'ke-2', 'ரெண்டு' and 'Ke-2 Cafe' are answers, not a button", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("ரெண்டு");
    expect(kid.lastText).toContain("Choose question 2 of 3");
    await kid.send("2");
    await kid.send("ke-2");
    expect(kid.lastText).toContain("Choose question 3 of 3");
    await kid.press("favourite food");
    await kid.send("Ke-2 Cafe");
    expect(kid.lastText).toContain("All done!");
  });

  it("where an answer is typed, 'two' is the answer, not a button", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("seven");
    expect(kid.lastText).toContain("Choose question 2 of 3");
  });
});

describe("the ways of writing a number read since version 3", () => {
  it.each([
    ...([
      ["ஒண்ணு", 1],
      ["ரெண்டு", 2],
      ["மூணு", 3],
      ["நாலு", 4],
      ["அஞ்சு", 5],
      ["ஒம்பது", 9],
    ] as const),
    ...([
      ["நாலாவது", 4],
      ["அஞ்சாவது", 5],
      ["எண் ரெண்டு", 2],
    ] as const),
    ...([
      ["ke-1", 1],
      ["ke-2", 2],
      ["KE 4", 4],
      ["ke-10", 10],
      ["yang ke-5", 5],
      ["soalan ke-7", 7],
    ] as const),
  ])("'%s' is %i, read since version 3", (typed, number) => {
    expect(numberInWords(typed)).toBe(number);
    expect(numberInWordsSince(typed)).toBe(3);
  });

  it("is the current version, and what version 2 did not read is what an answer it marked may still be", () => {
    expect(NUMBER_WORDS_VERSION).toBe(3);
    expect(numbersInWordsAfter(2)).toEqual(expect.arrayContaining(["ke-2", "ரெண்டு", "மூணாவது"]));
    expect(numbersInWordsAfter(2)).not.toContain("nombor dua");
    expect(numbersInWordsAfter(1)).toEqual(expect.arrayContaining(["nombor dua", "ke-2", "ரெண்டு"]));
    expect(numbersInWordsAfter(3)).toEqual([]);
  });

  it("words that only begin like one are none: 'ke-2 cafe', 'kedai', 'ke'", () => {
    for (const typed of ["ke-2 cafe", "kedai", "ke", "ke-11"]) expect(numberInWords(typed)).toBeUndefined();
  });

  it.each([
    ["2️⃣", 2],
    ["2\u20E3", 2],
    ["🔟", 10],
    ["#3️⃣", 3],
    ["３️⃣", 3],
  ] as const)("the keycap emoji '%s' is the button number %i", (typed, number) => {
    expect(buttonNumberIn(typed)).toBe(number);
  });
});
