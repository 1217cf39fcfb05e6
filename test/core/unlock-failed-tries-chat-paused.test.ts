import { beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { teacherOnOwnPhone } from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

/**
 * A teacher's /unlock that only cleared a student's wrong tries told her "so they have all their tries
 * again" while the student's chat was paused for its own tries: the child's /reset was still refused there.
 * The teacher now reads that the chat is paused and that only an admin can lift that pause.
 */
describe("an /unlock that only clears wrong tries, while her chat is paused", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let kid: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    for (let i = 0; i < 2; i++) await kid.answerReset("S1001", () => "Wrong guess");
    // Siblings on one phone: the phone is paused for its own tries (an hour).
    const ctx = { chat: kid.ref, now: Date.now(), deps: world.deps, language: "en" as const };
    for (let i = 0; i < 10; i++)
      await world.deps.limits.fail(ctx, "chat", "telegram:wei-ling-phone", { about: "S1002" });
  });

  it("tells the teacher the chat is still paused, not that she has all her tries again", async () => {
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toContain("I cleared their 2 wrong tries.");
    expect(teacher.lastText).not.toContain("so they have all their tries again");
    expect(teacher.lastText).toContain(
      "But Tan Wei Ling's chat is paused for about 60 minutes after too many tries from it, so /reset works there only after that. An admin can lift that pause sooner.",
    );
    expect(teacher.lastText).not.toContain("telegram:");
    await kid.send("/reset");
    expect(kid.lastText).toContain("too many tries from this chat");
  });

  it("with her chat not paused, still says she has all her tries again", async () => {
    await world.deps.limits.clear("chat", "telegram:wei-ling-phone", Date.now());
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toContain("I cleared their 2 wrong tries, so they have all their tries again.");
    expect(teacher.lastText).not.toContain("is paused");
  });
});
