import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonIn, textsOf, WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { childRegisterWords } from "../helpers/register-words.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const AISHA = "Aisha Binte Rahman";

/**
 * A family phone shared by a teacher (the parent) and her children: a staff command in a child's set-up after
 * the child's password (mostly the child's stray tap) does not stop it, and says whose it is; once her
 * questions are saved, one says so by her name.
 */
describe("a family phone: a staff command in a child's set-up", () => {
  let world: TestWorld;
  let phone: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    phone = world.chat("family-phone");
    await phone.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await phone.press("No thanks");
    await linkStaff(phone, MRS_NG);
  });
  afterEach(async () => world.close());

  async function aishaPastHerPassword(): Promise<void> {
    await phone.send("/setup");
    await phone.send("S1002");
    await phone.send(DEMO_PASSWORDS.S1002);
    expect(phone.lastText).toContain("Choose question 1 of 3");
  }

  const STILL_SETTING_UP = `${AISHA} is in the middle of setting up, so I did not stop it. To do something else, type /cancel first.`;

  // A staff command there (typed, from Telegram's command list, or an old menu button) was mostly the child's
  // stray tap, as in her reset: it ended her set-up after her password, and the answers she had chosen were lost.
  it("after the child's password: her set-up goes on, and the teacher is told how to do something else", async () => {
    await phone.send("/start");
    const menu = phone.last;
    await aishaPastHerPassword();
    for (const typed of [`/unlock ${WEI_LING.id}`, "/guided", "/coverage"]) {
      const texts = textsOf(await phone.send(typed));
      expect(texts[0]).toBe(STILL_SETTING_UP);
      expect(texts.join("\n")).not.toContain("stopped");
      expect(texts.join("\n")).not.toContain("type your password to go on");
      expect(texts.at(-1)).toContain("Choose question 1 of 3");
    }
    const tapped = textsOf(await phone.deliver({ choice: buttonIn(menu, "Help a student") }));
    expect(tapped[0]).toBe(STILL_SETTING_UP);
    expect(tapped.at(-1)).toContain("Choose question 1 of 3");
  });

  it("at an answer prompt, the answers she chose are kept, and she finishes her set-up", async () => {
    await aishaPastHerPassword();
    await phone.press("What is your favourite animal?");
    await phone.send("Rabbit");
    await phone.press("What is your favourite colour?");
    const texts = textsOf(await phone.send("/coverage"));
    expect(texts[0]).toBe(STILL_SETTING_UP);
    expect(texts.at(-1)).toContain("colour");
    await phone.send("Orange");
    await phone.press("What is your favourite food?");
    await phone.send("Dumplings");
    expect(phone.buttons).toContain("No thanks");
    expect(await world.deps.store.getEnrolment("S1002")).not.toBeNull();
  });

  it("the child's own /start still stops it and says 'your account'", async () => {
    await aishaPastHerPassword();
    expect(textsOf(await phone.send("/start"))[0]).toContain("This chat is linked to your account");
  });

  it("the teacher who meant it types /cancel, and then her command asks for her password", async () => {
    await aishaPastHerPassword();
    await phone.send(`/unlock ${WEI_LING.id}`);
    await phone.send("/cancel");
    await phone.send(`/unlock ${WEI_LING.id}`);
    expect(phone.lastText).toContain("Mrs Ng Mei Hua, type your password to go on.");
  });

  it("a child setting up again: it goes on too, her old questions untouched", async () => {
    await phone.send("/setup");
    await phone.send(WEI_LING.id);
    await phone.send(WEI_LING.password);
    expect(phone.lastText).toContain("Choose question 1 of 3");
    const texts = textsOf(await phone.send(`/unlock ${WEI_LING.id}`));
    expect(texts[0]).toBe(
      `${WEI_LING.name} is in the middle of setting up, so I did not stop it. To do something else, type /cancel first.`,
    );
    expect(texts.at(-1)).toContain("Choose question 1 of 3");
  });

  it("at the practice offer, after the questions were saved: says they are saved, by name", async () => {
    await phone.setUp("S1002", DEMO_PASSWORDS.S1002, ["Rabbit", "Orange", "Dumplings"]);
    expect(phone.buttons).toContain("No thanks");
    const notice = textsOf(await phone.send(`/unlock ${WEI_LING.id}`))[0]!;
    expect(notice).toBe(`Okay, we stopped. ${AISHA}'s secret questions are saved.`);
  });

  it.each(["zh", "ms", "ta"])(
    "names the child to the teacher in %s, in the adult register",
    async (language) => {
      await aishaPastHerPassword();
      await world.deps.store.setChatLanguage(phone.ref, language);
      const notice = textsOf(await phone.send(`/unlock ${WEI_LING.id}`))[0]!;
      expect(notice).toContain(AISHA);
      expect(notice).toContain("/cancel");
      expect(childRegisterWords(language, notice)).toEqual([]);
    },
  );
});
