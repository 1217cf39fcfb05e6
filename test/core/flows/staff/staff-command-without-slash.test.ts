import { describe, expect, it } from "vitest";
import { textsOf, WEI_LING, WEI_LING_ANSWERS } from "../../../helpers/dialog-helpers.js";
import { teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";

/*
 * A teacher with nothing open types "guided S1001" or "unlock S1002", as the /help list writes the commands
 * but without the slash (a phone's keyboard, or habit). "guided" alone was already that command; with the
 * student's ID after it she got only "Hello! What would you like to do?" and the menu, her ID lost. Now the
 * command word of her own commands, followed by one ID or class (a word with a digit), runs that command.
 */
describe("a staff command typed without its slash, with an ID or class after it", () => {
  it.each([
    ["guided S1001", "Let's get Tan Wei Ling a new password."],
    ["Unlock s1002", "Aisha Binte Rahman was not suspended"],
    ["coverage 4A", "Class 4A: 3 students"],
    ["clearanswers S1003", "Arjun Kumar has not set up any questions"],
    ["clear answers S1003", "Arjun Kumar has not set up any questions"],
  ])("'%s' is that command", async (text, says) => {
    const { phone: teacher } = await teacherOnOwnPhone();
    await teacher.send(text);
    expect(teacher.lastText).toContain(says);
  });

  it("a teacher's admin command so typed is refused as the slash one is", async () => {
    const { phone: teacher } = await teacherOnOwnPhone();
    await teacher.send("audit S1001");
    expect(teacher.lastText).toContain("Only admins can use that.");
  });

  it("words that are no ID after the word ('unlock my phone') get the menu, as before", async () => {
    const { phone: teacher } = await teacherOnOwnPhone();
    const sent = await teacher.send("unlock my phone");
    expect(textsOf(sent)[0]).toBe("Hello! What would you like to do?");
  });

  it("a student's chat gets its menu: staff words are no student's commands", async () => {
    const { world } = await teacherOnOwnPhone();
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("/cancel");
    await kid.send("guided S1001");
    expect(kid.lastText).not.toContain("Only teachers and admins");
    expect(kid.lastText).not.toContain("new password.");
  });
});
