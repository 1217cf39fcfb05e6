import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { connectionLostOnce } from "../helpers/connection-lost.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const SORRY = "Something went wrong on my side";
const LINKED_TO_ANOTHER = "linked to another chat";
const SAVED_NEW = "I saved your new answer.";
const ALL_DONE = "Your answers are saved.";

/**
 * The practice round: an answer that came out different is changed ("Type the answer you want to keep"). Its
 * save reaches Redis but the reply is lost (the connection drops just after the write) or the turn's end
 * fails. The child is told to try again, and types her new answer again. Before, that retry found the version
 * moved by her own save and told her "This account was linked to another chat while we were talking".
 */
describe("the practice round's changed answer saved, its reply lost", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await world.close();
  });

  /** Set up, practise with `practice`'s answers (different where they differ), reach the first change. */
  async function reachFix(practice: Record<string, string>): Promise<void> {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    for (let i = 0; i < 3; i++) {
      const asked = Object.keys(practice).find((word) => kid.lastText.includes(word));
      await kid.send(practice[asked!]!);
    }
    expect(kid.lastText).toContain("Type the answer you want to keep");
  }

  /** The new answer typed, then typed again (which saves it), that second reply lost. */
  async function changeWithReplyLost(command: string, answer: string): Promise<void> {
    await kid.send(answer);
    expect(kid.lastText).toContain("Type the same answer again");
    connectionLostOnce(world, command);
    await kid.send(answer);
    expect(kid.lastText).toContain(SORRY);
    expect(await openStep(world, kid)).toBe("setup.practiceFixAgain");
  }

  const answerWith = (changed: Record<string, string>) => (question: string) =>
    Object.entries(changed).find(([word]) => question.includes(word))?.[1] ?? weiLingAnswerFor(question);

  it.each(["guardSaveEnrolment", "storeEndChatTurn"])(
    "(%s failed): her new answer typed again finishes the practice, and a reset takes it",
    async (command) => {
      await reachFix({ animal: "Tiger", colour: "Blue", food: "Chicken rice" });
      await changeWithReplyLost(command, "Blue");
      await kid.send("Blue");
      expect(kid.lastText).not.toContain(LINKED_TO_ANOTHER);
      expect(kid.lastText).toContain(SAVED_NEW);
      expect(kid.lastText).toContain(ALL_DONE);
      expect(await openStep(world, kid)).toBeNull();

      await kid.answerReset(WEI_LING.id, answerWith({ colour: "Blue" }));
      expect(kid.lastText).toContain("all 3 answers are right");
    },
  );

  it("a different answer typed at the retry is the one kept", async () => {
    await reachFix({ animal: "Tiger", colour: "Blue", food: "Chicken rice" });
    await changeWithReplyLost("guardSaveEnrolment", "Blue");
    await kid.send("Orange");
    expect(kid.lastText).toContain("The two answers were not the same");
    await kid.send("Orange");
    await kid.send("Orange");
    expect(kid.lastText).toContain(SAVED_NEW);

    await kid.answerReset(WEI_LING.id, answerWith({ colour: "Orange" }));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("with two to change, the first's retry moves on to the second, and both are kept", async () => {
    await reachFix({ animal: "Lion", colour: "Blue", food: "Chicken rice" });
    await changeWithReplyLost("guardSaveEnrolment", "Lion");
    await kid.send("Lion");
    expect(kid.lastText).toContain(SAVED_NEW);
    expect(kid.lastText).toContain("What is your favourite colour?");
    await kid.send("Blue");
    await kid.send("Blue");
    expect(kid.lastText).toContain(ALL_DONE);

    await kid.answerReset(WEI_LING.id, answerWith({ animal: "Lion", colour: "Blue" }));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("another chat that set her up meanwhile still wins: the retry saves nothing", async () => {
    await reachFix({ animal: "Tiger", colour: "Blue", food: "Chicken rice" });
    await changeWithReplyLost("guardSaveEnrolment", "Blue");
    const other = world.chat("kid-2");
    await other.setUp(WEI_LING.id, WEI_LING.password, ["Lion", "Green", "Laksa"]);
    await other.press("No thanks");
    await kid.send("Blue");
    expect(kid.lastText).toContain(LINKED_TO_ANOTHER);

    await other.answerReset(WEI_LING.id, answerWith({ animal: "Lion", colour: "Green", food: "Laksa" }));
    expect(other.lastText).toContain("all 3 answers are right");
  });

  it("another chat linked meanwhile, her answers left as they were: the change saves nothing", async () => {
    await reachFix({ animal: "Tiger", colour: "Blue", food: "Chicken rice" });
    const other = world.chat("kid-2");
    await other.send("/setup");
    await other.send(WEI_LING.id);
    await other.send(WEI_LING.password);
    await other.send("/cancel");
    await kid.send("Blue");
    expect(kid.lastText).toContain(LINKED_TO_ANOTHER);

    await other.answerReset(WEI_LING.id, answerWith({}));
    expect(other.lastText).toContain("all 3 answers are right");
  });
});
