import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { alreadySetUp, answersFor, resetTranscript } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";
import { logOut } from "../helpers/logout.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
const NOTHING_CHANGED = "Nothing was changed";
const answerTo = (asked: string) =>
  Object.entries(ANSWERS).find(([question]) => asked.includes(question))?.[1] ?? "no idea";

/** Every Redis command the steps after a password change use, failing as if the server had just gone. */
const COMMANDS_AFTER_THE_CHANGE = [
  "guardCommit",
  "auditAppendDay",
  "auditAppendTrail",
  "storeEndChatTurn",
  "storeUnlockChat",
  "storeUpgradeEnrolment",
  "hget",
  "hmget",
  "get",
  "exec",
];

/**
 * Redis fails in the moment after the directory took the new password. The password is changed whatever
 * happens next, so whoever must get it still gets it: never "Nothing was changed", never a password that
 * nobody holds. What could not be recorded is logged and the admins are told.
 */
describe("when Redis fails just after the directory set the new password", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await world.close();
  });

  /** The directory sets the password, then Redis goes away. */
  function redisFailsOnceTheDirectoryHasIt() {
    const directory = world.memoryDirectory;
    const setPassword = directory.setPassword.bind(directory);
    vi.spyOn(directory, "setPassword").mockImplementation(async (...args) => {
      await setPassword(...args);
      const commands = world.redis as unknown as Record<string, () => Promise<unknown>>;
      for (const name of COMMANDS_AFTER_THE_CHANGE) {
        vi.spyOn(commands, name).mockRejectedValue(new Error("connect ECONNREFUSED 127.0.0.1:6379"));
      }
    });
  }

  it("the student still gets the generated password, and it works", async () => {
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    expect(kid.lastText).toContain("all 3 answers are right");
    redisFailsOnceTheDirectoryHasIt();
    await kid.press("Make one for me");

    expect(kid.lastText).not.toContain(NOTHING_CHANGED);
    const shown = kid.last.replies.find((r) => r.text.params?.password !== undefined);
    expect(shown?.protect).toBeDefined();
    const password = String(shown!.text.params!.password);
    expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();
    expect(world.alerts.ofKind("reset-not-recorded").map((a) => a.subject)).toEqual(["S1001"]);
    expect(world.logs.text).toContain("recording it failed");
    expect(world.logs.text).not.toContain(password);
  });

  it("a teacher's guided reset still shows the password, and it works", async () => {
    await logOut(kid);
    const teacher = world.chat("teacher-ng");
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/guided S1001");
    await teacher.press("They answer their questions here");
    for (let i = 0; i < 3; i++) {
      if (i === 2) redisFailsOnceTheDirectoryHasIt();
      await teacher.send(answerTo(teacher.lastText));
    }

    expect(teacher.lastText).not.toContain(NOTHING_CHANGED);
    const shown = teacher.last.replies.find((r) => r.text.params?.password !== undefined);
    expect(shown?.protect).toBeDefined();
    const password = String(shown!.text.params!.password);
    expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();
    expect(world.alerts.ofKind("reset-not-recorded").map((a) => a.subject)).toEqual(["S1001"]);
  });
});
