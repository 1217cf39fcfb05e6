import { beforeEach, describe, expect, it } from "vitest";
import { recordPasswordNotShown } from "../../src/core/flows/password-not-shown.js";
import { reachNewPasswordChoice, WEI_LING } from "../helpers/dialog-helpers.js";
import { MINUTE, type SchoolClock } from "../helpers/security-helpers.js";
import { guidedCodeSent, teacherOnOwnPhone } from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

/*
 * Her own reset's generated password could not be shown (Telegram: she blocked the bot), so her chat was
 * marked to tell her at her next message. Her teacher then gave her a new password; her "hi" still said "you
 * don't know it yet, type /reset", and that /reset would have replaced the teacher's password.
 */

const NOTICE = "but I could not show it to you";

describe("the password-not-shown notice, after a newer password", () => {
  let world: TestWorld;
  let clock: SchoolClock;
  let teacher: TestChat;
  let kid: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher, clock } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = world.chat("wei-ling-phone");
    await reachNewPasswordChoice(kid);
    await kid.press("Make one for me");
    // What the Telegram channel does when no way of showing the password worked.
    await recordPasswordNotShown(world.deps, kid.ref, WEI_LING.id);
    clock.advance(10 * MINUTE);
  });

  it("still tells her when nobody gave her a new password since", async () => {
    await kid.send("hi");
    expect(kid.lastText).toContain(NOTICE);
  });

  it("says nothing of it after her teacher's in-person guided reset", async () => {
    await teacher.send(`/guided ${WEI_LING.id}`);
    await teacher.press("They can't use their chat");
    await teacher.press("Yes, I checked");
    expect(String(teacher.last.replies[0]?.text.params?.password)).not.toBe("undefined");
    clock.advance(5 * MINUTE);
    await kid.send("hi");
    expect(kid.lastText).not.toContain(NOTICE);
  });

  it("says nothing of it after a guided reset whose password was sent to her chat", async () => {
    const code = await guidedCodeSent(world, teacher, kid);
    await teacher.send(code);
    expect(teacher.lastText).not.toContain("I could not reach");
    clock.advance(5 * MINUTE);
    await kid.send("hi");
    expect(kid.lastText).not.toContain(NOTICE);
  });

  it("still tells her when the guided reset's password could not reach her chat either", async () => {
    const code = await guidedCodeSent(world, teacher, kid);
    const notifier = world.deps.notifier as unknown as {
      register(channel: string, send: () => Promise<void>): void;
    };
    notifier.register("telegram", async () => {
      throw new Error("Forbidden: bot was blocked by the user");
    });
    await teacher.send(code);
    expect(teacher.lastText).toContain("I could not reach");
    await kid.send("hi");
    expect(kid.lastText).toContain(NOTICE);
  });
});
