import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  WEI_LING,
  WEI_LING_ANSWERS,
  openStep,
  reachNewPasswordChoice,
  textsOf,
  weiLingAnswerFor,
} from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child who does not know that the words under a message are buttons types what they say instead:
 * "I forgot my password". The start menu answered her with itself, again and again, and a step told her
 * "I deleted that message. It may have been your password" about the words it had just shown her. The words
 * of a button, typed, are that button: in the chat's language or another one the school offers, in any case,
 * with spaces, punctuation or emoji, and with a slip in a long label.
 */
describe("a button's words typed instead of tapped", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  const SET_UP = {
    en: ["Set up my secret questions", "Let's get you set up."],
    zh: ["设置我的秘密问题", "我们来设置吧。"],
    ms: ["Sediakan soalan rahsia saya", "Mari kita mulakan persediaan."],
    ta: ["என் ரகசியக் கேள்விகளை அமை", "அமைக்கத் தொடங்குவோம்."],
  } as const;

  for (const [language, [label, started]] of Object.entries(SET_UP)) {
    it(`at the start menu, in ${language}: "${label}" starts set-up`, async () => {
      await kid.send("/start", { locale: language });
      await kid.send(label, { locale: language });
      expect(kid.lastText).toContain(started);
      expect(await openStep(world, kid)).toBe("setup.id");
    });
  }

  it("at the start menu: capitals, spaces, punctuation, emoji and a slip still pick the button", async () => {
    for (const typed of [
      "  SET UP my secret questions!! ",
      "set up my secret questions 🙂",
      "Set up my secret qestions",
    ]) {
      await kid.send("/cancel");
      await kid.send(typed);
      expect(await openStep(world, kid), typed).toBe("setup.id");
    }
  });

  it("at the start menu: the words of another language's button work too", async () => {
    await kid.send("I forgot my password", { locale: "zh" });
    // /reset's answer on a chat that never set up, in her language.
    expect(kid.last.replies.map((r) => r.text.key)).toEqual(["reset.onlyLinkedChat"]);
    expect(kid.lastText).toContain("班主任");
  });

  it("at the start menu: words that are no button's still get the menu alone", async () => {
    for (const typed of ["hi", "my password", "I remember", "secret"]) {
      await kid.send(typed);
      expect(textsOf(kid.last)[0], typed).toContain("What would you like to do?");
      expect(await openStep(world, kid)).toBeNull();
    }
  });

  it("a linked child who types 'I forgot my password' is asked her questions", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("No thanks");
    await kid.send("i forgot my password.");
    expect(kid.lastText).toContain("Question 1 of 3:");
  });

  it("choosing a question: its words pick it, and the message is not deleted as a secret", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    const typed = await kid.send("what is your favourite colour");
    expect(typed.deleteInbound).toBe(false);
    expect(kid.lastText).toContain("What is your favourite colour?\nType your answer.");
    expect(await openStep(world, kid)).toBe("setup.answer");
  });

  it("after set-up: 'Check that I remember' typed starts the practice, not 'I deleted that message'", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const typed = await kid.send("Check that I remember");
    expect(typed.deleteInbound).toBe(false);
    expect(kid.lastText).not.toContain("I deleted that message");
    expect(await openStep(world, kid)).toBe("setup.practice");
  });

  it("at 'How would you like your new password?': 'Make one for me' typed makes one", async () => {
    await reachNewPasswordChoice(kid);
    await kid.send("make one for me");
    expect(kid.last.replies[0]?.text.key).toBe("reset.generated");
  });

  it("at 'How would you like your new password?', in Chinese: 我自己输入 typed asks for her own", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("/language");
    await kid.send("中文");
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    expect(kid.lastText).toContain("你想怎样得到新密码？");
    await kid.send("我自己输入");
    expect(await openStep(world, kid)).toBe("reset.newPassword");
  });
});
