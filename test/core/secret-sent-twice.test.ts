import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { reachNewPasswordChoice, textsOf, WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { MINUTE, useSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const DELETED = "I deleted that message. It may have been your password or a secret answer.";

/** Set-up, then the practice round answered right to its end. */
async function practiseToTheEnd(kid: TestChat): Promise<void> {
  await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
  await kid.press("Check that I remember");
  for (let i = 0; i < 3; i++) {
    const asked = kid.lastText;
    const answer = asked.includes("animal") ? 0 : asked.includes("colour") ? 1 : 2;
    await kid.send(WEI_LING_ANSWERS[answer]);
  }
  expect(kid.lastText).toContain("All 3 answers match");
}

/**
 * A child whose reply is slow to come sends the password or an answer again (or taps Send twice): the copy
 * lands on the buttons that follow it. It must not stay in the chat, where anyone with the phone can read it.
 */
describe("a password or an answer sent twice lands on the buttons after it", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  it("the password again, at the first question buttons, is deleted, said why, and the buttons come back", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    const again = await kid.send(WEI_LING.password);
    expect(again.deleteInbound).toBe(true);
    expect(textsOf(again)[0]).toBe(DELETED);
    expect(kid.lastText).toContain("Tap a button, or type its number (1–8).");
    expect(kid.buttons).toHaveLength(8);
  });

  it("an answer again, at the next question buttons and at the practice offer, is deleted", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send(WEI_LING_ANSWERS[0]);
    expect((await kid.send(WEI_LING_ANSWERS[0])).deleteInbound).toBe(true);
    await kid.press("favourite colour");
    await kid.send(WEI_LING_ANSWERS[1]);
    await kid.press("favourite food");
    await kid.send(WEI_LING_ANSWERS[2]);
    expect(kid.lastText).toContain("Shall we check");
    const again = await kid.send(WEI_LING_ANSWERS[2]);
    expect(again.deleteInbound).toBe(true);
    expect(textsOf(again)[0]).toBe(DELETED);
  });

  it("the last reset answer again, at the new-password choice, is deleted", async () => {
    await reachNewPasswordChoice(kid);
    const again = await kid.send(WEI_LING_ANSWERS[2]);
    expect(again.deleteInbound).toBe(true);
    expect(kid.buttons).toEqual(["Make one for me", "I'll type my own"]);
  });

  it("an answer of digits alone ('1917', a favourite movie) again, at the next buttons, is deleted", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite movie");
    await kid.send("1917");
    const again = await kid.send("1917");
    expect(again.deleteInbound).toBe(true);
    expect(textsOf(again)[0]).toBe(DELETED);
    expect(kid.buttons).toHaveLength(7);
  });

  it("a number that picks no button and is too short for a secret ('9' at 8 buttons) is kept", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    const nine = await kid.send("9");
    expect(nine.deleteInbound).toBe(false);
    expect(kid.lastText).toContain("Tap a button, or type its number (1–8).");
  });

  // "Shall we check that you remember your answers?" is a question a child answers "yes". Told "It may have
  // been your password or a secret answer", she could not tell what she did wrong.
  it("'idk', '?' or 'yes' at the practice offer is no secret: kept; 'yes' answers it", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    for (const reply of ["idk", "?", "dunno"]) {
      const sent = await kid.send(reply);
      expect(sent.deleteInbound, reply).toBe(false);
      expect(kid.lastText, reply).not.toContain(DELETED);
      // "?" alone asks for help: the help in the middle of something, then the same question.
      const hint = reply === "?" ? "answer my message below" : "Tap a button, or type its number (1–2).";
      expect(kid.lastText, reply).toContain(hint);
    }
    // A yes-or-no word is the button it means (practice-offer-yes-no.test.ts has them all).
    const yes = await kid.send("Yes!");
    expect(yes.deleteInbound).toBe(false);
    expect(kid.lastText).toContain("Practice, question 1 of 3");
  });

  it("a number that picks a button, and back, are no secret: kept, and they work", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    const picked = await kid.send("1");
    expect(picked.deleteInbound).toBe(false);
    expect(kid.lastText).toContain("What is your favourite animal?");
    await kid.send(WEI_LING_ANSWERS[0]);
    const back = await kid.send("back");
    expect(back.deleteInbound).toBe(false);
    expect(kid.lastText).toContain("let's do your last question again");
  });

  it("the practice round's last answer again, after the round ended, is deleted; other words are kept", async () => {
    await practiseToTheEnd(kid);
    const last = WEI_LING_ANSWERS[2];
    const again = await kid.send(last);
    expect(again.deleteInbound).toBe(true);
    expect(textsOf(again)[0]).toBe(DELETED);
    const thanks = await kid.send("thank you");
    expect(thanks.deleteInbound).toBe(false);
  });

  it("after the round ended, someone with the phone cannot try guesses to find the last answer", async () => {
    // Only the very next words may be the copy: after a wrong guess, the right one is not told apart. For a
    // few minutes every guess is deleted alike (maybe answers she typed ahead), then every one is kept alike.
    const clock = useSchoolClock();
    try {
      await practiseToTheEnd(kid);
      for (const [after, deleted] of [
        [0, true],
        [4 * MINUTE, false],
      ] as const) {
        clock.advance(after);
        for (const guess of ["Noodles", "Fried rice", WEI_LING_ANSWERS[2]]) {
          const tried = await kid.send(guess);
          expect(tried.deleteInbound, guess).toBe(deleted);
          expect(textsOf(tried).includes(DELETED), guess).toBe(deleted);
        }
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it("a new password of the child's own, sent again after 'Done', is deleted", async () => {
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
    await kid.send("tiger lily frog");
    await kid.send("tiger lily frog");
    expect(kid.lastText).toContain("Done");
    const again = await kid.send("tiger lily frog");
    expect(again.deleteInbound).toBe(true);
    expect(textsOf(again)[0]).toBe(DELETED);
  });

  it("the same new password sent minutes after 'Done' is taken as words", async () => {
    const clock = useSchoolClock();
    try {
      await reachNewPasswordChoice(kid);
      await kid.press("I'll type my own");
      await kid.send("tiger lily frog");
      await kid.send("tiger lily frog");
      expect(kid.lastText).toContain("Done");
      clock.advance(3 * MINUTE);
      expect((await kid.send("tiger lily frog")).deleteInbound).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a child who typed the user ID into the password box, then the ID again, is asked for the password", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.id);
    expect(kid.lastText).toContain("don't match");
    const id = await kid.send(WEI_LING.id);
    expect(textsOf(id).join("\n")).not.toContain("Your user ID is not your password");
    expect(kid.lastText).toContain("Now type your password");
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you");
  });

  it("so is a child whose ID matches nobody (a typo): the same ID typed again is taken as an ID", async () => {
    await kid.send("/setup");
    await kid.send("S1009");
    await kid.send("S1009");
    expect(kid.lastText).toContain("don't match");
    const id = await kid.send("S1009");
    expect(textsOf(id).join("\n")).not.toContain("Your user ID is not your password");
    expect(kid.lastText).toContain("Now type your password");
  });

  it("an ID written another way as the password, then again, is taken as an ID alike for a real and a made-up ID", async () => {
    // OpenLDAP finds "mia" for "mİa" (a Turkish capital İ), as the made-up ID "qia" counts with "qİa": the
    // password box then must read "mİa" as the ID typed for both, or the next reply tells which is real.
    world.memoryDirectory.add({
      id: "mia",
      name: "Mia Tan",
      role: "student",
      classes: ["4A"],
      password: "Mia-Pass-2026",
      disabled: false,
    });
    const seen = async (id: string) => {
      const chat = world.chat(`spelt-${id}`);
      await chat.send("/setup");
      await chat.send(id);
      await chat.send(id.replace("i", "İ"));
      return textsOf(await chat.send(id.replace("i", "İ"))).join("\n");
    };
    const real = await seen("mia");
    expect(real).toContain("Now type your password");
    expect(await seen("qia")).toBe(real);
  });

  it("a wrong set-up password sent again lands on the user-ID question: deleted, not taken as an ID", async () => {
    const clock = useSchoolClock();
    try {
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      await kid.send("sunnyday");
      expect(kid.lastText).toContain("don't match");
      const again = await kid.send("sunnyday");
      expect(again.deleteInbound).toBe(true);
      expect(kid.lastText).toContain("Your user ID is not your password. First type your user ID");
      expect(kid.lastText).toContain("Type your user ID.");
      // Still at the user ID: the next words are the ID, and the password is asked for it.
      await kid.send(WEI_LING.id);
      expect(kid.lastText).toContain("Now type your password");
      await kid.send(WEI_LING.password);
      expect(kid.lastText).toContain("Great, it's you");
      // Minutes later the same words at the user ID are taken as an ID, as any are.
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      await kid.send("sunnyday");
      clock.advance(3 * MINUTE);
      expect((await kid.send("sunnyday")).deleteInbound).toBe(false);
      expect(kid.lastText).toContain("Now type your password");
    } finally {
      vi.useRealTimers();
    }
  });
});
