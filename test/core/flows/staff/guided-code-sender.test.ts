import { beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../../../src/core/i18n/translate.js";
import { guidedCodeEnds } from "../../../../src/guided-code-ends.js";
import { weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { MINUTE, type SchoolClock, worldOnSchoolClock } from "../../../helpers/security-helpers.js";
import { linkStaff, MRS_NG, noticesTo, PRIYA } from "../../../helpers/staff-helpers.js";
import type { TestWorld, TestChat } from "../../../helpers/test-world.js";

/**
 * The child is told who is really helping: the teacher by name, or, when an admin sends the code, the
 * admin by name as one of the school's computer team (never "your teacher"); likewise who unlinked a
 * lost phone's chat.
 */
describe("who the child is told is helping", () => {
  let world: TestWorld;
  let kid: TestChat;
  let clock: SchoolClock;

  beforeEach(async () => {
    ({ world, clock } = await worldOnSchoolClock());
    kid = await weiLingSetUpOnOwnPhone(world);
  });

  async function staffChat(person: typeof MRS_NG | typeof PRIYA): Promise<TestChat> {
    const chat = world.chat(`${person.id}-phone`);
    await linkStaff(chat, person);
    return chat;
  }

  /** Everything the child's chat was told, as the child reads it. */
  async function kidReads(): Promise<string[]> {
    await world.engine.settled();
    return noticesTo(world, kid).map((n) => translate(n.reply.text, n.reply.language));
  }

  it("a teacher's code names her as the child's teacher", async () => {
    const teacher = await staffChat(MRS_NG);
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    const [notice] = await kidReads();
    expect(notice).toMatch(/^Tan Wei Ling, your teacher Mrs Ng Mei Hua is helping you get a new password\./);
  });

  it("an admin's code names the admin as one of the school's computer team", async () => {
    const admin = await staffChat(PRIYA);
    await admin.send("/guided S1001");
    await admin.press("Send a code");
    const [notice] = await kidReads();
    expect(notice).not.toContain("teacher");
    expect(notice).toMatch(
      /^Tan Wei Ling, Priya Nair \(IT\) from the school's computer team is helping you get a new password\. Tell Priya Nair \(IT\) this code: \d{6}\n/,
    );
  });

  it("when an admin stops, or the admin's code runs out, the child hears it was the school's computer team", async () => {
    const admin = await staffChat(PRIYA);
    await admin.send("/guided S1001");
    await admin.press("Send a code");
    await admin.send("/cancel");
    await admin.send("/guided S1001");
    await admin.press("Send a code");
    clock.advance(11 * MINUTE);
    await guidedCodeEnds(world.deps).runOnce();
    const stops = (await kidReads()).filter((text) => text.includes("does not work any more"));
    expect(stops).toHaveLength(2);
    for (const stop of stops) {
      expect(stop).not.toContain("your teacher stopped");
      expect(stop).toMatch(
        /^Tan Wei Ling, the school's computer team stopped helping you get a new password for now\./,
      );
    }
  });

  it("the child reads it in their chat's language", async () => {
    await kid.send("/language");
    await kid.press("Bahasa Melayu");
    const admin = await staffChat(PRIYA);
    await admin.send("/guided S1001");
    await admin.press("Send a code");
    const notice = (await kidReads()).at(-1)!;
    expect(notice).not.toContain("guru kamu");
    expect(notice).toContain("Priya Nair (IT)");
  });

  /** The staff member checks the child in person and unlinks the chat the child cannot use. */
  async function unlinkLostPhone(staff: TestChat): Promise<void> {
    await staff.send("/guided S1001");
    await staff.press("They can't use their chat");
    await staff.press("Yes, I checked");
    expect(await world.deps.store.linkedPerson(kid.ref)).toBeNull();
  }

  it("a teacher's unlink of a lost phone's chat is told as the child's teacher's", async () => {
    await unlinkLostPhone(await staffChat(MRS_NG));
    const [notice] = await kidReads();
    expect(notice).toMatch(/^Tan Wei Ling, your teacher unlinked this chat from your /);
  });

  it("an admin's unlink of a lost phone's chat is told as the school's computer team's", async () => {
    await unlinkLostPhone(await staffChat(PRIYA));
    const [notice] = await kidReads();
    expect(notice).not.toContain("your teacher unlinked");
    expect(notice).toMatch(/^Tan Wei Ling, the school's computer team unlinked this chat from your /);
    // Still told whom to tell if it was not them: the adult they see every day.
    expect(notice).toContain("tell your teacher right away");
  });

  // The teacher did it, not the child: "if this wasn't you" would contradict the sentence before it.
  it("the unlink notice asks whether the child asked for it (as the Malay and Tamil ones do)", async () => {
    await unlinkLostPhone(await staffChat(MRS_NG));
    const [english] = await kidReads();
    expect(english).toContain("If you did not ask for this, tell your teacher right away.");
    expect(english).not.toContain("wasn't you");
  });

  it("the Chinese unlink notice asks it too", async () => {
    await kid.send("/language");
    await kid.press("中文");
    await unlinkLostPhone(await staffChat(MRS_NG));
    const chinese = (await kidReads()).at(-1)!;
    expect(chinese).toContain("如果你没有请人这样做");
    expect(chinese).not.toContain("不是你做的");
  });

  it("an admin's unlink is told in the child's chat's language", async () => {
    await kid.send("/language");
    await kid.press("Bahasa Melayu");
    await unlinkLostPhone(await staffChat(PRIYA));
    const notice = (await kidReads()).at(-1)!;
    expect(notice).toMatch(/^Tan Wei Ling, pasukan komputer sekolah memutuskan sembang ini/);
  });
});
