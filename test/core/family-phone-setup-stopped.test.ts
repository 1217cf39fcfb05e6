import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { textsOf, WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { childRegisterWords } from "../helpers/register-words.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const AISHA = "Aisha Binte Rahman";

/**
 * A family phone shared by a teacher (the parent) and her children: her staff command that stops a child's
 * set-up after the child's password tells her whose set-up stopped and what it left, not "your account".
 */
describe("a family phone: the teacher's command stops her child's set-up", () => {
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

  it("after the child's password: names the child, says she is linked with no questions yet", async () => {
    await aishaPastHerPassword();
    const notice = textsOf(await phone.send(`/unlock ${WEI_LING.id}`))[0]!;
    expect(notice).toBe(
      `Okay, we stopped ${AISHA}'s set-up. This chat is linked to ${AISHA}'s account, but no secret questions were saved. ${AISHA} can type /setup to start again.`,
    );
  });

  it("at an answer prompt too, and the child's own /start still says 'your account'", async () => {
    await aishaPastHerPassword();
    await phone.press("What is your favourite animal?");
    expect(textsOf(await phone.send("/coverage"))[0]).toContain(`${AISHA}'s set-up`);
    await aishaPastHerPassword();
    expect(textsOf(await phone.send("/start"))[0]).toContain("This chat is linked to your account");
  });

  it("a child setting up again: her old questions still work, said to the teacher by name", async () => {
    await phone.send("/setup");
    await phone.send(WEI_LING.id);
    await phone.send(WEI_LING.password);
    expect(phone.lastText).toContain("Choose question 1 of 3");
    const notice = textsOf(await phone.send(`/unlock ${WEI_LING.id}`))[0]!;
    expect(notice).toBe(
      `Okay, we stopped ${WEI_LING.name}'s set-up. ${WEI_LING.name}'s secret questions did not change. The old ones still work.`,
    );
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
      expect(notice).toContain("/setup");
      expect(childRegisterWords(language, notice)).toEqual([]);
    },
  );
});
