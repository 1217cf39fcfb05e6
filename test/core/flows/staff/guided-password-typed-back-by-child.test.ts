import { beforeEach, describe, expect, it } from "vitest";
import { weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import {
  guidedCodeSent,
  noticesTo,
  type StaffOnOwnPhone,
  teacherOnOwnPhone,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/*
 * A guided reset's code route sends the new password to the child's own chat, protected and deleted after a
 * while. A child retypes it there to keep it ("Mango Tiger Cloud 47"): that copy stayed in her chat history,
 * where the teacher's phone's copy is deleted (guided-password-typed-back).
 */
describe("a guided reset's password, sent to the child's chat, typed back there", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;
  let clock: StaffOnOwnPhone["clock"];

  beforeEach(async () => {
    ({ world, phone: teacher, clock } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await teacher.send(await guidedCodeSent(world, teacher, kid));
    expect(teacher.lastText).toContain("new password was sent to their own chat");
  });

  function sentPassword(): string {
    const sent = noticesTo(world, kid).find((n) => n.reply.text.key === "guided.passwordForStudent");
    const password = String(sent?.reply.text.params?.password);
    expect(password).toMatch(/^[A-Za-z]+-[A-Za-z]+-[A-Za-z]+-\d+$/);
    return password;
  }

  it("as it is: deleted", async () => {
    expect((await kid.send(sentPassword())).deleteInbound).toBe(true);
  });

  it("with spaces for the dashes: deleted", async () => {
    expect((await kid.send(sentPassword().replaceAll("-", " "))).deleteInbound).toBe(true);
  });

  it("in small letters, in groups, 4 minutes later (still shown): deleted", async () => {
    const [a, b, c, n] = sentPassword().toLowerCase().split("-");
    clock.advance(4 * 60_000);
    expect((await kid.send(`${a}${b} ${c} ${n}`)).deleteInbound).toBe(true);
  });

  it("other words are not deleted", async () => {
    expect((await kid.send("thanks")).deleteInbound).toBe(false);
  });
});
