import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import { childRegisterWords } from "../helpers/register-words.js";
import { answersFor, resetTranscript, TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG, noticesTo } from "../helpers/staff-helpers.js";
import { familyPhone } from "../helpers/family-phone.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const WEI_LING_RIGHT = answersFor({ animal: "Tiger", colour: "Purple", food: "Chicken rice" });

const PASSWORD_CHANGED =
  "Tan Wei Ling, your school account password was just changed. If this wasn't you, tell your teacher right away.";
const ANSWERS_CLEARED =
  "Tan Wei Ling, your school cleared your secret answers, so you need to set them up again: type /setup. If you did not expect this, tell your teacher.";

/**
 * A family phone holds several children. "Your password was just changed" or "your answers were cleared",
 * with no name, left a parent and the siblings guessing whose: the notice now names the child, as the
 * unlock notice does, in the chat's own language and the children's words.
 */
describe("on a family phone, a notice names the child it is about", () => {
  let world: TestWorld;
  let phone: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE);
    phone = await familyPhone(world);
    teacher = await linkedOnOwnPhone(world, MRS_NG);
  });
  afterEach(async () => world.close());

  const heard = (since = 0) =>
    noticesTo(world, phone)
      .slice(since)
      .map((n) => translate(n.reply.text, n.reply.language));

  it("a password changed from another chat says whose", async () => {
    const tablet = world.chat("school-tablet");
    await resetTranscript(tablet, WEI_LING.id, WEI_LING_RIGHT);
    await tablet.press("Make one for me");
    expect(tablet.lastText).toContain("Your new password is");
    expect(heard()).toEqual([PASSWORD_CHANGED]);
  });

  it("answers cleared by a teacher says whose", async () => {
    await teacher.send("/clearanswers S1001");
    await teacher.press("Yes, clear them");
    expect(heard()).toEqual([ANSWERS_CLEARED]);
  });

  it("says whose in every language, in the children's words", async () => {
    const languages = { 中文: "zh", "Bahasa Melayu": "ms", தமிழ்: "ta" } as const;
    for (const [button, language] of Object.entries(languages)) {
      await phone.send("/language");
      await phone.press(button);
      const before = noticesTo(world, phone).length;
      const tablet = world.chat(`tablet-${language}`);
      await resetTranscript(tablet, WEI_LING.id, WEI_LING_RIGHT);
      await tablet.press("Make one for me");
      const notices = noticesTo(world, phone).slice(before);
      expect(notices.map((n) => n.reply.language)).toEqual([language]);
      const changed = heard(before)[0]!;
      expect(changed).toContain("Tan Wei Ling");
      // Malay's "kamu", Tamil's நீ (Chinese says the same to a child and a teacher).
      if (language !== "zh") expect(childRegisterWords(language, changed)).not.toEqual([]);
      expect(changed).not.toBe(translate(notices[0]!.reply.text, "en"));

      const cleared = translate({ key: "notice.answersCleared", params: { name: "Tan Wei Ling" } }, language);
      expect(cleared).toContain("Tan Wei Ling");
      expect(cleared).toContain("/setup");
      if (language !== "zh") expect(childRegisterWords(language, cleared)).not.toEqual([]);
    }
  });
});
