import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORDS } from "../../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const WEI_LING = ["Tiger", "Purple", "Chicken rice"] as [string, string, string];
const AISHA = ["Rabbit", "Orange", "Dumplings"] as [string, string, string];

describe("a family phone: siblings share a parent's chat", () => {
  let world: TestWorld;
  let phone: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    phone = world.chat("mums-phone");
    await phone.setUp("S1001", DEMO_PASSWORDS.S1001, WEI_LING);
    await phone.press("No thanks");
    await phone.setUp("S1002", DEMO_PASSWORDS.S1002, AISHA);
    await phone.press("No thanks");
  });
  afterEach(async () => world.close());

  it("linking a second child keeps the first", async () => {
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1001", "s1002"]);
  });

  it("/reset asks 'Which of you?' with their names, then goes to that child's own questions", async () => {
    await phone.send("/reset");
    expect(phone.lastText).toContain("Which of you needs a new password?");
    expect(phone.buttons).toEqual(["Tan Wei Ling", "Aisha Binte Rahman"]);
    await phone.press("Aisha Binte Rahman");
    expect(phone.lastText).toContain("Hi Aisha Binte Rahman!");
    const answers: Record<string, string> = { animal: AISHA[0], colour: AISHA[1], food: AISHA[2] };
    for (let i = 0; i < 3; i++) {
      const key = Object.keys(answers).find((k) => phone.lastText.includes(k))!;
      await phone.send(answers[key]!);
    }
    expect(phone.lastText).toContain("all 3 answers are right");
  });

  it("limits stay per student: one child's failures do not suspend the other", async () => {
    for (let i = 0; i < 5; i++) {
      await phone.send("/reset");
      await phone.press("Tan Wei Ling");
      for (let q = 0; q < 3; q++) await phone.send("wrong guess");
    }
    expect(await world.suspendedUntil("S1001")).not.toBeNull();
    expect(await world.suspendedUntil("S1002")).toBeNull();
  });

  it("/logout asks who (or everyone) and unlinks only that child", async () => {
    await phone.send("/logout");
    expect(phone.buttons).toEqual(["Tan Wei Ling", "Aisha Binte Rahman", "Everyone"]);
    await phone.press("Tan Wei Ling");
    expect(phone.lastText).toContain("Tan Wei Ling is no longer linked to this chat.");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1002"]);
    await phone.send("/reset");
    expect(phone.lastText).toContain("Hi Aisha Binte Rahman!");
  });

  it("a full chat refuses one more child rather than dropping one", async () => {
    await world.close();
    world = await TestWorld.create({ CHAT_MAX_LINKED_STUDENTS: "2" });
    phone = world.chat("mums-phone");
    for (const id of ["S1001", "S1002"] as const) {
      await phone.send("/setup");
      await phone.send(id);
      await phone.send(DEMO_PASSWORDS[id]);
      await phone.send("/cancel");
    }
    await phone.send("/setup");
    await phone.send("S1003");
    await phone.send(DEMO_PASSWORDS.S1003);
    expect(phone.lastText).toContain("This chat is already linked to 2 people.");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1001", "s1002"]);
  });
});
