import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { textsOf, WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { childRegisterWords } from "../helpers/register-words.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const RESET_STOPPED = "Okay, we stopped making your new password. Nothing was changed.";
const STOPPED_FOR_WEI_LING = "Okay, we stopped making a new password for Tan Wei Ling. Nothing was changed.";

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

  it("the teacher's command in her child's reset names the child, then asks for the teacher's password", async () => {
    await linkStaff(phone, MRS_NG);
    await weiLingMidReset();
    const texts = textsOf(await phone.send(`/unlock ${WEI_LING.id}`));
    expect(texts[0]).toBe(STOPPED_FOR_WEI_LING);
    expect(texts.at(-1)).toContain("Mrs Ng Mei Hua, type your password to go on.");
  });

  it("names the child when her answers were right and she was choosing her new password", async () => {
    await linkStaff(phone, MRS_NG);
    await weiLingMidReset();
    for (let i = 0; i < 3; i++) await phone.send(weiLingAnswerFor(phone.lastText));
    expect(phone.lastText).toContain("How would you like your new password?");
    expect(textsOf(await phone.send("/coverage"))[0]).toBe(STOPPED_FOR_WEI_LING);
  });

  it.each(["zh", "ms", "ta"])(
    "names the child to the teacher in %s, in the adult register",
    async (language) => {
      await linkStaff(phone, MRS_NG);
      await weiLingMidReset();
      await world.deps.store.setChatLanguage(phone.ref, language);
      const notice = textsOf(await phone.send(`/unlock ${WEI_LING.id}`))[0]!;
      expect(notice).toContain("Tan Wei Ling");
      expect(childRegisterWords(language, notice)).toEqual([]);
    },
  );

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
      expect(phone.lastText).toBe("Which of you needs a new password?");
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
      expect(textsOf(await phone.send("/reset"))).toEqual(["Which of you needs a new password?"]);
    });

    it("the teacher's command says a reset stopped, to her: no child was chosen yet", async () => {
      await linkStaff(phone, MRS_NG);
      await phone.send("/reset");
      expect(phone.lastText).toBe("Which of you needs a new password?");
      const texts = textsOf(await phone.send(`/unlock ${WEI_LING.id}`));
      expect(texts[0]).toBe("Okay, we stopped making a new password. Nothing was changed.");
    });
  });
});
