import { describe, expect, it } from "vitest";
import { textsOf } from "../helpers/dialog-helpers.js";
import { recordingDirectory } from "../helpers/recording-directory.js";
import { worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, PRIYA } from "../helpers/staff-helpers.js";

const NOT_KEPT =
  "That looks like a password, so I did not look it up or keep it. If it was your own password, change it soon. If it is someone's user ID, there is nothing about them on record yet.";
const ASKED = "Whose record do you want to see? Type their user ID.";

/** Priya (an admin) on her own phone, in a world whose directory notes every ID it is asked about. */
async function adminWatched() {
  const { directory, memory, searched } = await recordingDirectory();
  const { world } = await worldOnSchoolClock({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }, directory);
  const admin = await linkedOnOwnPhone(world, PRIYA);
  searched.length = 0;
  return { world, memory, admin, searched };
}

/** The IDs the directory was asked about besides Priya's own (read at each step to know who acts). */
const searchedForOthers = (searched: readonly string[]) =>
  searched.filter((id) => id.toLowerCase() !== PRIYA.id.toLowerCase());

/*
 * An admin types her own password after /audit, or at "Whose record?" (the wrong box). It was deleted from
 * the chat, but then sent to the school's directory as a user-ID search (which an LDAP server may log) and
 * answered "I can't find anyone with that user ID", with no word that it may have been her password. The
 * record /audit shows is the bot's own: text that looks like a password and has nothing on record under it
 * is now not looked up at all; she is told so, and to change her password if it was hers.
 */
describe("an admin's password typed for /audit is never searched for", () => {
  it("'/audit <her password>': not sent to the directory, logged, kept or audited; 'Whose record?' is asked", async () => {
    const { world, admin, searched } = await adminWatched();
    const sent = await admin.send(`/audit ${PRIYA.password}`);
    expect(searchedForOthers(searched)).toEqual([]);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent)).toEqual([NOT_KEPT, ASKED]);
    for (const place of [JSON.stringify(sent), world.logs.text, await world.redisDump()])
      expect(place.toLowerCase()).not.toContain(PRIYA.password.toLowerCase());
    // A real user ID typed next is looked up as always.
    await admin.send("S1001");
    expect(searched).toContain("S1001");
    expect(admin.lastText).toContain("Tan Wei Ling");
  });

  it("her password at 'Whose record?': the same words, and asked again", async () => {
    const { world, admin, searched } = await adminWatched();
    await admin.send("/audit");
    const sent = await admin.send(PRIYA.password);
    expect(searchedForOthers(searched)).toEqual([]);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent).slice(-2)).toEqual([NOT_KEPT, ASKED]);
    for (const place of [JSON.stringify(sent), world.logs.text, await world.redisDump()])
      expect(place.toLowerCase()).not.toContain(PRIYA.password.toLowerCase());
  });

  it("a user ID that looks like a password, with something on record, is still looked up and shown", async () => {
    const { memory, admin, searched } = await adminWatched();
    memory.add({
      id: "tan.wl2015",
      name: "Tan Wei Lun",
      role: "student",
      classes: ["4A"],
      password: "Blue-Kite-61",
      disabled: false,
    });
    // An unlock by an admin, who may name anyone: on his record from then on.
    await admin.send("/unlock tan.wl2015");
    searched.length = 0;
    await admin.send("/audit TAN.WL2015");
    expect(searched).toContain("TAN.WL2015");
    expect(admin.lastText).toContain("Tan Wei Lun");
    expect(admin.lastText).not.toContain("change it soon");
  });

  /*
   * A real student whose user ID looks like a password and who never used the bot: nothing on record, so it
   * is not sent to the directory (on purpose), but the words only spoke of a password, which misled the
   * admin about a real child. They now say too that such a user ID has nothing on record yet.
   */
  it("a real student's password-shaped user ID with nothing on record: not looked up, and the words say why", async () => {
    const { memory, admin, searched } = await adminWatched();
    memory.add({
      id: "tan.wl2015",
      name: "Tan Wei Lun",
      role: "student",
      classes: ["4A"],
      password: "Blue-Kite-61",
      disabled: false,
    });
    const sent = await admin.send("/audit tan.wl2015");
    expect(searchedForOthers(searched)).toEqual([]);
    expect(textsOf(sent)[0]).toBe(NOT_KEPT);
    expect(textsOf(sent)[0]).toContain("nothing about them on record yet");
  });
});
