import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_QUESTIONS } from "../../src/core/questions/question-list.js";
import {
  answersFor,
  countArgon2,
  DEMO_PASSWORDS,
  resetTranscript,
  seenConversation,
  TYPED_ID_ROUTE,
} from "../helpers/security-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

const WEI_LING = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
const CHLOE = { animal: "Panda", colour: "Yellow", food: "Nasi lemak" };
const RIGHT_FOR_BOTH = answersFor({ ...WEI_LING });

describe("no account enumeration in reset, by default (a reset needs the linked chat)", () => {
  it("any chat that is not linked is told the same at once: no id asked, no hashing, nothing counted", async () => {
    const world = await TestWorld.create();
    await world
      .chat("kid-wei-ling")
      .setUp("S1001", DEMO_PASSWORDS.S1001, ["Tiger", "Purple", "Chicken rice"]);
    const argon = countArgon2();
    const first = world.chat("stranger-1");
    await first.send("/reset");
    expect(first.lastText).toContain("I can only make a new password in the chat you used to set up");
    expect(first.lastText).toContain("form teacher");
    const second = world.chat("stranger-2");
    expect(seenConversation([await second.send("/reset")])).toEqual(seenConversation([first.last]));
    await second.send("S1001");
    expect(argon.verifications).toBe(0);
    expect(
      await world.deps.limits.chatBlockedUntil({
        chat: second.ref,
        now: Date.now(),
        deps: world.deps,
        language: "en",
      }),
    ).toBeNull();
    argon.restore();
    await world.close();
  });
});

/**
 * A school that lets a typed id lead to questions: whatever id is typed, an attacker sees the same
 * conversation as a real student who got an answer wrong, and the server does the same argon2 work: nothing
 * tells which ids exist, are set up, suspended or staff.
 */
describe("no account enumeration in reset, when a typed id leads to questions", () => {
  let world: TestWorld;
  let argon: ReturnType<typeof countArgon2>;
  let baseline: ReturnType<typeof seenConversation>;

  beforeAll(async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE);
    await world
      .chat("kid-wei-ling")
      .setUp("S1001", DEMO_PASSWORDS.S1001, [WEI_LING.animal, WEI_LING.colour, WEI_LING.food]);
    const chloe = world.chat("kid-chloe");
    await chloe.setUp("S1004", "Apple-Cloud-78", [CHLOE.animal, CHLOE.colour, CHLOE.food]);
    // Chloe was suspended earlier today (five failed resets).
    await world.failStudent("S1004", 5);
    expect(await world.suspendedUntil("S1004", Date.now())).not.toBeNull();

    argon = countArgon2();
    // The real thing: Wei Ling, at a friend's phone, gets one answer wrong.
    const real = await resetTranscript(
      world.chat("friends-phone"),
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

  it("(a) an unknown id gets the same questions however it is written where a directory takes it as the same", async () => {
    // OpenLDAP finds "gina" for "gİna" (a Turkish capital İ), and both directories "mary ann" for "mary  ann":
    // a real id's questions are the same then, so a made-up id's must be too.
    const plain = await expectIndistinguishable("stranger-4", "xi77");
    const dotted = await expectIndistinguishable("stranger-5", "Xİ77");
    expect(dotted.questions).toEqual(plain.questions);
  });

  it("(b) a student who never set up looks the same", async () => {
    await expectIndistinguishable("kid-aisha", "S1002");
  });

  it("(d) a suspended student looks the same, even with the right answers", async () => {
    await expectIndistinguishable("chloes-friend", "S1004", answersFor({ ...CHLOE }));
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
});

describe("in the student's own linked chat, the bot speaks plainly", () => {
  it("not set up, suspended, or a staff account: each is told what is going on and what to do", async () => {
    const world = await TestWorld.create();
    const arjun = world.chat("kid-arjun");
    await arjun.send("/setup");
    await arjun.send("S1003");
    await arjun.send(DEMO_PASSWORDS.S1003);
    await arjun.send("/cancel");
    await arjun.send("/reset");
    expect(arjun.lastText).toContain(
      "You have not set up your secret questions yet, so I can't make you a new password yet. Ask your form teacher",
    );

    const chloe = world.chat("kid-chloe");
    await chloe.setUp("S1004", "Apple-Cloud-78", [CHLOE.animal, CHLOE.colour, CHLOE.food]);
    await world.failStudent("S1004", 5);
    await chloe.send("/reset");
    expect(chloe.lastText).toContain("too many wrong answers");
    expect(chloe.lastText).toContain("form teacher");

    const priya = world.chat("admin-priya");
    await priya.send("/setup");
    await priya.send("A3001");
    await priya.send(DEMO_PASSWORDS.A3001);
    await priya.send("/reset");
    expect(priya.lastText).toContain("Teacher and admin accounts can't use secret questions");
    await world.close();
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
