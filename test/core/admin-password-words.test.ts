import { describe, expect, it } from "vitest";
import { textsOf } from "../helpers/dialog-helpers.js";
import { recordingDirectory } from "../helpers/recording-directory.js";
import { worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, PRIYA } from "../helpers/staff-helpers.js";

const NOT_KEPT =
  "That looks like a password, so I did not look it up or keep it. If it was your own password, change it soon.";
const CHANGE_IT = "If it was your own password, change it soon.";
const ASKED_PERSON = "Whose record do you want to see? Type their user ID.";

/** Priya (an admin) on her own phone, in a world whose directory notes every ID it is asked about. */
async function adminWatched() {
  const { directory, searched } = await recordingDirectory();
  const { world } = await worldOnSchoolClock({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }, directory);
  const admin = await linkedOnOwnPhone(world, PRIYA);
  searched.length = 0;
  return { world, admin, searched };
}

/*
 * An admin's password typed where a person goes. "/audit class <password>" read "class" as a user ID and said
 * "Type only the user ID, without your password": nothing was looked up, but the words were wrong. And
 * "/unlock <password>" or "/guided <password>" said "Type the student's user ID, not a password" with no word
 * to change it if it was hers, which /audit and a teacher's own path say.
 */
describe("an admin's password where a person goes: the words say to change it", () => {
  it("'/audit class <password>': it looked like a password, not kept; 'Whose record?' asked", async () => {
    const { world, admin, searched } = await adminWatched();
    const sent = await admin.send(`/audit class ${PRIYA.password}`);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent)).toEqual([NOT_KEPT, ASKED_PERSON]);
    expect(searched.filter((id) => id.toLowerCase() !== PRIYA.id.toLowerCase())).toEqual([]);
    for (const place of [JSON.stringify(sent), world.logs.text, await world.redisDump()])
      expect(place.toLowerCase()).not.toContain(PRIYA.password.toLowerCase());
  });

  it("'class <password>' at 'Whose record?': the same words, and asked again", async () => {
    const { admin } = await adminWatched();
    await admin.send("/audit");
    const sent = await admin.send(`class ${PRIYA.password}`);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent).slice(-2)).toEqual([NOT_KEPT, ASKED_PERSON]);
  });

  it.each(["unlock", "guided"])("'/%s <password>': told to change it if it was hers", async (command) => {
    const { admin } = await adminWatched();
    const sent = await admin.send(`/${command} ${PRIYA.password}`);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent).join("\n")).toContain(CHANGE_IT);
  });

  it("a password at an admin's 'Which student?': told to change it if it was hers", async () => {
    const { admin } = await adminWatched();
    await admin.send("/guided");
    const sent = await admin.send(PRIYA.password);
    expect(textsOf(sent).join("\n")).toContain(CHANGE_IT);
  });
});
