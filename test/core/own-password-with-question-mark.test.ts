import { beforeEach, describe, expect, it } from "vitest";
import type { Outcome } from "../../src/core/messages.js";
import {
  alreadySetUp,
  answersFor,
  resetTranscript,
  worldOnSchoolClock,
} from "../helpers/security-helpers.js";
import type { TestWorld, TestChat } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
/** A new password the school takes: long enough, words with a question mark at the end. */
const OWN = "where is my blue cat?";

const deleted = (outcome: Outcome) => outcome.replies.some((r) => r.text.key === "input.deletedMaybeSecret");

/**
 * "what?" typed at "Make one for me / I'll type my own" is a child asking back, kept in the chat. But when the
 * directory was down as her own new password was set, she is back at those buttons right after typing it:
 * that password sent again (Send tapped twice, a slow reply) must be deleted, question mark or not.
 */
describe("at the new password's buttons after the directory was down", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("her own password ending with '?', sent again there, is deleted", async () => {
    await kid.press("I'll type my own");
    await kid.send(OWN);
    world.directory.setPasswordFails = "before-sending";
    const confirmed = await kid.send(OWN);
    expect(confirmed.replies.some((r) => r.text.key === "reset.directoryDown")).toBe(true);
    const again = await kid.send(OWN);
    expect(again.deleteInbound).toBe(true);
    expect(deleted(again)).toBe(true);
  });

  it("'what?' there right after her answers is kept, with the buttons again", async () => {
    const asked = await kid.send("what?");
    expect(asked.deleteInbound).toBe(false);
    expect(deleted(asked)).toBe(false);
    expect(kid.buttons).toHaveLength(2);
  });
});

/**
 * Right after her answers, at "Make one for me / I'll type my own", a child may type a password instead of
 * tapping: the one she wants, or her old one. One ending with "?" ("where is my blue cat?") that the school's
 * rules would take was kept in the chat as a question asked back. Only what no password can be (shorter than
 * the school's shortest, or letters no school keyboard types: 什么？, என்ன?) is a question kept; any other
 * ("which one?" too: it may be a password) is deleted, and she is told to tap a button.
 */
describe("at the new password's buttons right after her answers", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it.each([OWN, "Sunflower2015?", "mypassword?", "which one?", "what is it？"])(
    "a password ending with '?' (%s) is deleted, and the buttons come again",
    async (password) => {
      const typed = await kid.send(password);
      expect(typed.deleteInbound).toBe(true);
      expect(deleted(typed)).toBe(true);
      expect(typed.replies.some((r) => r.text.key === "input.useButtons")).toBe(true);
      expect(kid.buttons).toHaveLength(2);
    },
  );

  // "what is this？" asks for help (what-is-this-at-answer), as "I need help" does: no password is deleted.
  it.each([
    "what?",
    "Huh??",
    "why?",
    "什么？",
    "这是什么意思？",
    "apa?",
    "என்ன?",
    "இது என்ன?",
    "what is this？",
  ])("a question no password can be (%s) is kept, with the buttons again", async (question) => {
    const asked = await kid.send(question);
    expect(asked.deleteInbound).toBe(false);
    expect(deleted(asked)).toBe(false);
    expect(kid.buttons).toHaveLength(2);
  });
});
