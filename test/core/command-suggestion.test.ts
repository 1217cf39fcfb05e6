import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { editDistance, nearestCommand } from "../../src/core/command-suggestion.js";
import { COMMANDS } from "../../src/core/commands.js";
import { STAFF_COMMANDS } from "../../src/core/flows/staff/staff-command-names.js";
import { childRegisterWords } from "../helpers/register-words.js";
import { WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { linkStaff, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const DID_YOU_MEAN = (command: string) =>
  `I don't know that command. Did you mean /${command}? If not, type /help to see what I can do.`;
const UNKNOWN = "I don't know that command. Type /help to see what I can do.";

describe("editDistance (Damerau-Levenshtein, adjacent swaps count once)", () => {
  it.each([
    ["start", "start", 0],
    ["strat", "start", 1],
    ["setpu", "setup", 1],
    ["hlep", "help", 1],
    ["rest", "reset", 1],
    ["logut", "logout", 1],
    ["unlok", "unlock", 1],
    ["strt", "start", 1],
    ["stat", "start", 1],
    ["sart", "start", 1],
    ["tsrat", "start", 2],
    ["dance", "start", 5],
    ["dance", "cancel", 2],
    ["", "help", 4],
  ])("%s to %s: %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("nearestCommand", () => {
  it.each([
    ["strat", "start"],
    ["rest", "reset"],
    ["setpu", "setup"],
    ["hlep", "help"],
    ["cancle", "cancel"],
    ["logut", "logout"],
    ["langauge", "language"],
    ["STRAT", "start"],
  ])("suggests /%s -> /%s", (typed, command) => {
    expect(nearestCommand(typed, COMMANDS)).toBe(command);
  });

  it.each(["dance", "asdfghjkl", "xqzwvbnmkl", "resetmypasswordplease", "a", "hi", "ok"])(
    "suggests nothing for /%s: no command is that close",
    (typed) => {
      expect(nearestCommand(typed, COMMANDS)).toBeNull();
    },
  );

  it("suggests only from the list it is given: a student's list has no staff command", () => {
    expect(nearestCommand("unlok", COMMANDS)).toBeNull();
    expect(nearestCommand("unlok", [...COMMANDS, ...STAFF_COMMANDS])).toBe("unlock");
  });
});

describe("a mistyped command gets the nearest command the writer may use", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  it.each([
    ["/strat", "start"],
    ["/rest", "reset"],
    ["/setpu", "setup"],
    ["/hlep", "help"],
  ])("%s: 'Did you mean /%s?'", async (typed, command) => {
    await kid.send(typed);
    expect(kid.lastText).toBe(DID_YOU_MEAN(command));
  });

  it("long random text, or a word far from every command, gets the plain answer", async () => {
    for (const typed of ["/asdfghjklqwerty", "/dance", "/xyzzy"]) {
      await kid.send(typed);
      expect(kid.lastText).toBe(UNKNOWN);
    }
  });

  it("a student is never offered a staff command", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
    await kid.send(`/unlok ${WEI_LING.id}`);
    expect(kid.lastText).toBe(UNKNOWN);
    await kid.send("/stast");
    expect(kid.lastText).toBe(DID_YOU_MEAN("start"));
  });

  it("a teacher is offered her own commands, not an admin's; an admin is offered an admin's", async () => {
    await linkStaff(kid, MRS_NG);
    await kid.send(`/unlok ${WEI_LING.id}`);
    expect(kid.lastText).toBe(DID_YOU_MEAN(`unlock ${WEI_LING.id}`));
    await kid.send("/exprot");
    expect(kid.lastText).toBe(UNKNOWN);
    const admin = world.chat("priya");
    await linkStaff(admin, PRIYA);
    await admin.send("/exprot");
    expect(admin.lastText).toBe(DID_YOU_MEAN("export"));
  });

  it("on a tie, a staff member's own command wins over a student's: an admin's /stat is /stats", async () => {
    const admin = world.chat("priya");
    await linkStaff(admin, PRIYA);
    await admin.send("/stat");
    expect(admin.lastText).toBe(DID_YOU_MEAN("stats"));
    // /stats is not a teacher's, nor a student's: for them /stat is still /start.
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/stat");
    expect(teacher.lastText).toBe(DID_YOU_MEAN("start"));
    await kid.send("/stat");
    expect(kid.lastText).toBe(DID_YOU_MEAN("start"));
  });

  it("in the middle of a dialog: the suggestion, then the question again", async () => {
    await kid.send("/setup");
    await kid.send("/strat");
    expect(kid.lastText).toContain(DID_YOU_MEAN("start"));
    expect(kid.lastText).toContain("Type your user ID");
  });

  it("at a secret answer's prompt, suggests nothing: what was typed there may be near the secret", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    const sent = await kid.send("/strat");
    expect(sent.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(UNKNOWN);
    expect(kid.lastText).not.toContain("/start");
  });

  it("at a password prompt, a /word is still the password", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send("/strat");
    expect(kid.lastText).not.toContain("Did you mean");
    expect(kid.lastText).toContain("don't match");
  });

  it.each(["zh", "ms", "ta"])(
    "suggests in %s, to a child as a child and to a teacher as an adult",
    async (language) => {
      await world.deps.store.setChatLanguage(kid.ref, language);
      await kid.send("/strat");
      expect(kid.lastText).toContain("/start");
      expect(kid.lastText).not.toBe(DID_YOU_MEAN("start"));
      const teacher = world.chat("mrs-ng");
      await linkStaff(teacher, MRS_NG);
      await world.deps.store.setChatLanguage(teacher.ref, language);
      await teacher.send("/unlok");
      expect(teacher.lastText).toContain("/unlock");
      expect(childRegisterWords(language, teacher.lastText)).toEqual([]);
    },
  );
});

/*
 * A busy teacher's typo in the command word: "/covrage 4A" got "Did you mean /coverage?", and the 4A she had
 * typed right was lost from the words she was to type again.
 */
describe("a mistyped staff command keeps the ID or class typed after it", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
  });
  afterEach(async () => world.close());

  it.each([
    ["/covrage 4A", "coverage 4A"],
    ["/guidde S1002", "guided S1002"],
    ["/unlok s1003", "unlock s1003"],
    ["/clearanswer S1001", "clearanswers S1001"],
    ["/covrage class 4A", "coverage"],
  ])("%s: 'Did you mean /%s?'", async (typed, suggested) => {
    await teacher.send(typed);
    expect(teacher.lastText).toBe(DID_YOU_MEAN(suggested));
  });

  it("an admin's /audti S1001 too", async () => {
    const admin = world.chat("priya");
    await linkStaff(admin, PRIYA);
    await admin.send("/audti S1001");
    expect(admin.lastText).toBe(DID_YOU_MEAN("audit S1001"));
  });

  it("never says back a password or a name typed after it", async () => {
    await teacher.send(`/guidde ${WEI_LING.password}`);
    expect(teacher.lastText).toBe(DID_YOU_MEAN("guided"));
    await teacher.send("/guidde Tan Wei Ling");
    expect(teacher.lastText).toBe(DID_YOU_MEAN("guided"));
  });

  it("a student's command gets nothing after it", async () => {
    await teacher.send("/strat 4A");
    expect(teacher.lastText).toBe(DID_YOU_MEAN("start"));
  });

  it.each(["zh", "ms", "ta"])("in %s", async (language) => {
    await world.deps.store.setChatLanguage(teacher.ref, language);
    await teacher.send("/covrage 4A");
    expect(teacher.lastText).toContain("/coverage 4A");
    expect(childRegisterWords(language, teacher.lastText)).toEqual([]);
  });
});
