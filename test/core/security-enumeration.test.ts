import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_QUESTIONS } from "../../src/core/questions/question-list.js";
import {
  answersFor,
  countArgon2,
  DEMO_PASSWORDS,
  resetTranscript,
  seenConversation,
} from "../helpers/security-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

const WEI_LING = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
const CHLOE = { animal: "Panda", colour: "Yellow", food: "Nasi lemak" };
const RIGHT_FOR_BOTH = answersFor({ ...WEI_LING });

/**
 * Whatever id is typed, an attacker sees the same conversation as a real student who got an answer wrong, and
 * the server does the same argon2 work: nothing tells which ids exist, are set up, suspended or staff.
 */
describe("no account enumeration in reset", () => {
  let world: TestWorld;
  let argon: ReturnType<typeof countArgon2>;
  let baseline: ReturnType<typeof seenConversation>;

  beforeAll(async () => {
    world = await TestWorld.create();
    await world
      .chat("kid-wei-ling")
      .setUp("S1001", DEMO_PASSWORDS.S1001, [WEI_LING.animal, WEI_LING.colour, WEI_LING.food]);
    const chloe = world.chat("kid-chloe");
    await chloe.setUp("S1004", "Apple-Cloud-78", [CHLOE.animal, CHLOE.colour, CHLOE.food]);
    // Chloe was suspended earlier today (five failed resets).
    await world.failStudent("S1004", 5);
    expect(await world.suspendedUntil("S1004", Date.now())).not.toBeNull();

    argon = countArgon2();
    // The real thing: Wei Ling, from her own chat, gets one answer wrong.
    const real = await resetTranscript(
      world.chat("kid-wei-ling"),
      "S1001",
      answersFor({ animal: WEI_LING.animal, colour: "Green", food: WEI_LING.food }),
    );
    expect(real.questions).toEqual(["animal", "colour", "food"]);
    expect(argon.verifications).toBe(3);
    baseline = seenConversation(real.outcomes);
    expect(baseline.at(-1)!.replies[0]!.words).toContain("Sorry, that didn't work.");
    expect(baseline.at(-1)!.replies[0]!.buttons).toEqual([]);
  });
  afterAll(async () => {
    argon.restore();
    await world.close();
  });

  /** Runs one reset attempt and checks it looks and costs exactly like the real wrong-answer reset. */
  async function expectIndistinguishable(chatUserId: string, id: string, answerFor = RIGHT_FOR_BOTH) {
    argon.reset();
    const attempt = await resetTranscript(world.chat(chatUserId), id, answerFor);
    expect(seenConversation(attempt.outcomes)).toEqual(baseline);
    expect(attempt.questions).toHaveLength(3);
    expect(new Set(attempt.questions).size).toBe(3);
    expect(argon.verifications).toBe(3);
    // No extra hashing either (e.g. making the dummy hash on first use).
    expect(argon.hashes).toBe(0);
    return attempt;
  }

  it("(a) an unknown id looks like a wrong answer, with three argon2 verifications", async () => {
    await expectIndistinguishable("stranger", "S9999");
  });

  it("(a) the same unknown id gets the same three questions on every try, in any case", async () => {
    const first = await expectIndistinguishable("stranger-2", "X7777");
    const again = await expectIndistinguishable("stranger-2", "X7777");
    const shouted = await expectIndistinguishable("stranger-3", "x7777");
    expect(again.questions).toEqual(first.questions);
    expect(shouted.questions).toEqual(first.questions);
    for (const id of first.questions) expect(DEFAULT_QUESTIONS.map((q) => q.id)).toContain(id);
  });

  it("(b) a student who never set up looks the same", async () => {
    await expectIndistinguishable("kid-aisha", "S1002");
  });

  it("(b) a student who linked her chat but never saved answers looks the same, from her own chat", async () => {
    const arjun = world.chat("kid-arjun");
    await arjun.send("/setup");
    await arjun.send("S1003");
    await arjun.send(DEMO_PASSWORDS.S1003);
    await arjun.send("/cancel");
    expect(await world.deps.store.linkedPerson(arjun.ref)).toBe("s1003");
    await expectIndistinguishable("kid-arjun", "S1003");
  });

  it("(c) a set-up student tried from a chat that is not hers looks the same, even with the right answers", async () => {
    await expectIndistinguishable("classmate", "S1001", RIGHT_FOR_BOTH);
    expect(await world.memoryDirectory.authenticate("S1001", DEMO_PASSWORDS.S1001)).not.toBeNull();
  });

  it("(d) a suspended student from her own linked chat looks the same, even with the right answers", async () => {
    await expectIndistinguishable("kid-chloe", "S1004", answersFor({ ...CHLOE }));
    expect(await world.memoryDirectory.authenticate("S1004", "Apple-Cloud-78")).not.toBeNull();
  });

  it("(e) a staff id looks the same, and the admins hear that someone tried it", async () => {
    const before = world.alerts.ofKind("staff-question-reset").length;
    await expectIndistinguishable("stranger-4", "T2001");
    // The audit and alert come after the reply, so that a staff id takes no longer to answer.
    await world.engine.settled();
    const raised = world.alerts.ofKind("staff-question-reset");
    expect(raised).toHaveLength(before + 1);
    expect(raised.at(-1)!.subject).toBe("T2001");
    const events = await world.deps.store.recentAudit(50);
    expect(events.some((e) => e.event === "staff-question-reset" && e.subject === "T2001")).toBe(true);
  });

  it("(e) an admin from her own linked chat looks the same", async () => {
    const priya = world.chat("admin-priya");
    await priya.send("/setup");
    await priya.send("A3001");
    await priya.send(DEMO_PASSWORDS.A3001);
    expect(await world.deps.store.linkedPerson(priya.ref)).toBe("a3001");
    await expectIndistinguishable("admin-priya", "A3001");
    await world.engine.settled();
    expect(world.alerts.ofKind("staff-question-reset").some((a) => a.subject === "A3001")).toBe(true);
  });
});

describe("no account enumeration in set-up", () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await TestWorld.create();
  });
  afterAll(async () => world.close());

  it("a wrong password for a real student and any password for an unknown id get the same words", async () => {
    const conversation = async (chatUserId: string, id: string) => {
      const chat = world.chat(chatUserId);
      return seenConversation([await chat.send("/setup"), await chat.send(id), await chat.send("Not-It-42")]);
    };
    const known = await conversation("try-1", "S1001");
    expect(known.at(-1)!.replies[0]!.words).toContain("that user ID and password don't match");
    expect(await conversation("try-2", "S9999")).toEqual(known);
    expect(await conversation("try-3", "T2001")).toEqual(known);
  });
});
