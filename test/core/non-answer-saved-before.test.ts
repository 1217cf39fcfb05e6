import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sendDueReminders } from "../../src/core/flows/practice-reminder-flow.js";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import { logOut } from "../helpers/logout.js";
import { expectNothingCounted } from "../helpers/nothing-counted.js";
import {
  alreadySetUp,
  answersFor,
  countArgon2,
  DAY,
  resetTranscript,
  TYPED_ID_ROUTE,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * Set-up refuses more words as answers with each version ("okay", "sure", 好的 came after "I don't know").
 * A child who saved one while it was still allowed must still be able to type it at a reset: for her it is
 * checked and counted like any answer. For answers saved under today's list it stays a kind "it's okay not
 * to know", with no argon2 work.
 */
describe("a word refused only since a child saved it as her answer", () => {
  let world: TestWorld;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;

  /** Her answers: "Okay" is what she named her cat, saved before set-up refused "okay". */
  const HER_ANSWERS = { animal: "Okay", colour: "Purple", food: "Chicken rice" };

  /**
   * Saves her answers as versions before this one did: the enrolment's own fields, and no record of which
   * words set-up refused.
   */
  async function setUpBeforeTheWordWasRefused(answers: Record<string, string> = HER_ANSWERS): Promise<void> {
    await alreadySetUp(world, kid, "S1001", answers);
    const saved = (await world.deps.store.getEnrolment(WEI_LING.id))!;
    const { questionIds, answerHashes, parameterSet, pepperTag, normalisationVersion, enrolledAt } = saved;
    await world.deps.store.saveEnrolment(WEI_LING.id, {
      questionIds,
      answerHashes,
      parameterSet,
      pepperTag,
      normalisationVersion,
      enrolledAt,
    });
  }

  beforeEach(async () => {
    useSchoolClock();
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => {
    argon.restore();
    await world.close();
    vi.useRealTimers();
  });

  it("her real answer is checked at /reset, and the reset goes through", async () => {
    await setUpBeforeTheWordWasRefused();
    argon = countArgon2();
    await resetTranscript(kid, WEI_LING.id, answersFor(HER_ANSWERS));
    expect(kid.lastText).toContain("all 3 answers are right");
    expect(kid.lastText).not.toContain("It's okay if you don't remember.");
    expect(argon.verifications).toBe(3);
  });

  it("a newer word that is not her answer is checked and counts as a wrong try, like any guess", async () => {
    await setUpBeforeTheWordWasRefused();
    argon = countArgon2();
    await resetTranscript(kid, WEI_LING.id, answersFor({ ...HER_ANSWERS, animal: "sure" }));
    expect(kid.lastText).not.toContain("It's okay if you don't remember.");
    expect(kid.lastText).not.toContain("all 3 answers are right");
    expect(argon.verifications).toBe(3);
    expect(await world.deps.store.attemptCountsOf(WEI_LING.id)).not.toEqual([]);
  });

  it("'I don't know', refused before she set up, is still not checked for her", async () => {
    await setUpBeforeTheWordWasRefused();
    argon = countArgon2();
    await kid.send("/reset");
    await kid.send("I don't know");
    expect(kid.lastText).toContain("It's okay if you don't remember.");
    await expectNothingCounted(world, argon, kid);
  });

  it("on her teacher's device and at the reminder, her real answer is checked too", async () => {
    await setUpBeforeTheWordWasRefused();
    vi.setSystemTime(Date.now() + 120 * DAY);
    await sendDueReminders(world.deps);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    for (let i = 0; i < 3; i++) await kid.send(answersFor(HER_ANSWERS)(askedIn(kid.lastText)));
    expect(kid.lastText).toContain("You still remember your answers");

    await logOut(kid);
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    argon = countArgon2();
    await teacher.send("/guided S1001");
    await teacher.press("They answer their questions here");
    for (let i = 0; i < 3; i++) await teacher.send(answersFor(HER_ANSWERS)(askedIn(teacher.lastText)));
    expect(teacher.lastText).not.toContain("does not remember this answer?");
    expect(argon.verifications).toBe(3);
  });

  it("from a chat not linked to her (a typed ID), 'okay' gets the same kind words as for any ID", async () => {
    await world.close();
    world = await TestWorld.create(TYPED_ID_ROUTE);
    kid = world.chat("wei-ling");
    await setUpBeforeTheWordWasRefused();
    const stranger = world.chat("someone-else");
    argon = countArgon2();
    const told: string[] = [];
    for (const id of [WEI_LING.id, "S9999"]) {
      await stranger.send("/reset");
      await stranger.send(id);
      await stranger.send("okay");
      told.push(stranger.lastText.split("\n")[0]!);
      await stranger.send("/cancel");
    }
    expect(told[0]).toContain("It's okay if you don't remember.");
    expect(told[1]).toBe(told[0]);
    expect(argon.verifications).toBe(0);
  });

  /** A reset with `answers` that goes through, the new password made by the bot. */
  async function resetWith(answers: Record<string, string>): Promise<void> {
    await resetTranscript(kid, WEI_LING.id, answersFor(answers));
    expect(kid.lastText).toContain("all 3 answers are right");
    await kid.press("Make one for me");
    expect(kid.last.replies[0]!.protect).toBeDefined();
  }

  it("after her reset her answers stay checkable: 'okay' is still checked the next time", async () => {
    await setUpBeforeTheWordWasRefused();
    await resetWith(HER_ANSWERS);
    vi.setSystemTime(Date.now() + 2 * DAY);
    argon = countArgon2();
    await resetWith(HER_ANSWERS);
    expect(argon.verifications).toBe(3);
    expect(argon.hashes).toBe(0);
  });

  it("answers from before the list that are no non-answer are saved as of today's list after a reset, with no hashing", async () => {
    const answers = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
    await setUpBeforeTheWordWasRefused(answers);
    argon = countArgon2();
    await resetWith(answers);
    expect(argon.hashes).toBe(0);
    argon.reset();
    await kid.send("/reset");
    await kid.send("okay");
    expect(kid.lastText).toContain("It's okay if you don't remember.");
    expect(argon.verifications).toBe(0);
  });

  it("an answer saved under version 3 that version 4 refuses (தெரியவில்லை) is still checked for her", async () => {
    const answers = { animal: "தெரியவில்லை", colour: "Purple", food: "Chicken rice" };
    await alreadySetUp(world, kid, "S1001", answers);
    const saved = (await world.deps.store.getEnrolment(WEI_LING.id))!;
    await world.deps.store.saveEnrolment(WEI_LING.id, { ...saved, nonAnswersVersion: 3 });
    argon = countArgon2();
    await resetTranscript(kid, WEI_LING.id, answersFor(answers));
    expect(kid.lastText).toContain("all 3 answers are right");
    expect(argon.verifications).toBe(3);
  });

  it("for answers saved under today's list, 'okay' and 好的 are not checked: it's okay not to know", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
    await kid.press("No thanks");
    argon = countArgon2();
    for (const word of ["okay", "好的", "sure"]) {
      await kid.send("/reset");
      await kid.send(word);
      expect(kid.lastText, word).toContain("It's okay if you don't remember.");
      await kid.send("/cancel");
    }
    await expectNothingCounted(world, argon, kid);
  });
});

/** The question id a prompt asks, by a word of its English text. */
function askedIn(text: string): string {
  if (text.includes("animal")) return "animal";
  if (text.includes("colour")) return "colour";
  return "food";
}
