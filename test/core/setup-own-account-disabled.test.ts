import { beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, weiLingSetUpOnOwnPhone } from "../helpers/dialog-helpers.js";
import { MRS_NG, teacherOnOwnPhone } from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

const WRONG = "Hmm, that user ID and password don't match.";
const TEACHER_TOLD =
  "Mrs Ng Mei Hua (T2001) is linked to this chat, but the account is disabled in the school directory, so it " +
  "can't be set up. If it should be on, please ask IT to turn it back on.";
const STUDENT_TOLD =
  "Your school account is switched off, so you can't set up. Please ask your form teacher.";

/*
 * A teacher whose account IT disabled, on her own chat (linked to it when her password was proven), is told at
 * her staff commands that it is disabled. /setup there asked her password and then said "that user ID and
 * password don't match": untrue (the directory refuses a disabled account whatever the password), and counted
 * toward her ID's set-up pause. The chat linked to the ID proved its password when it was linked, and is told
 * the account's state at its commands already: /setup there now says so at the ID, with no password asked.
 * Any other chat, which has proved nothing, gets the same words as before for any ID.
 */
describe("/setup for an account IT disabled", () => {
  let world: TestWorld;
  let teacher: TestChat;
  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone());
    world.memoryDirectory.disable(MRS_NG.id);
  });

  it("on the chat linked to it: told it is disabled and to ask IT, no password asked or counted", async () => {
    await teacher.send("/setup");
    await teacher.send("t2001");
    expect(teacher.lastText).toBe(TEACHER_TOLD);
    expect(teacher.lastText).not.toContain("password");
    expect(await world.deps.limits.blockedUntil("link", MRS_NG.id, Date.now())).toBeNull();
    await teacher.send("/setup");
    await teacher.send(MRS_NG.id);
    expect(teacher.lastText).toBe(TEACHER_TOLD);
  });

  it("on any other chat, right password or not: the words any ID gets, so nothing is told", async () => {
    const stranger = world.chat("stranger-phone");
    for (const password of [MRS_NG.password, "Not-Her-Password-1"]) {
      await stranger.send("/setup");
      await stranger.send(MRS_NG.id);
      expect(stranger.lastText).toContain("Now type your password.");
      await stranger.send(password);
      expect(stranger.lastText).toContain(WRONG);
      await stranger.send("/cancel");
    }
  });

  it("a student on her own linked chat is told in a child's words, in every language", async () => {
    const kid = await weiLingSetUpOnOwnPhone(world, "declined");
    world.memoryDirectory.disable(WEI_LING.id);
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    expect(kid.lastText).toBe(STUDENT_TOLD);
    await kid.send("/setup", { locale: "ms" });
    await kid.send(WEI_LING.id, { locale: "ms" });
    expect(kid.lastText).toContain("Akaun sekolah kamu telah dimatikan");
    await kid.send("/setup", { locale: "zh" });
    await kid.send(WEI_LING.id, { locale: "zh" });
    expect(kid.lastText).toContain("你的学校账号已被关闭");
    await kid.send("/setup", { locale: "ta" });
    await kid.send(WEI_LING.id, { locale: "ta" });
    expect(kid.lastText).toContain("உன் பள்ளிக் கணக்கு நிறுத்தப்பட்டுள்ளது");
  });
});
