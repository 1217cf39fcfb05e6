import { describe, expect, it } from "vitest";
import { openStep, textsOf, WEI_LING, weiLingSetUpOnOwnPhone } from "../helpers/dialog-helpers.js";
import { teacherOnOwnPhone } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

const DID_YOU_MEAN = (command: string) =>
  `I don't know that command. Did you mean /${command}? If not, type /help to see what I can do.`;
const LOOKED_LIKE_A_PASSWORD = "That message looked like a password, so I deleted it to keep it safe.";

/*
 * A teacher at "Which student?" typed "/covrage 4A" and was told first "That message looked like a password"
 * (a slash word of eight characters is password-shaped) and only then "Did you mean /coverage 4A?". A
 * mistyped command word is no password: she gets the suggestion straight away, as with nothing open, and the
 * prompt stays open for the student she was about to name.
 */
describe("a mistyped command at an ID prompt", () => {
  it.each([
    ["/guided", "/covrage 4A", "coverage 4A"],
    ["/unlock", "/covrage", "coverage"],
    ["/clearanswers", "/clearanswer S1001", "clearanswers S1001"],
  ])("%s, then %s: 'Did you mean /%s?' straight away, and the prompt again", async (open, typed, meant) => {
    const { world, phone: teacher } = await teacherOnOwnPhone();
    await teacher.send(open);
    const sent = await teacher.send(typed);
    expect(textsOf(sent)).toEqual([DID_YOU_MEAN(meant), "Which student? Type their user ID."]);
    expect(sent.deleteInbound).toBe(false);
    expect(await openStep(world, teacher)).toBe("staff.student");
  });

  it("with nothing open, the same: the suggestion, and her message stays", async () => {
    const { phone: teacher } = await teacherOnOwnPhone();
    const sent = await teacher.send("/covrage 4A");
    expect(textsOf(sent)).toEqual([DID_YOU_MEAN("coverage 4A")]);
    expect(sent.deleteInbound).toBe(false);
  });

  it("a password after the mistyped word is still deleted, and never said back", async () => {
    const { phone: teacher } = await teacherOnOwnPhone();
    await teacher.send("/guided");
    const sent = await teacher.send(`/covrage ${WEI_LING.password}`);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent)).toEqual([
      LOOKED_LIKE_A_PASSWORD,
      DID_YOU_MEAN("coverage"),
      "Which student? Type their user ID.",
    ]);
  });

  it("a password typed with a slash is still deleted as one, and never suggested", async () => {
    const { phone: teacher } = await teacherOnOwnPhone();
    await teacher.send("/guided");
    const sent = await teacher.send(`/${WEI_LING.password}`);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent)[0]).toBe(LOOKED_LIKE_A_PASSWORD);
    expect(textsOf(sent).join("\n")).not.toContain("Did you mean");
    expect(textsOf(sent).join("\n")).not.toContain(WEI_LING.password);
  });

  it.each([
    ["/hlep", "help"],
    ["/rset", "reset"],
    ["/langauge", "language"],
  ])(
    "a child at 'Type your user ID', %s: 'Did you mean /%s?', as with nothing open",
    async (typed, meant) => {
      const world = await TestWorld.create();
      try {
        const kid = world.chat("kid");
        const outside = await kid.send(typed);
        expect(textsOf(outside)).toEqual([DID_YOU_MEAN(meant)]);
        expect(outside.deleteInbound).toBe(false);
        await kid.send("/setup");
        const sent = await kid.send(typed);
        expect(textsOf(sent)[0]).toBe(DID_YOU_MEAN(meant));
        expect(sent.deleteInbound).toBe(false);
        expect(await openStep(world, kid)).toBe("setup.id");
      } finally {
        await world.close();
      }
    },
  );
});

describe("a mistyped command at a question buttons answer", () => {
  it("/langauge at the practice offer: 'Did you mean /language?', and it stays", async () => {
    const world = await TestWorld.create();
    try {
      const kid = await weiLingSetUpOnOwnPhone(world);
      const sent = await kid.send("/langauge");
      expect(textsOf(sent)[0]).toBe(DID_YOU_MEAN("language"));
      expect(sent.deleteInbound).toBe(false);
    } finally {
      await world.close();
    }
  });
});

/*
 * A password typed after a mistyped command ("/password 12345678") stayed in the chat: only the words after
 * the command were asked whether they look like a password, and a password of words, of digits or of small
 * letters does not on its own. Only a command alone, or one short ID- or class-shaped word after it, stays;
 * never anything after /password, /forgot or /lupa.
 */
describe("a password after a mistyped command", () => {
  const LINES = ["/password mango tiger cloud 47", "/password 12345678", "/password iloveyou"];
  // What followed the command word, and each of its words long enough not to be in any reply by chance.
  const said = (line: string) => {
    const after = line.split(/\s+/u).slice(1);
    return [after.join(" "), ...after.filter((word) => word.length >= 4)];
  };

  it.each(LINES)("%s with nothing open: deleted, and never said back", async (line) => {
    const world = await TestWorld.create();
    try {
      const kid = world.chat("kid");
      const sent = await kid.send(line);
      // Deleted as any password typed with nothing open (no note: there is no prompt it was typed into).
      expect(sent.deleteInbound).toBe(true);
      expect(textsOf(sent)).toEqual([DID_YOU_MEAN("reset")]);
      for (const word of said(line)) expect(textsOf(sent).join("\n")).not.toContain(word);
    } finally {
      await world.close();
    }
  });

  it.each(LINES)("%s at set-up's 'Type your user ID': deleted, and never said back", async (line) => {
    const world = await TestWorld.create();
    try {
      const kid = world.chat("kid");
      await kid.send("/setup");
      const sent = await kid.send(line);
      expect(sent.deleteInbound).toBe(true);
      expect(textsOf(sent)[0]).toBe(LOOKED_LIKE_A_PASSWORD);
      for (const word of said(line)) expect(textsOf(sent).join("\n")).not.toContain(word);
    } finally {
      await world.close();
    }
  });

  it.each([...LINES, "/password teach four a 2026"])(
    "%s at a teacher's 'Which student?': deleted, and never said back",
    async (line) => {
      const { phone: teacher } = await teacherOnOwnPhone();
      await teacher.send("/guided");
      const sent = await teacher.send(line);
      expect(sent.deleteInbound).toBe(true);
      expect(textsOf(sent)[0]).toBe(LOOKED_LIKE_A_PASSWORD);
      for (const word of said(line)) expect(textsOf(sent).join("\n")).not.toContain(word);
    },
  );

  it("/password teach four a 2026 from a teacher with nothing open: deleted", async () => {
    const { phone: teacher } = await teacherOnOwnPhone();
    const sent = await teacher.send("/password teach four a 2026");
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent)).toEqual([DID_YOU_MEAN("reset")]);
  });
});
