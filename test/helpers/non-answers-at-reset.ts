import { expect } from "vitest";
import { WEI_LING } from "./dialog-helpers.js";
import { alreadySetUp, answersFor, countArgon2, resetTranscript } from "./security-helpers.js";
import type { TestChat, TestWorld } from "./test-world.js";

/** Wei Ling's answers in the tests of non-answers at a reset. */
const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };

/**
 * At her reset's first question, each of `words` is no answer: told it's okay not to remember (or `told`) and
 * asked again, with no argon2 check and nothing counted; her right answers then still reset.
 */
export async function notCheckedAtReset(
  world: TestWorld,
  kid: TestChat,
  words: readonly string[],
  told: string = "answer.notRemembered",
): Promise<void> {
  await alreadySetUp(world, kid, WEI_LING.id, ANSWERS);
  await kid.send("/reset");
  const argon = countArgon2();
  try {
    for (const typed of words) {
      const sent = await kid.send(typed);
      expect(sent.deleteInbound, typed).toBe(true);
      expect(
        kid.last.replies.map((r) => r.text.key),
        typed,
      ).toEqual([told, "reset.askAnswer"]);
    }
    expect(argon.verifications).toBe(0);
  } finally {
    argon.restore();
  }
  expect(await world.deps.store.attemptCountsOf(WEI_LING.id)).toEqual([]);
  await kid.send(ANSWERS.animal);
  await kid.send(ANSWERS.colour);
  await kid.send(ANSWERS.food);
  expect(kid.lastText).toContain("all 3 answers are right");
}

/**
 * `animal` saved as her answer under non-answers version `version`, before set-up refused it: her reset
 * still checks it, and it is right.
 */
export async function stillCheckedFromVersion(
  world: TestWorld,
  kid: TestChat,
  animal: string,
  version: number,
): Promise<void> {
  const saved = { ...ANSWERS, animal };
  await alreadySetUp(world, kid, WEI_LING.id, saved);
  const enrolment = (await world.deps.store.getEnrolment(WEI_LING.id))!;
  await world.deps.store.saveEnrolment(WEI_LING.id, { ...enrolment, nonAnswersVersion: version });
  await resetTranscript(kid, WEI_LING.id, answersFor(saved));
  expect(kid.lastText).toContain("all 3 answers are right");
}
