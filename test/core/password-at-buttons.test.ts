import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import { familyPhone } from "../helpers/family-phone.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/**
 * A question answered only by its buttons ("Which of you needs a new password?", the language list, "Unlink
 * this chat?", a teacher's "How can Wei Ling prove it's them?") takes no typed password: one typed there is
 * a child (or a teacher) who thought the bot asked for it. It was deleted with no dialog open and at a
 * user-ID prompt, but stayed in the chat at these questions, where a family phone's brothers and sisters
 * read it. It is deleted there too, by the text alone, and the question is asked again.
 */
const DELETED = "That message looked like a password, so I deleted it to keep it safe.";

describe("a password typed at a question that only buttons answer", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create({ CHAT_MAX_LINKED_STUDENTS: "3" });
  });
  afterEach(async () => world.close());

  it("at a family phone's 'Which of you needs a new password?' is deleted, and the question asked again", async () => {
    const phone = await familyPhone(world);
    await phone.send("/reset");
    expect(phone.lastText).toContain("Which of you needs a new password?");
    const outcome = await phone.send(WEI_LING.password);
    expect(outcome.deleteInbound).toBe(true);
    expect(phone.lastText).toContain(DELETED);
    expect(phone.lastText).toContain("Which of you needs a new password?");
    // A name typed is still the button it names.
    const byName = await phone.send("Tan Wei Ling");
    expect(byName.deleteInbound).toBe(false);
    expect(phone.lastText).toContain("Hi Tan Wei Ling!");
  });

  it("at the language list and at 'Unlink this chat?' is deleted; the chat stays linked", async () => {
    const kid = world.chat("wei-ling");
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.send("/cancel");
    await kid.send("/language");
    expect((await kid.send(WEI_LING.password)).deleteInbound).toBe(true);
    expect(kid.lastText).toContain(DELETED);
    await kid.send("/logout");
    expect((await kid.send(WEI_LING.password)).deleteInbound).toBe(true);
    expect(kid.lastText).toContain(DELETED);
    expect(await world.deps.store.linkedPerson(kid.ref)).toBe("s1001");
  });

  it("at a teacher's 'How can they prove it's them?' her own password is deleted", async () => {
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    await teacher.send(`/guided ${WEI_LING.id}`);
    const outcome = await teacher.send(DEMO_PASSWORDS.T2001);
    expect(outcome.deleteInbound).toBe(true);
    expect(teacher.lastText).toContain(DELETED);
  });
});
