import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isNonAnswer } from "../../src/core/answers/non-answers.js";
import { WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { closeCounted, expectNothingCounted, weiLingSetUpAndCounted } from "../helpers/nothing-counted.js";
import { countArgon2 } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * "I don't know", "none" and "it's a secret" as children say them: with a particle after them ("dunno la",
 * 不知道啦, "tak tau la"), in the short forms Malay and Singapore children type ("takde", "xtau"), and in other
 * words ("nil", "whatever", 秘密, rahsia). Set-up saved each as a secret answer, the first words a sibling
 * would guess; and "dunno la" at a reset was checked and counted towards the pause, where "dunno" was not.
 */
const AS_SAID = [
  ...["不知道啦", "没有啦", "tak tau la", "dunno la", "nothing la", "Dunno lah!!! 😅", "idk leh", "我忘了啦"],
  ...["takde", "tak de", "xde", "tatau", "xtau", "nil", "don't have", "dont have", "whatever"],
  ...["secret", "It's a secret 🤫", "秘密", "rahsia", "ரகசியம்", "无所谓", "不告诉你"],
];

/** Real answers that only look like them: set-up saves these. */
const REAL_ANSWERS = [
  ...["Whisky", "nasi lemak", "Tanah Merah", "Nola", "Koala", "Gorilla", "Kuala Lumpur", "Ooh la la"],
  ...["The Secret Garden", "Secret Life of Pets", "Nile", "Halo", "Private"],
];

describe("'I don't know', 'none' and 'it's a secret' as they are said", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  async function atFirstAnswer(): Promise<void> {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite toy");
  }

  it.each(AS_SAID)("'%s' is refused at set-up, kindly, and the question stays", async (words) => {
    await atFirstAnswer();
    await kid.send(words);
    expect(kid.lastText).toContain("That answer is too easy to guess.");
    expect(kid.lastText).not.toContain("Choose question 2 of 3");
  });

  it("in the practice round, 'dunno la' explains the step and checks nothing", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    const argon = countArgon2();
    try {
      await kid.send("dunno la");
      expect(kid.lastText).toContain("This is only practice.");
      expect(kid.lastText).toContain("Practice, question 1 of 3");
      expect(argon.verifications).toBe(0);
    } finally {
      argon.restore();
    }
  });

  it("real answers that only look like them are still answers", () => {
    for (const answer of REAL_ANSWERS) expect(isNonAnswer(answer), answer).toBe(false);
  });
});

describe("the same at a reset's question and the practice round", () => {
  let world: TestWorld;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;
  beforeEach(async () => {
    ({ world, kid, argon } = await weiLingSetUpAndCounted());
  });
  afterEach(() => closeCounted(world, argon));

  it.each(["不知道啦", "tak tau la", "dunno la", "xtau", "takde", "secret"])(
    "'%s' at a reset question: it's okay not to remember, nothing checked or counted",
    async (words) => {
      await kid.send("/reset");
      await kid.send(words);
      expect(kid.lastText).toContain("It's okay if you don't remember.");
      expect(kid.lastText).toContain("Question 1 of 3");
      await kid.send("/cancel");
      await expectNothingCounted(world, argon, kid);
    },
  );
});
