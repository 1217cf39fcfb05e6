import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStep, WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { linkStaff, MRS_NG, noticesTo } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";
import { onTheTerminal, typedLines } from "../helpers/on-the-terminal.js";

/**
 * The steps whose buttons act for good (clear a student's answers, confirm an in-person check, pick how a
 * student proves it is them) take only a tap: a typed "1" there could be a double send of the "1" typed a
 * step before, which would then confirm. Their hint must say so, not offer the number it then refuses.
 */
const TAP_ONLY =
  "Please tap a button. Typed words or numbers do not count at this step, so nothing happens by mistake.";
/** A confirmation's: "yes" or "no" typed still answers it (yes-typed-at-confirm.test.ts). */
const TAP_OR_YES_NO =
  "Please tap a button, or type yes or no. A typed number does not count at this step, so nothing happens by mistake.";

describe("steps that take only a tap", () => {
  let world: TestWorld;
  let teacher: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
  });
  afterEach(async () => world.close());

  it("/clearanswers: a typed number is told to tap, never to type its number, and clears nothing", async () => {
    await world.chat("wei-ling").setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await teacher.send("/clearanswers S1001");
    for (const typed of ["1", "1", "maybe"]) {
      await teacher.send(typed);
      expect(teacher.lastText).toContain(TAP_OR_YES_NO);
      expect(teacher.lastText).not.toContain("type its number");
      expect(teacher.buttons).toEqual(["Yes, clear them", "Cancel"]);
    }
    expect(await world.deps.store.getEnrolment("S1001")).not.toBeNull();
    await teacher.press("Yes, clear them");
    expect(await world.deps.store.getEnrolment("S1001")).toBeNull();
  });

  it("/guided: a typed number at the routes sends no code, and at the in-person check shows no password", async () => {
    const kid = world.chat("wei-ling");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await teacher.send("/guided S1001");
    await teacher.send("1");
    expect(teacher.lastText).toContain(TAP_ONLY);
    expect(teacher.lastText).not.toContain("type its number");
    expect(noticesTo(world, kid)).toEqual([]);
    expect(await openStep(world, teacher)).toBe("guided.route");

    // A student who never set up: the in-person check is the first route; "1" twice confirms nothing.
    await teacher.send("/guided S1002");
    await teacher.send("1");
    await teacher.send("1");
    expect(teacher.lastText).toContain(TAP_ONLY);
    expect(await openStep(world, teacher)).toBe("guided.route");
    await teacher.press("I checked them in person");
    await teacher.send("1");
    expect(teacher.lastText).toContain(TAP_OR_YES_NO);
    expect(teacher.lastText).not.toContain("new password is");
    expect(await openStep(world, teacher)).toBe("guided.inPerson");
  });

  it("other buttons still take their number: the class list of /coverage", async () => {
    const admin = world.chat("priya");
    await linkStaff(admin, { id: "A3001", password: "Admin-Desk-2026" });
    await admin.send("/coverage");
    expect(admin.lastText).toContain("Which class?");
    await admin.send("1");
    expect(admin.lastText).toMatch(/^Class /);
  });
});

describe("the same steps on the terminal, which has no buttons", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  async function terminal(lines: string[]): Promise<string> {
    return onTheTerminal(world, typedLines(lines));
  }

  it("a typed number is the numbered line there, and anything else is told to type the number", async () => {
    await world.chat("wei-ling").setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const screen = await terminal([
      "/setup",
      MRS_NG.id,
      MRS_NG.password,
      "/clearanswers S1001",
      "maybe",
      "1",
      "/guided S1002",
      "1",
      "maybe",
      "1",
    ]);
    expect(screen).not.toContain("tap a button");
    expect(screen).toContain("Type the number of your choice (1–2), or type yes or no.");
    expect(screen).toContain("Done. Tan Wei Ling must set up their secret questions again");
    expect(await world.deps.store.getEnrolment("S1001")).toBeNull();
    expect(screen).toContain("Aisha Binte Rahman's new password is:");
  });
});
