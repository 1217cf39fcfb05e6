import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { translate } from "../../../src/core/i18n/translate.js";
import { DEMO_PASSWORDS } from "../../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

/**
 * A message to a chat from elsewhere (a teacher's code, "your password was changed") comes with no locale of
 * its own: the platform sends one only with the child's own messages.
 */
describe("a child who set up in their app's language, without /language", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  /** Set-up all in the app's language (Telegram's language_code), answering by number. */
  async function setUpIn(kid: TestChat, locale: string): Promise<void> {
    for (const typed of [
      "/setup",
      "S1001",
      DEMO_PASSWORDS.S1001,
      "1",
      "猫咪猫咪",
      "1",
      "红色红色",
      "1",
      "足球足球",
      "2",
    ])
      await kid.send(typed, { locale });
  }

  async function teacherSendsCode(): Promise<string> {
    const teacher = world.chat("teacher");
    await teacher.send("/setup");
    await teacher.send("T2001");
    await teacher.send(DEMO_PASSWORDS.T2001);
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    const notice = world.notices.at(-1)!;
    return translate(notice.reply.text, notice.reply.language);
  }

  it("a Chinese child gets the teacher's code in Chinese, as everything else they saw", async () => {
    const kid = world.chat("kid-zh");
    await setUpIn(kid, "zh-hans");
    expect(kid.lastText).toContain("记住你的答案");

    expect(await teacherSendsCode()).toContain("老师正在帮你拿新密码");
  });

  it("costs set-up no read of its own: the chat's turn has read whether a language was chosen", async () => {
    const reads = vi.spyOn(world.deps.store, "chatLanguage");
    const kid = world.chat("kid-zh");
    await setUpIn(kid, "zh-hans");
    expect(await world.deps.store.chatLanguage(kid.ref)).toBe("zh");
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
  });

  it("a chat of the school's own language stays unpinned: the app's language still leads its replies", async () => {
    const kid = world.chat("kid-en");
    await setUpIn(kid, "en");
    await kid.send("/start", { locale: "ta" });
    expect(kid.lastText).toContain("வணக்கம்!");
  });

  it("/language chosen before set-up still wins over the app's language", async () => {
    const kid = world.chat("kid-ms");
    await kid.send("/language", { locale: "zh" });
    await kid.press("Bahasa Melayu");
    await setUpIn(kid, "zh");
    expect(await teacherSendsCode()).toContain("guru");
  });
});
