import { afterEach, describe, expect, it } from "vitest";
import { alreadySetUp, answersFor, DEMO_PASSWORDS, resetTranscript } from "../helpers/security-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

const STAFF = [
  ["teacher", "T2001", "Mrs Ng Mei Hua"],
  ["admin", "A3001", "Priya Nair (IT)"],
] as const;

describe("staff accounts cannot reset by questions", () => {
  let world: TestWorld;
  afterEach(async () => world.close());

  it.each(STAFF)("a %s links her chat in set-up but is asked no questions", async (_role, id, name) => {
    world = await TestWorld.create();
    const staff = world.chat(`staff-${id}`);
    await staff.send("/setup");
    await staff.send(id);
    const outcome = await staff.send(DEMO_PASSWORDS[id]);
    expect(outcome.deleteInbound).toBe(true);
    expect(staff.lastText).toBe(
      `This chat is now linked to your account, ${name}. Secret questions are only for students, so there is nothing more to set up. Type /help to see what you can do here.`,
    );
    expect(staff.buttons).toEqual([]);
    expect(await world.deps.store.linkedPerson(staff.ref)).toBe(id.toLowerCase());
    expect(await world.deps.store.getEnrolment(id)).toBeNull();
    // The dialog is over: nothing waits for an answer.
    await staff.send("Tiger");
    expect(staff.lastText).toContain("What would you like to do?");
  });

  it("a teacher's set-up promises her no secret questions, and running it again says her chat is still linked", async () => {
    world = await TestWorld.create();
    const teacher = world.chat("staff-T2001");
    await teacher.send("/setup");
    expect(teacher.lastText).not.toContain("secret questions");
    expect(teacher.lastText).toContain("Type your user ID");
    await teacher.send("T2001");
    await teacher.send(DEMO_PASSWORDS.T2001);
    expect(teacher.lastText).toContain("This chat is now linked to your account, Mrs Ng Mei Hua.");

    await teacher.send("/setup");
    await teacher.send("T2001");
    await teacher.send(DEMO_PASSWORDS.T2001);
    expect(teacher.lastText).toContain("This chat is still linked to your account, Mrs Ng Mei Hua.");
    expect(teacher.lastText).not.toContain("now linked");
  });

  it.each([
    ["from her linked chat", {}],
    ["when resets do not need the linked chat", { RESET_REQUIRES_LINKED_CHAT: "false" }],
  ])(
    "a teacher who has answers on record (from her student days) still cannot reset by questions, %s",
    async (_when, env) => {
      world = await TestWorld.create(env);
      const teacher = world.chat("staff-T2001");
      const answers = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
      await alreadySetUp(world, teacher, "T2001", answers);

      await resetTranscript(teacher, "T2001", answersFor(answers));
      expect(teacher.lastText).toContain("Teacher and admin accounts can't use secret questions");
      expect(teacher.lastText).not.toContain("all 3 answers are right");
      expect(await world.memoryDirectory.authenticate("T2001", DEMO_PASSWORDS.T2001)).not.toBeNull();
      // Her own chat, linked with her password: the refusal is audited, but it is no alarm for the admins.
      expect(world.alerts.ofKind("staff-question-reset")).toEqual([]);
      const events = await world.deps.store.recentAudit(50);
      expect(events).toContainEqual(
        expect.objectContaining({ event: "staff-question-reset", subject: "T2001", outcome: "refused" }),
      );
    },
  );
});
