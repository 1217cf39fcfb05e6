import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { connectionLostOnce } from "../helpers/connection-lost.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const SORRY = "Something went wrong on my side";
const LINKED_TO_ANOTHER = "linked to another chat";
const PRACTICE_OFFER = "Shall we check that you remember your answers?";

/**
 * Set-up's last answer: the save reaches Redis, but its reply is lost (the connection drops just after the
 * write) or the turn's end fails. The child is told to try again, and types her last answer again. Before,
 * that retry found the version moved by her own save and told her "This account was linked to another chat
 * while we were talking", though nobody else had touched it.
 */
describe("set-up's final save made, its reply lost", () => {
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

  async function setUpWithLastReplyLost(command: string): Promise<void> {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("What is your favourite animal?");
    await kid.send(WEI_LING_ANSWERS[0]);
    await kid.press("What is your favourite colour?");
    await kid.send(WEI_LING_ANSWERS[1]);
    await kid.press("What is your favourite food?");
    connectionLostOnce(world, command);
    await kid.send(WEI_LING_ANSWERS[2]);
    expect(kid.lastText).toContain(SORRY);
    expect(await openStep(world, kid)).toBe("setup.answer");
  }

  it.each(["guardSaveEnrolment", "storeEndChatTurn"])(
    "(%s failed): her last answer typed again finishes set-up kindly, and the answers work",
    async (command) => {
      await setUpWithLastReplyLost(command);
      await kid.send(WEI_LING_ANSWERS[2]);
      expect(kid.lastText).not.toContain(LINKED_TO_ANOTHER);
      expect(kid.lastText).toContain(PRACTICE_OFFER);
      await kid.press("No thanks");

      await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
      expect(kid.lastText).toContain("all 3 answers are right");
    },
  );

  it("a different last answer typed at the retry is the one kept", async () => {
    await setUpWithLastReplyLost("guardSaveEnrolment");
    await kid.send("Laksa");
    expect(kid.lastText).toContain(PRACTICE_OFFER);
    await kid.press("No thanks");

    await kid.answerReset(WEI_LING.id, (question) =>
      question.includes("food") ? "Laksa" : weiLingAnswerFor(question),
    );
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("the practice round after it checks against the answers saved", async () => {
    await setUpWithLastReplyLost("guardSaveEnrolment");
    await kid.send(WEI_LING_ANSWERS[2]);
    await kid.press("Check that I remember");
    for (let i = 0; i < 3; i++) {
      const asked = ["animal", "colour", "food"].find((word) => kid.lastText.includes(word));
      await kid.send(weiLingAnswerFor(asked ?? "food"));
    }
    expect(kid.lastText).not.toContain(LINKED_TO_ANOTHER);
    expect(kid.lastText).not.toContain(SORRY);
  });

  it("another chat that linked her meanwhile still wins: the retry saves nothing", async () => {
    await setUpWithLastReplyLost("guardSaveEnrolment");
    const other = world.chat("kid-2");
    await other.send("/setup");
    await other.send(WEI_LING.id);
    await other.send(WEI_LING.password);
    expect(other.lastText).toContain("This chat is now linked");
    await kid.send(WEI_LING_ANSWERS[2]);
    expect(kid.lastText).toContain(LINKED_TO_ANOTHER);
  });
});
