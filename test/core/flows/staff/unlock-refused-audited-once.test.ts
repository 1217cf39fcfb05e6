import { describe, expect, it } from "vitest";
import { linkedOnOwnPhone, PRIYA, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/**
 * A teacher's second /unlock of a lockout (or a set-up pause) she lifted once today is refused: one action,
 * so one event, the refusal (docs/operations.md). It also wrote `unlock info "not suspended"`, and /audit
 * showed a refusal and an unlock "noted" for the one thing she did.
 */
describe("a teacher's refused second /unlock is audited once, as a refusal", () => {
  /** The events about S1002 the teacher's commands wrote after `since` (the audit lists newest first). */
  const eventsAbout = async (world: TestWorld, since: number) =>
    (await world.deps.store.recentAudit(50))
      .slice(0, since)
      .filter((e) => e.subject === "S1002")
      .map((e) => [e.event, e.outcome, e.reason]);
  const countAll = async (world: TestWorld) => (await world.deps.store.recentAudit(50)).length;

  it("a directory lockout lifted already: only the staff-refused event, and /audit shows one line", async () => {
    const { world, phone: teacher } = await teacherOnOwnPhone();
    world.memoryDirectory.lockOut("S1002");
    await teacher.send("/unlock S1002");
    world.memoryDirectory.lockOut("S1002");
    const before = await countAll(world);
    await teacher.send("/unlock S1002");
    expect(teacher.lastText).toContain("You already unlocked the account of Aisha Binte Rahman");
    const written = (await countAll(world)) - before;
    expect(await eventsAbout(world, written)).toEqual([
      ["staff-refused", "refused", "directory lock lifted already"],
    ]);
    const admin: TestChat = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/audit S1002");
    expect(admin.lastText).toContain("staff command: refused × 1 – by T2001 × 1");
    expect(admin.lastText).not.toContain("unlock: noted");
  });

  it("a set-up pause lifted already: only the staff-refused event", async () => {
    const { world, phone: teacher } = await teacherOnOwnPhone();
    let guessers = 0;
    const pause = async () => {
      for (let i = 0; i < 3; i++) {
        const guesser = world.chat(`guesser-${guessers++}`);
        await guesser.send("/setup");
        await guesser.send("S1002");
        await guesser.send(`Wrong-${i}`);
      }
    };
    await pause();
    await teacher.send("/unlock S1002");
    expect(teacher.lastText).toContain("I lifted that pause");
    await pause();
    const before = await countAll(world);
    await teacher.send("/unlock S1002");
    expect(teacher.lastText).toContain("You already lifted the set-up pause for Aisha Binte Rahman");
    const written = (await countAll(world)) - before;
    expect(await eventsAbout(world, written)).toEqual([
      ["staff-refused", "refused", "set-up pause lifted already"],
    ]);
  });
});
