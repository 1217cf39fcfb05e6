import { describe, expect, it } from "vitest";
import { idShape } from "../../src/core/flows/school-id-shapes.js";
import { textsOf, WEI_LING } from "../helpers/dialog-helpers.js";
import { recordingDirectory } from "../helpers/recording-directory.js";
import { TYPED_ID_ROUTE, UNPACED_ID_LOOKUPS, worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";

const DELETED = "That message looked like a password, so I deleted it to keep it safe.";
const NOT_AN_ID = "That is not a user ID.";
const STAFF_NOT_SEARCHED =
  "That looks like a password, not a student's user ID, so I did not look it up or keep it. Type the student's user ID as your class list shows it (/coverage). If it was your own password, change it soon. To stop, type /cancel.";

/** The demo school in a world whose directory notes every ID it is asked about. */
async function watched(env: Record<string, string> = {}) {
  const { directory, memory, searched } = await recordingDirectory();
  const { world, clock } = await worldOnSchoolClock({ STAFF_PASSWORD_AGAIN_MINUTES: "0", ...env }, directory);
  // A pupil of a school whose user IDs look like passwords (a word, a dot, letters and a year).
  memory.add({
    id: "tan.wl2015",
    name: "Tan Wei Lun",
    role: "student",
    classes: ["4A"],
    password: "Blue-Kite-61",
    disabled: false,
  });
  return { world, memory, searched, clock };
}

/** Nothing of `secret` in the replies, the log or Redis. */
async function keptNowhere(
  world: Awaited<ReturnType<typeof watched>>["world"],
  outcome: unknown,
  secret: string,
) {
  for (const place of [JSON.stringify(outcome), world.logs.text, await world.redisDump()])
    expect(place.toLowerCase()).not.toContain(secret.toLowerCase());
}

/*
 * A child types her password where set-up or a reset asks for her user ID (or a staff member's own password
 * at an admin's "Which student?"). It was deleted from the chat, but still sent to the school directory as
 * a user-ID search, whose filter an OpenLDAP or Active Directory server may log. Text that looks like a
 * password and is not shaped like any of the school's user IDs is now never looked up.
 */
describe("a password typed at a user-ID prompt never reaches the directory", () => {
  it.each([
    ["her own password", WEI_LING.password],
    ["a password in a sentence", `my password is ${WEI_LING.password}`],
  ])(
    "set-up's 'Type your user ID': %s is deleted, not looked up, and the ID is asked again",
    async (_, typed) => {
      const { world, searched } = await watched();
      const kid = world.chat("kid-wei-ling");
      await kid.send("/setup");
      searched.length = 0;
      const sent = await kid.send(typed);
      expect(searched).toEqual([]);
      expect(sent.deleteInbound).toBe(true);
      const texts = textsOf(sent);
      expect(texts[0]).toBe(DELETED);
      expect(texts[1]).toBe(NOT_AN_ID);
      expect(texts.join("\n")).toContain("Type your user ID.");
      await keptNowhere(world, sent, WEI_LING.password);
      // Her real ID next is looked up as always.
      await kid.send(WEI_LING.id);
      expect(searched).toContain(WEI_LING.id);
      expect(kid.lastText).toContain("password");
    },
  );

  it("reset's 'Type your user ID' (the typed-ID route): not looked up", async () => {
    const { world, searched } = await watched(TYPED_ID_ROUTE);
    const kid = world.chat("borrowed-phone");
    await kid.send("/reset");
    expect(kid.lastText).toContain("Type your user ID.");
    searched.length = 0;
    const sent = await kid.send("River-Kite-34");
    expect(searched).toEqual([]);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent).slice(0, 2)).toEqual([DELETED, NOT_AN_ID]);
    await keptNowhere(world, sent, "River-Kite-34");
  });

  it.each(["tan.wl2015", "TAN.WL2015", "S1001", "s1001", "T2001"])(
    "a real user ID (%s) is still looked up at set-up, shaped like a password or not",
    async (id) => {
      const { world, searched } = await watched();
      const kid = world.chat("kid");
      await kid.send("/setup");
      searched.length = 0;
      await kid.send(id);
      expect(searched).toContain(id);
      expect(kid.lastText).not.toContain(NOT_AN_ID);
    },
  );

  it("while the school's IDs cannot be listed, it is looked up as before (and deleted), and kept from the directory again once they can be read", async () => {
    const { world, memory, searched, clock } = await watched(UNPACED_ID_LOOKUPS);
    const forEachId = memory.forEachId.bind(memory);
    memory.forEachId = () => Promise.reject(new Error("size limit exceeded"));
    const kid = world.chat("kid-wei-ling");
    await kid.send("/setup");
    searched.length = 0;
    const sent = await kid.send(WEI_LING.password);
    // Not "the school system is not answering": a pupil whose real ID looks like a password must get in.
    expect(searched).toEqual([WEI_LING.password]);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent).join("\n")).not.toContain("not answering");
    await keptNowhere(world, sent, WEI_LING.password);
    await kid.send("/cancel");
    await kid.send("/setup");
    await kid.send("tan.wl2015");
    expect(searched).toContain("tan.wl2015");
    // The list is back: read again once the minute after the failure is over.
    memory.forEachId = forEachId;
    clock.advance(61_000);
    await kid.send("/cancel");
    await kid.send("/setup");
    searched.length = 0;
    await kid.send(WEI_LING.password);
    expect(searched).toEqual([]);
  });

  it("a real password-shaped user ID still sets up", async () => {
    const { world } = await watched();
    const kid = world.chat("kid-wei-lun");
    await kid.send("/setup");
    await kid.send("tan.wl2015");
    await kid.send("Blue-Kite-61");
    expect(kid.lastText).toContain("Tan Wei Lun");
  });

  it("a name with a hyphen or an apostrophe is no password: read as before", async () => {
    const { world, searched } = await watched();
    const kid = world.chat("kid");
    await kid.send("/setup");
    searched.length = 0;
    await kid.send("Nur-Aisha O'Brien");
    expect(searched).toEqual(["Nur-Aisha O'Brien"]);
  });

  it("an admin's '/guided <password>' and '/unlock <password>': not looked up, told so", async () => {
    const { world, searched } = await watched();
    const admin = await linkedOnOwnPhone(world, PRIYA);
    for (const command of ["/guided", "/unlock"]) {
      searched.length = 0;
      const sent = await admin.send(`${command} Apple-Cloud-78`);
      expect(searched.filter((id) => id.toLowerCase() !== PRIYA.id.toLowerCase())).toEqual([]);
      expect(sent.deleteInbound).toBe(true);
      expect(textsOf(sent)).toContain(STAFF_NOT_SEARCHED);
      await keptNowhere(world, sent, "Apple-Cloud-78");
      await admin.send("/cancel");
    }
    // At "Which student?" too.
    await admin.send("/guided");
    searched.length = 0;
    const sent = await admin.send(MRS_NG.password);
    expect(searched.filter((id) => id.toLowerCase() !== PRIYA.id.toLowerCase())).toEqual([]);
    expect(textsOf(sent)).toContain(STAFF_NOT_SEARCHED);
    await keptNowhere(world, sent, MRS_NG.password);
  });

  it("an admin's password-shaped real user ID (any capitals), a staff ID and a name are still looked up", async () => {
    const { world, searched } = await watched();
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/guided TAN.WL2015");
    expect(searched).toContain("TAN.WL2015");
    expect(admin.lastText).toContain("Tan Wei Lun");
    await admin.send("/cancel");
    await admin.send(`/unlock ${MRS_NG.id}`);
    expect(searched).toContain(MRS_NG.id);
    await admin.send("/cancel");
    searched.length = 0;
    await admin.send("/guided Mary-Jane O'Brien");
    expect(searched).toContain("Mary-Jane O'Brien");
  });
});

describe("idShape", () => {
  it("is the same for any capitals and any letters, and keeps digits' count and marks", () => {
    expect(idShape("S1001")).toBe(idShape("t2001"));
    expect(idShape("tan.wl2015")).toBe(idShape("TAN.WL2015"));
    expect(idShape("tan.wl2015")).toBe(idShape("ng.mh1999"));
    expect(idShape("T0123456A")).toBe("a9999999a");
    expect(idShape("Garden-Lamp-21")).toBe("a-a-99");
    expect(idShape("Garden-Lamp-21")).not.toBe(idShape("tan.wl2015"));
    expect(idShape("Tiger2015")).toBe(idShape("S1001"));
  });
});

/*
 * A password judged only as the readers took it slipped through: "Tiger12! la" was read as Tiger12 (the
 * particle, then the "!" dropped), "Tiger12?" lost its question mark after the check, and "Tiger1,Lamp2"
 * passed as several IDs. Each word that looks like a password with the marks she typed around it is
 * judged, and several IDs in one word each.
 */
describe("a password with marks, a particle or commas at a user-ID prompt never reaches the directory", () => {
  const PASSWORDS = [
    "Tiger12! la",
    "I'm Tiger12! lah",
    "my id is Tiger12! la",
    "Tiger12. lah",
    "(Tiger12) la",
    "Tiger12# la",
    "I'm2015! la",
    "Tiger12?",
    "Tiger1,Lamp2",
    "Sun5,Moon6#",
    "Red7;Kite9!",
  ];

  it.each(PASSWORDS)("set-up: %s is not looked up", async (typed) => {
    const { world, searched } = await watched(UNPACED_ID_LOOKUPS);
    const kid = world.chat("kid");
    await kid.send("/setup");
    searched.length = 0;
    const sent = await kid.send(typed);
    expect(searched).toEqual([]);
    expect(textsOf(sent)).toContain(NOT_AN_ID);
  });

  it.each(PASSWORDS)("reset's typed-ID route: %s is not looked up", async (typed) => {
    const { world, searched } = await watched({ ...TYPED_ID_ROUTE, ...UNPACED_ID_LOOKUPS });
    const kid = world.chat("borrowed-phone");
    await kid.send("/reset");
    searched.length = 0;
    const sent = await kid.send(typed);
    expect(searched).toEqual([]);
    expect(textsOf(sent)).toContain(NOT_AN_ID);
  });

  it.each([
    ["S1001", "S1001"],
    ["S1001,", "S1001"],
    ["S1001!", "S1001"],
    ["(S1001)", "S1001"],
    ["S1001 lah", "S1001"],
    ["I'm S1001", "S1001"],
    ["ID pengguna: S1001", "S1001"],
    ["S1001?", "S1001"],
    ["tan.wl2015!", "tan.wl2015"],
    ["tan.wl2015 lah", "tan.wl2015"],
    ["my id is tan.wl2015", "tan.wl2015"],
    ["我是tan.wl2015", "tan.wl2015"],
    ["S1001,S1002", "S1001,S1002"],
    ["S1001, S1002", "S1001, S1002"],
  ])("set-up: an ID typed as %s is looked up as %s", async (typed, id) => {
    const { world, searched } = await watched(UNPACED_ID_LOOKUPS);
    const kid = world.chat("kid");
    await kid.send("/setup");
    searched.length = 0;
    const sent = await kid.send(typed);
    expect(searched).toContain(id);
    expect(textsOf(sent)).not.toContain(NOT_AN_ID);
  });

  it("an admin's '/guided' with a password typed with marks or commas: not looked up", async () => {
    const { world, searched } = await watched();
    const admin = await linkedOnOwnPhone(world, PRIYA);
    for (const typed of ["Tiger1,Lamp2", "Red7;Kite9!", "Tiger12?"]) {
      searched.length = 0;
      const sent = await admin.send(`/guided ${typed}`);
      expect(searched.filter((id) => id.toLowerCase() !== PRIYA.id.toLowerCase())).toEqual([]);
      expect(textsOf(sent)).toContain(STAFF_NOT_SEARCHED);
      await admin.send("/cancel");
    }
    await admin.send("/guided tan.wl2015!");
    expect(searched).toContain("tan.wl2015");
    // "/audit" reads the bot's own record first: "Tiger1,Lamp2" has none, so it is not looked up.
    searched.length = 0;
    await admin.send("/cancel");
    const audited = await admin.send("/audit Tiger1,Lamp2");
    expect(searched.filter((id) => id.toLowerCase() !== PRIYA.id.toLowerCase())).toEqual([]);
    expect(textsOf(audited).join("\n")).toContain("did not look it up");
  });

  it("a teacher's '/guided' with a password typed with commas: not looked up; her pupils' IDs still are", async () => {
    const { world, searched } = await watched();
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    searched.length = 0;
    const sent = await teacher.send("/guided Tiger1,Lamp2");
    expect(searched.filter((id) => id.toLowerCase() !== MRS_NG.id.toLowerCase())).toEqual([]);
    expect(textsOf(sent)).toContain(STAFF_NOT_SEARCHED);
    await teacher.send("/cancel");
    await teacher.send("/guided tan.wl2015!");
    expect(searched).toContain("tan.wl2015");
  });
});
