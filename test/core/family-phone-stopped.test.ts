import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buttonIn,
  textsOf,
  WEI_LING,
  WEI_LING_ANSWERS,
  weiLingAnswerFor,
} from "../helpers/dialog-helpers.js";
import { childRegisterWords } from "../helpers/register-words.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const RESET_STOPPED = "Okay, we stopped making your new password. Nothing was changed.";
const WHICH_OF_YOU =
  "Which of you needs a new password?\nNot in the list? Type /cancel, and ask your form teacher for help.";
const STILL_GOING =
  "Tan Wei Ling is in the middle of making a new password, so I did not stop it. To do something else, type /cancel first.";

/**
 * A family phone: a teacher (the parent) and her children share one chat. What a command says it stopped
 * is said to whoever typed the command: the teacher hears whose reset it was, not "your new password".
 */
describe("a family phone: what a command stopped, said to whoever typed it", () => {
  let world: TestWorld;
  let phone: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    phone = world.chat("family-phone");
    await phone.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await phone.press("No thanks");
  });
  afterEach(async () => world.close());

  async function weiLingMidReset(): Promise<void> {
    await phone.send("/reset");
    if (!phone.lastText.includes("Question 1 of 3")) await phone.press("Tan Wei Ling");
    expect(phone.lastText).toContain("Question 1 of 3");
  }

  // A staff command there (typed, from Telegram's command list, or an old menu button scrolled up to) was
  // mostly the child's stray tap: it ended her reset, three right answers too, and showed her mother's
  // password prompt. Her reset goes on; the teacher who meant it types /cancel first.
  it("a staff command in her child's reset leaves it going, and says how to do something else", async () => {
    await linkStaff(phone, MRS_NG);
    await phone.send("/start");
    const menu = phone.last;
    await weiLingMidReset();
    for (const typed of [`/unlock ${WEI_LING.id}`, "/guided", "/coverage"]) {
      const texts = textsOf(await phone.send(typed));
      expect(texts[0]).toBe(STILL_GOING);
      expect(texts.join("\n")).not.toContain("stopped");
      expect(texts.join("\n")).not.toContain("type your password to go on");
      expect(texts.at(-1)).toContain("Question 1 of 3");
    }
    const tapped = textsOf(await phone.deliver({ choice: buttonIn(menu, "Help a student") }));
    expect(tapped[0]).toBe(STILL_GOING);
    expect(tapped.at(-1)).toContain("Question 1 of 3");
    for (let i = 0; i < 3; i++) await phone.send(weiLingAnswerFor(phone.lastText));
    expect(phone.lastText).toContain("all 3 answers are right");
  });

  it("her right answers are kept when it comes as she chooses her new password", async () => {
    await linkStaff(phone, MRS_NG);
    await weiLingMidReset();
    for (let i = 0; i < 3; i++) await phone.send(weiLingAnswerFor(phone.lastText));
    expect(phone.lastText).toContain("How would you like your new password?");
    expect(textsOf(await phone.send("/coverage"))[0]).toBe(STILL_GOING);
    await phone.press("Make one for me");
    expect(phone.lastText).toContain("Your new password is:");
  });

  it("the teacher who meant it types /cancel, and then her command asks for her password", async () => {
    await linkStaff(phone, MRS_NG);
    await weiLingMidReset();
    await phone.send(`/unlock ${WEI_LING.id}`);
    await phone.send("/cancel");
    await phone.send(`/unlock ${WEI_LING.id}`);
    expect(phone.lastText).toContain("Mrs Ng Mei Hua, type your password to go on.");
  });

  it.each(["zh", "ms", "ta"])("names the child in %s, in the adult register", async (language) => {
    await linkStaff(phone, MRS_NG);
    await weiLingMidReset();
    await world.deps.store.setChatLanguage(phone.ref, language);
    const notice = textsOf(await phone.send(`/unlock ${WEI_LING.id}`))[0]!;
    expect(notice).toContain("Tan Wei Ling");
    expect(notice).toContain("/cancel");
    expect(childRegisterWords(language, notice)).toEqual([]);
  });

  it("a child's own command in her reset still says 'your new password'", async () => {
    await linkStaff(phone, MRS_NG);
    await weiLingMidReset();
    expect(textsOf(await phone.send("/start"))[0]).toBe(RESET_STOPPED);
  });

  describe("at 'Which of you needs a new password?'", () => {
    beforeEach(async () => {
      await phone.setUp("S1002", DEMO_PASSWORDS.S1002, ["Rabbit", "Orange", "Dumplings"]);
      await phone.press("No thanks");
      await phone.send("/reset");
      expect(phone.lastText).toBe(WHICH_OF_YOU);
    });

    for (const command of ["/start", "/setup", "/logout"]) {
      it(`${command} says the reset stopped, as in every other step of a reset`, async () => {
        const texts = textsOf(await phone.send(command));
        expect(texts[0]).toBe(RESET_STOPPED);
        expect(texts.length).toBeGreaterThan(1);
      });
    }

    it("/cancel says what it always says", async () => {
      expect(textsOf(await phone.send("/cancel"))).toEqual([
        "Okay, we stopped. Nothing was changed. Type /start when you want to begin again.",
      ]);
    });

    it("/reset asks again, without a 'we stopped'", async () => {
      expect(textsOf(await phone.send("/reset"))).toEqual([WHICH_OF_YOU]);
    });

    it("the teacher's command says a reset stopped, to her: no child was chosen yet", async () => {
      await linkStaff(phone, MRS_NG);
      await phone.send("/reset");
      expect(phone.lastText).toBe(WHICH_OF_YOU);
      const texts = textsOf(await phone.send(`/unlock ${WEI_LING.id}`));
      expect(texts[0]).toBe("Okay, we stopped making a new password. Nothing was changed.");
    });
  });
});
