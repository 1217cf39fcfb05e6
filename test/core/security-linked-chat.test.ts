import { afterEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { alreadySetUp, answersFor, DEMO_PASSWORDS, resetTranscript } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
const RIGHT = answersFor(ANSWERS);

describe("a reset needs the chat that was linked in set-up", () => {
  let world: TestWorld;
  let phoneA: TestChat;
  let phoneB: TestChat;
  afterEach(async () => world.close());

  async function weiLingSetUpOnPhoneA(env: Record<string, string> = {}) {
    world = await TestWorld.create(env);
    phoneA = world.chat("wei-ling-phone");
    phoneB = world.chat("mums-tablet");
    await alreadySetUp(world, phoneA, "S1001", ANSWERS);
  }

  const passwordStill = async (password: string) =>
    expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();

  it("from another chat no question is even asked, and nothing changes", async () => {
    await weiLingSetUpOnPhoneA();
    const attempt = await resetTranscript(phoneB, "S1001", RIGHT);
    expect(attempt.questions).toHaveLength(0);
    expect(phoneB.lastText).toContain("I can only make a new password in the chat you used to set up");
    expect(phoneB.lastText).toContain("form teacher can help");
    await passwordStill(DEMO_PASSWORDS.S1001);
    expect(world.notices).toEqual([]);

    await resetTranscript(phoneA, "S1001", RIGHT);
    expect(phoneA.lastText).toContain("all 3 answers are right");
  });

  it("with RESET_REQUIRES_LINKED_CHAT=false another chat can reset, and the linked chat is told", async () => {
    await weiLingSetUpOnPhoneA({ RESET_REQUIRES_LINKED_CHAT: "false" });
    await resetTranscript(phoneB, "S1001", RIGHT);
    expect(phoneB.lastText).toContain("all 3 answers are right");
    await phoneB.press("Make one for me");
    const password = String(phoneB.last.replies[0]?.text.params?.password);
    await passwordStill(password);

    expect(world.notices.map((n) => [n.chat.chatUserId, translate(n.reply.text)])).toEqual([
      [
        "wei-ling-phone",
        "Tan Wei Ling, your school account password was just changed. If this wasn't you, tell your teacher right away.",
      ],
    ]);
  });

  it("re-linking from another chat needs the password, tells the old chat and the admins, and moves the reset", async () => {
    await weiLingSetUpOnPhoneA();
    const newAnswers = { sport: "Badminton", toy: "Lego", book: "Matilda" };
    await phoneB.setUp(
      "S1001",
      DEMO_PASSWORDS.S1001,
      [newAnswers.sport, newAnswers.toy, newAnswers.book],
      ["sport", "toy", "book"],
    );
    expect(phoneB.lastText).toContain("All done");

    expect(world.notices).toHaveLength(1);
    expect(world.notices[0]!.chat).toEqual(phoneA.ref);
    expect(translate(world.notices[0]!.reply.text)).toBe(
      "Tan Wei Ling's school account was just linked to a different chat, so it is no longer linked here. If Tan Wei Ling didn't do this, tell a teacher right away.",
    );
    expect(world.alerts.ofKind("relink")).toEqual([expect.objectContaining({ subject: "S1001" })]);
    const events = await world.deps.store.recentAudit(100);
    expect(events.some((e) => e.event === "relink" && e.subject === "S1001")).toBe(true);

    // The old chat cannot reset any more, even with the right answers...
    await resetTranscript(phoneA, "S1001", answersFor(newAnswers));
    expect(phoneA.lastText).toContain("I can only make a new password in the chat you used to set up");
    await passwordStill(DEMO_PASSWORDS.S1001);
    // ...and the new one can.
    await resetTranscript(phoneB, "S1001", answersFor(newAnswers));
    expect(phoneB.lastText).toContain("all 3 answers are right");
  });

  it("re-linking with a wrong password changes nothing and tells nobody", async () => {
    await weiLingSetUpOnPhoneA();
    await phoneB.send("/setup");
    await phoneB.send("S1001");
    await phoneB.send("Garden-Lamp-22");
    expect(phoneB.lastText).toContain("that user ID and password don't match");
    expect(world.notices).toEqual([]);
    expect(world.alerts.ofKind("relink")).toEqual([]);
    expect(await world.deps.store.linkedChat("S1001")).toEqual(phoneA.ref);
  });
});
