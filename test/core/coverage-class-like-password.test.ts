import { afterEach, describe, expect, it } from "vitest";
import { textsOf } from "../helpers/dialog-helpers.js";
import { newTeacherOnOwnPhone } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/*
 * A school whose classes are named like "P4-Courage" and "P5-Integrity": such a name looks like a password
 * (letters, a digit and a dash), so "/coverage P5-Integrity" from the teacher of P4-Courage, or her own class
 * mistyped ("/coverage P4-Curage"), was told "That looks like a password... If it was your own password,
 * change it soon." and then shown her own class's report. Text shaped like a class is a class: the class
 * that is not hers gets the not-your-class words, her own mistyped its report or the same words, and never
 * the password notice.
 */
const MS_RAHMAH = {
  id: "T2010",
  name: "Ms Rahmah",
  password: "Teach-Courage-2026",
  classes: ["P4-Courage"],
  ownPhone: "rahmah-phone",
} as const;

let world: TestWorld;
afterEach(async () => world.close());

async function valuesSchool() {
  world = await TestWorld.create();
  const pupil = (id: string, className: string) =>
    world.memoryDirectory.add({
      id,
      name: `Pupil ${id}`,
      role: "student",
      classes: [className],
      password: `Garden-${id}-77`,
      disabled: false,
    });
  pupil("S7001", "P4-Courage");
  pupil("S7002", "P5-Integrity");
  return newTeacherOnOwnPhone(world, MS_RAHMAH);
}

describe("a class named like a password after /coverage", () => {
  it("another class (/coverage P5-Integrity): not hers, and no password notice", async () => {
    const teacher = await valuesSchool();
    const sent = await teacher.send("/coverage P5-Integrity");
    const said = textsOf(sent).join("\n");
    expect(said).not.toContain("password");
    expect(said).toContain("You can only see your own classes.");
    expect(said).toContain("P4-Courage");
    expect(said).not.toContain("S7001");
  });

  it("her own class mistyped (/coverage P4-Curage): no password notice", async () => {
    const teacher = await valuesSchool();
    const sent = await teacher.send("/coverage P4-Curage");
    const said = textsOf(sent).join("\n");
    expect(said).not.toContain("password");
    expect(said).toContain("P4-Courage");
  });

  it("her password after /coverage is still told as one", async () => {
    const teacher = await valuesSchool();
    const sent = await teacher.send(`/coverage ${MS_RAHMAH.password}`);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent)[0]).toContain("That looks like a password");
  });
});
