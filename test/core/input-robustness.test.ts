import { TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DialogName } from "../../src/core/dialog-state.js";
import {
  WEI_LING,
  WEI_LING_ANSWERS,
  openStep,
  reachNewPasswordChoice,
  weiLingAnswerFor,
} from "../helpers/dialog-helpers.js";
import { linkStaff, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * Nothing typed: said once, then the step's own prompt says what to type there (a user ID is not an
 * answer), so "Please type your user ID." is not followed at once by "Type your user ID.".
 */
const NO_WORDS = "I didn't get any words.";
const EMPTY = { id: NO_WORDS, password: NO_WORDS, answer: NO_WORDS, newPassword: NO_WORDS };
const TOO_LONG = "That message is too long for me";
const NOT_TEXT = "I can only read typed words";
// Not "at least 3 letters": 2 Chinese or Tamil characters are an answer too, so both are said.
const ANSWER_NO_LETTERS =
  "Please type your answer in words. Use at least 3 letters or numbers. In Chinese or Tamil, 2";
const NOT_ON_KEYBOARD = "You can't type that password on a school computer.";

/** What a child (or a cat on the keyboard) might send instead of what was asked. */
interface BadInput {
  what: string;
  text: string | undefined;
}
const BAD_INPUTS: BadInput[] = [
  { what: "an empty message", text: "" },
  { what: "only spaces", text: "   \t  " },
  { what: "5,000 characters", text: "ab".repeat(2_500) },
  { what: "only emoji", text: "🐯🌈🍚" },
  { what: "a sticker (no text)", text: undefined },
];

interface StepCase {
  step: DialogName;
  secret: boolean;
  /** Gets the chat to the step. */
  reach: (kid: TestChat) => Promise<void>;
  /** What the bot asks at this step (it asks again after each bad input). */
  prompt: string;
  /** What the student is told for each bad input, by `what`. */
  told: Record<string, string>;
  /** The right input afterwards, and what shows the dialog went on from the same step. */
  then: (kid: TestChat) => Promise<void>;
  next: string;
}

const CASES: StepCase[] = [
  {
    step: "setup.id",
    secret: false,
    reach: async (kid) => {
      await kid.send("/setup");
    },
    prompt: "Type your user ID",
    told: {
      "an empty message": EMPTY.id,
      "only spaces": EMPTY.id,
      "5,000 characters": TOO_LONG,
      "only emoji": EMPTY.id,
      "a sticker (no text)": NOT_TEXT,
    },
    then: async (kid) => {
      await kid.send(WEI_LING.id);
    },
    next: "Now type your password",
  },
  {
    step: "setup.password",
    secret: true,
    reach: async (kid) => {
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
    },
    prompt: "Now type your password",
    told: {
      "an empty message": EMPTY.password,
      "only spaces": EMPTY.password,
      "5,000 characters": TOO_LONG,
      "only emoji": EMPTY.password,
      "a sticker (no text)": NOT_TEXT,
    },
    then: async (kid) => {
      await kid.send(WEI_LING.password);
    },
    next: "Great, it's you, Tan Wei Ling!",
  },
  {
    step: "setup.answer",
    secret: true,
    reach: async (kid) => {
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      await kid.send(WEI_LING.password);
      await kid.press("favourite animal");
    },
    prompt: "What is your favourite animal?",
    told: {
      "an empty message": ANSWER_NO_LETTERS,
      "only spaces": ANSWER_NO_LETTERS,
      "5,000 characters": TOO_LONG,
      "only emoji": ANSWER_NO_LETTERS,
      "a sticker (no text)": NOT_TEXT,
    },
    then: async (kid) => {
      await kid.send("Tiger");
    },
    next: "Choose question 2 of 3",
  },
  {
    step: "reset.id",
    secret: false,
    reach: async (kid) => {
      await kid.send("/reset");
    },
    prompt: "Type your user ID",
    told: {
      "an empty message": EMPTY.id,
      "only spaces": EMPTY.id,
      "5,000 characters": TOO_LONG,
      "only emoji": EMPTY.id,
      "a sticker (no text)": NOT_TEXT,
    },
    then: async (kid) => {
      await kid.send(WEI_LING.id);
    },
    next: "Question 1 of 3",
  },
  {
    step: "reset.answer",
    secret: true,
    reach: async (kid) => {
      await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      // Her own linked chat: no id to type.
      await kid.send("/reset");
    },
    prompt: "Question 1 of 3",
    // No length rule at reset (only at set-up), but nothing left after normalising is no answer.
    told: {
      "an empty message": EMPTY.answer,
      "only spaces": EMPTY.answer,
      "5,000 characters": TOO_LONG,
      // A 🐯 may be meant as "tiger": only words count.
      "only emoji": "Emoji and marks don't count, only words.",
      "a sticker (no text)": NOT_TEXT,
    },
    // None of the bad inputs counted as an answer: three right answers still verify.
    then: async (kid) => {
      for (let i = 0; i < 3; i++) {
        const asked = /Question \d of 3:\n(.*)\n/.exec(kid.lastText)?.[1] ?? "";
        await kid.send(weiLingAnswerFor(asked));
      }
    },
    next: "all 3 answers are right",
  },
  {
    step: "reset.newPassword",
    secret: true,
    reach: async (kid) => {
      await reachNewPasswordChoice(kid);
      await kid.press("I'll type my own");
    },
    prompt: "Type your new password",
    told: {
      "an empty message": EMPTY.newPassword,
      "only spaces": EMPTY.newPassword,
      "5,000 characters": TOO_LONG,
      // No keyboard at a school computer's login screen types an emoji.
      "only emoji": NOT_ON_KEYBOARD,
      "a sticker (no text)": NOT_TEXT,
    },
    then: async (kid) => {
      await kid.send("Blue-Whale-Song-8");
    },
    next: "Type the same password again",
  },
  {
    // An Enter pressed too soon, or an emoji, was "The two passwords were not the same", and she typed both again.
    step: "reset.confirmPassword",
    secret: true,
    reach: async (kid) => {
      await reachNewPasswordChoice(kid);
      await kid.press("I'll type my own");
      await kid.send("Blue-Whale-Song-8");
    },
    prompt: "Type the same password again",
    told: {
      "an empty message": EMPTY.newPassword,
      "only spaces": EMPTY.newPassword,
      "5,000 characters": TOO_LONG,
      "only emoji": EMPTY.newPassword,
      "a sticker (no text)": NOT_TEXT,
    },
    then: async (kid) => {
      await kid.send("Blue-Whale-Song-8");
    },
    next: "Your new password is ready",
  },
];

describe("odd input at every step gets a kind answer and loses nothing", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE);
  });
  afterEach(async () => world.close());

  for (const c of CASES) {
    it(`at ${c.step}: ${Object.keys(c.told).join(", ")}`, async () => {
      const kid = world.chat();
      await c.reach(kid);
      expect(await openStep(world, kid)).toBe(c.step);

      for (const bad of BAD_INPUTS) {
        const expected = c.told[bad.what];
        if (expected === undefined) continue;
        const outcome = await kid.send(bad.text);
        const label = `${bad.what} at ${c.step}`;
        expect(kid.lastText, label).toContain(expected);
        expect(kid.lastText, label).toContain(c.prompt);
        expect(kid.lastText, label).not.toContain("Oops");
        // What to type is asked once, by the prompt: the "no words" line does not ask it too.
        if (expected === NO_WORDS) expect(kid.lastText.match(/type (your|the)/gi), label).toHaveLength(1);
        // Only an answer prompt asks for an answer.
        if (!c.step.endsWith(".answer")) expect(kid.lastText, label).not.toContain("your answer");
        expect(outcome.deleteInbound, label).toBe(c.secret && bad.text !== undefined);
        expect(await openStep(world, kid), label).toBe(c.step);
      }

      await c.then(kid);
      expect(kid.lastText).toContain(c.next);
    });
  }

  // The prompt says "Don't know it? Ask your form teacher", and a child types "I don't know": it was taken as
  // her user ID, she was asked for her password, and whatever she typed was a wrong try for the chat.
  it.each([
    "I don't know",
    "i dont know",
    "I forgot",
    "不知道",
    "我忘了",
    "tak tahu",
    "saya lupa",
    "தெரியாது",
    // The Tamil prompt asks தெரியவில்லையா? ("Don't know?"), and a child answers in its words.
    "தெரியவில்லை",
    "எனக்குத் தெரியவில்லை",
    "நினைவில் இல்லை",
    "ஞாபகம் இல்லை",
    "tak tau",
  ])(
    "%s at the set-up's user-ID prompt is no user ID: she is told who can tell her hers, and asked again",
    async (typed) => {
      const kid = world.chat();
      await kid.send("/setup");
      await kid.send(typed);
      expect(kid.lastText).not.toContain("password");
      expect(kid.lastText).not.toContain("密码");
      expect(await openStep(world, kid)).toBe("setup.id");
      await world.deps.store.setChatLanguage(kid.ref, "en");
      await kid.send(typed);
      expect(kid.lastText).toContain("Your form teacher can tell you your user ID.");
      expect(kid.lastText).toContain("Type your user ID");
      await kid.send(WEI_LING.id);
      expect(kid.lastText).toContain("Now type your password");
    },
  );

  it("a new password of only spaces, long enough, is refused as no words", async () => {
    const kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
    const outcome = await kid.send(" ".repeat(12));
    expect(kid.lastText).toContain(EMPTY.newPassword);
    expect(outcome.deleteInbound).toBe(true);
    expect(await openStep(world, kid)).toBe("reset.newPassword");
  });

  it("emoji alone at the set-up password prompt (joined, with skin tones, flags, keycaps) costs no try, however often", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    for (const emoji of ["😀", " 👍🏽 🙂 ", "👨‍👩‍👧", "🇸🇬❤️", "1️⃣"]) {
      const outcome = await kid.send(emoji);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText, emoji).toContain(EMPTY.password);
    }
    expect(await openStep(world, kid)).toBe("setup.password");
    expect(await world.redisDump()).not.toContain("lim-link");
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("invisible marks alone at the set-up password prompt (a zero-width space, a right-to-left mark) cost no try", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    for (const invisible of ["\u200B", " \u200E ", "\uFEFF\u200B"]) {
      await kid.send(invisible);
      expect(kid.lastText, JSON.stringify(invisible)).toContain(EMPTY.password);
    }
    expect(await openStep(world, kid)).toBe("setup.password");
    expect(await world.redisDump()).not.toContain("lim-link");
  });

  it("a password of symbols only, or a word with an emoji, is tried as a password (and deleted)", async () => {
    for (const typed of ["#$%&*!@^", "Tiger🐯"]) {
      const kid = world.chat(`kid-${typed}`);
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      const outcome = await kid.send(typed);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText, typed).toContain("don't match");
    }
  });

  it("a user ID typed in full-width letters and digits (a Chinese keyboard) is the same user ID", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send("Ｓ１００１");
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
  });

  // A phone keyboard puts a full stop after a double space, a Chinese one types 。; no school ID ends with one.
  it("a user ID typed with a full stop after it (S1001. or S1001。) is the same user ID", async () => {
    for (const typed of ["S1001.", "S1001。", "Ｓ１００１．", "S1001. "]) {
      const kid = world.chat(`kid-${typed}`);
      await kid.send("/setup");
      await kid.send(typed);
      await kid.send(WEI_LING.password);
      expect(kid.lastText, JSON.stringify(typed)).toContain("Great, it's you, Tan Wei Ling!");
    }
  });

  it("a teacher's 'Which student?' takes S1001. as S1001 too", async () => {
    const teacher = world.chat("teacher");
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/unlock S1001。");
    expect(teacher.lastText).toContain("Tan Wei Ling");
    expect(teacher.lastText).not.toContain("You can only help students in your classes");
  });

  it("an admin's /audit S1001. shows S1001's record, not 'no events'", async () => {
    const kid = world.chat("kid");
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send(WEI_LING.password);
    const admin = world.chat("admin");
    await linkStaff(admin, PRIYA);
    await admin.send("/audit S1001");
    const plain = admin.lastText;
    expect(plain).toContain("link");
    for (const typed of ["/audit S1001.", "/audit S1001。"]) {
      await admin.send(typed);
      expect(admin.lastText, typed).toBe(plain);
    }
  });

  it("a user ID pasted with invisible marks (a right-to-left mark before, a zero-width space after) is the same user ID", async () => {
    for (const typed of ["\u200fS1001", "S1001\u200b", "\ufeffS\u200d1001\u2060"]) {
      const kid = world.chat(`kid-${typed}`);
      await kid.send("/setup");
      await kid.send(typed);
      await kid.send(WEI_LING.password);
      expect(kid.lastText, JSON.stringify(typed)).toContain("Great, it's you, Tan Wei Ling!");
    }
  });

  it("a made-up user ID with invisible marks gets what the same ID without them gets", async () => {
    const replies: string[] = [];
    for (const [name, typed] of [
      ["plain", "S9999"],
      ["marks", "\u200fS9999\u200b"],
    ] as const) {
      const kid = world.chat(`kid-${name}`);
      await kid.send("/setup");
      await kid.send(typed);
      await kid.send("Not-The-Password-1");
      replies.push(kid.lastText);
    }
    expect(replies[1]).toBe(replies[0]);
    // Both wrong tries are counted against one user ID, as they would be for a real one.
    const counted = (await world.redisDump()).split("\n").filter((line) => line.includes(":lim-link="));
    expect(counted).toHaveLength(1);
  });

  it("an answer longer than 64 letters is refused kindly and the question stays", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("x".repeat(65));
    expect(kid.lastText).toContain("That answer is too long");
    expect(await openStep(world, kid)).toBe("setup.answer");
  });

  it("nothing the student typed at a secret step is echoed back or kept in Redis", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    const long = `Garden-${"Z".repeat(600)}`;
    await kid.send(long);
    expect(kid.lastText).not.toContain("ZZZZ");
    expect(await world.redisDump()).not.toContain("ZZZZ");
    expect(world.logs.text).not.toContain("ZZZZ");
  });
});
