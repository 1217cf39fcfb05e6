import { describe, expect, it } from "vitest";
import { UNKNOWN_ID } from "../../src/core/audit.js";
import { textsOf, WEI_LING } from "../helpers/dialog-helpers.js";
import { recordingDirectory } from "../helpers/recording-directory.js";
import { worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG, PRIYA, staffRefusals } from "../helpers/staff-helpers.js";

const NOT_SEARCHED =
  "That looks like a password, not a student's user ID, so I did not look it up or keep it. Type the student's user ID as your class list shows it (/coverage). If it was your own password, change it soon. To stop, type /cancel.";
const ASKED = "Which student? Type their user ID.";

/** Mrs Ng (4A) on her own phone, in a world whose directory notes every ID it is asked about. */
async function teacherWatched() {
  const { directory, memory, searched } = await recordingDirectory();
  const { world } = await worldOnSchoolClock({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }, directory);
  const teacher = await linkedOnOwnPhone(world, MRS_NG);
  searched.length = 0;
  return { world, memory, teacher, searched };
}

/** The IDs the directory was asked about besides Mrs Ng's own (read at each step to know who acts). */
const searchedForOthers = (searched: readonly string[]) =>
  searched.filter((id) => id.toLowerCase() !== MRS_NG.id.toLowerCase());

/*
 * A form teacher types her own password (or the one a pupil read out) where the bot asks for a student's
 * user ID. It was deleted from the chat, but then sent to the school's directory as a search (which an LDAP
 * server may log) and answered as a wrong ID. Now a teacher's password-shaped text that is no ID her class
 * lists show is not looked up at all: she is told so, and to change her password if it was hers. Told from the
 * text and her own lists alone, so it says nothing about IDs outside her classes.
 */
describe("a password typed for a student's ID by a teacher is never searched for", () => {
  it.each([
    ["her own password", MRS_NG.password],
    ["another class's pupil's password", "Apple-Cloud-78"],
  ])("%s at 'Which student?': not sent to the directory, logged, kept or audited", async (_, password) => {
    const { world, teacher, searched } = await teacherWatched();
    await teacher.send("/guided");
    const sent = await teacher.send(password);
    expect(searchedForOthers(searched)).toEqual([]);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent).slice(-2)).toEqual([NOT_SEARCHED, ASKED]);
    const refusals = await staffRefusals(world);
    expect(refusals.map((e) => [e.subject, e.reason, e.actor])).toEqual([[UNKNOWN_ID, "guided", MRS_NG.id]]);
    for (const place of [JSON.stringify(sent), world.logs.text, await world.redisDump()])
      expect(place.toLowerCase()).not.toContain(password.toLowerCase());
    // Her pupil's ID typed next is looked up as always.
    await teacher.send(WEI_LING.id);
    expect(teacher.lastText).toContain("Let's get Tan Wei Ling a new password.");
  });

  it("after the command ('/unlock <password>'): the same words, then 'Which student?'", async () => {
    const { teacher, searched } = await teacherWatched();
    const sent = await teacher.send(`/unlock ${MRS_NG.password}`);
    expect(searchedForOthers(searched)).toEqual([]);
    expect(textsOf(sent)).toEqual([NOT_SEARCHED, ASKED]);
  });

  it("a pupil of hers whose user ID looks like a password is still found", async () => {
    const { memory, teacher, searched } = await teacherWatched();
    memory.add({
      id: "tan.wl2015",
      name: "Tan Wei Lun",
      role: "student",
      classes: ["4A"],
      password: "Blue-Kite-61",
      disabled: false,
    });
    await teacher.send("/guided TAN.WL2015");
    expect(searched).toContain("TAN.WL2015");
    expect(teacher.lastText).toContain("Let's get Tan Wei Lun a new password.");
  });

  it("while her class list cannot be read, her pupil's password-shaped ID is not searched and she is told to try again", async () => {
    const { memory, teacher, searched } = await teacherWatched();
    memory.add({
      id: "tan.wl2015",
      name: "Tan Wei Lun",
      role: "student",
      classes: ["4A"],
      password: "Blue-Kite-61",
      disabled: false,
    });
    const listStudents = memory.listStudents.bind(memory);
    memory.listStudents = () => Promise.reject(new Error("size limit exceeded"));
    await teacher.send("/guided tan.wl2015");
    expect(searchedForOthers(searched)).toEqual([]);
    expect(teacher.lastText).not.toContain("change it soon");
    expect(teacher.lastText).toContain("try again in a few minutes");
    // A minute later the list is back: the same ID is her pupil.
    memory.listStudents = listStudents;
    await teacher.send("tan.wl2015");
    expect(teacher.lastText).toContain("Let's get Tan Wei Lun a new password.");
  });

  it("an admin, who may name anyone, has it looked up only when it is shaped like the school's user IDs", async () => {
    const { directory, searched } = await recordingDirectory();
    const { world } = await worldOnSchoolClock({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }, directory);
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/guided");
    const sent = await admin.send("Apple-Cloud-78");
    expect(textsOf(sent)).toContain(NOT_SEARCHED);
    expect(searched).not.toContain("Apple-Cloud-78");
    // Shaped like the demo school's IDs (S1001): a password can be too, and is looked up as any ID.
    await admin.send("Tiger2015");
    expect(searched).toContain("Tiger2015");
  });
});
