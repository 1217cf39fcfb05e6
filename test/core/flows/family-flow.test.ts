import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatAlert } from "../../../src/alerts/format-alert.js";
import { translate } from "../../../src/core/i18n/translate.js";
import { openStep } from "../../helpers/dialog-helpers.js";
import { DEMO_PASSWORDS, seenConversation } from "../../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const WEI_LING = ["Tiger", "Purple", "Chicken rice"] as [string, string, string];
const AISHA = ["Rabbit", "Orange", "Dumplings"] as [string, string, string];

describe("a family phone: siblings share a parent's chat", () => {
  let world: TestWorld;
  let phone: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    phone = world.chat("mums-phone");
    await phone.setUp("S1001", DEMO_PASSWORDS.S1001, WEI_LING);
    await phone.press("No thanks");
    await phone.setUp("S1002", DEMO_PASSWORDS.S1002, AISHA);
    await phone.press("No thanks");
  });
  afterEach(async () => world.close());

  it("linking a second child keeps the first", async () => {
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1001", "s1002"]);
  });

  it("/reset asks 'Which of you?' with their names, then goes to that child's own questions", async () => {
    await phone.send("/reset");
    expect(phone.lastText).toContain("Which of you needs a new password?");
    expect(phone.buttons).toEqual(["Tan Wei Ling", "Aisha Binte Rahman"]);
    await phone.press("Aisha Binte Rahman");
    expect(phone.lastText).toContain("Hi Aisha Binte Rahman!");
    const answers: Record<string, string> = { animal: AISHA[0], colour: AISHA[1], food: AISHA[2] };
    for (let i = 0; i < 3; i++) {
      const key = Object.keys(answers).find((k) => phone.lastText.includes(k))!;
      await phone.send(answers[key]!);
    }
    expect(phone.lastText).toContain("all 3 answers are right");
  });

  it("limits stay per student: one child's failures do not suspend the other", async () => {
    for (let i = 0; i < 5; i++) {
      await phone.send("/reset");
      await phone.press("Tan Wei Ling");
      for (let q = 0; q < 3; q++) await phone.send(`wrong guess ${q + 1}`);
    }
    expect(await world.suspendedUntil("S1001")).not.toBeNull();
    expect(await world.suspendedUntil("S1002")).toBeNull();
  });

  it("/logout asks who (or everyone) and unlinks only that child", async () => {
    await phone.send("/logout");
    expect(phone.buttons).toEqual(["Tan Wei Ling", "Aisha Binte Rahman", "Everyone", "No, keep everyone"]);
    await phone.press("Tan Wei Ling");
    expect(phone.lastText).toContain("Tan Wei Ling is no longer linked to this chat.");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1002"]);
    await phone.send("/reset");
    expect(phone.lastText).toContain("Hi Aisha Binte Rahman!");
  });

  it("/reset offers only the children, not a teacher linked to the same phone", async () => {
    await linkStaff(phone, MRS_NG);
    await phone.send("/reset");
    expect(phone.lastText).toContain("Which of you needs a new password?");
    expect(phone.buttons).toEqual(["Tan Wei Ling", "Aisha Binte Rahman"]);
    // She can still be unlinked.
    await phone.send("/logout");
    expect(phone.buttons).toEqual([
      "Tan Wei Ling",
      "Aisha Binte Rahman",
      MRS_NG.name,
      "Everyone",
      "No, keep everyone",
    ]);
    expect(world.alerts.ofKind("staff-question-reset")).toEqual([]);
  });

  it("a phone linked to children and their teacher shows both: the teacher's menu and help, and the children's", async () => {
    await linkStaff(phone, MRS_NG);
    await phone.send("/start");
    expect(phone.buttons).toEqual([
      "Help a student get a new password",
      "Unlock a student",
      "Who has not set up yet",
      "Set up my secret questions",
      "I forgot my password",
      "🌐 Language",
    ]);
    await phone.press("I forgot my password");
    expect(phone.lastText).toContain("Which of you needs a new password?");
    await phone.send("/cancel");
    await phone.send("/help");
    expect(phone.lastText).toContain("Teacher commands");
    expect(phone.lastText).toContain("Here is what I can do");
  });

  it("with one child and a teacher linked, /reset goes straight to the child's questions", async () => {
    await phone.send("/logout");
    await phone.press("Aisha Binte Rahman");
    await linkStaff(phone, MRS_NG);
    await phone.send("/reset");
    expect(phone.lastText).toContain("Hi Tan Wei Ling! Let's make you a new password.");
    expect(phone.lastText).toContain("Question 1 of 3");
    expect(world.alerts.ofKind("staff-question-reset")).toEqual([]);
  });

  it("a child linked from another chat: the phone is told which child, and the admins which chats", async () => {
    const tablet = world.chat("aishas-tablet");
    await tablet.send("/setup");
    await tablet.send("S1002");
    await tablet.send(DEMO_PASSWORDS.S1002);
    expect(world.notices.map((n) => [n.chat, translate(n.reply.text)])).toEqual([
      [
        phone.ref,
        "Aisha Binte Rahman's school account was just linked to a different chat, so it is no longer linked here. If Aisha Binte Rahman didn't do this, tell a teacher right away.",
      ],
    ]);
    const [alert] = world.alerts.ofKind("relink");
    expect(alert).toEqual({
      kind: "relink",
      subject: "S1002",
      details: { from: "telegram:mums-phone", to: "telegram:aishas-tablet" },
      episode: "telegram:mums-phone>telegram:aishas-tablet",
    });
    expect(formatAlert(alert!, 0)).toContain("(from telegram:mums-phone to telegram:aishas-tablet)");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1001"]);
  });

  it("/logout for everyone says that everyone is unlinked, not only 'your account'", async () => {
    await phone.send("/logout");
    await phone.press("Everyone");
    expect(phone.lastText).toContain("Everyone is unlinked from this chat.");
    expect(phone.lastText).not.toContain("your account");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual([]);
  });
});

describe("a full family phone", () => {
  const PASSWORDS = { ...DEMO_PASSWORDS, S1004: "Apple-Cloud-78", S1005: "Tiger-Boat-90" } as const;
  let world: TestWorld;
  let phone: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    phone = world.chat("mums-phone");
    for (const id of ["S1001", "S1002", "S1003", "S1004"] as const) {
      await phone.send("/setup");
      await phone.send(id);
      await phone.send(PASSWORDS[id]);
      await phone.send("/cancel");
    }
    expect(await world.deps.store.linkedPeople(phone.ref)).toHaveLength(4);
  });
  afterEach(async () => world.close());

  it("refuses one more child as soon as the user ID is typed, before asking for a password", async () => {
    await phone.send("/setup");
    await phone.send("S1005");
    expect(phone.lastText).toContain("This chat is already linked to 4 students.");
    expect(phone.lastText).not.toContain("password");
    expect(await openStep(world, phone)).toBeNull();
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1001", "s1002", "s1003", "s1004"]);
  });

  it("refuses an ID that belongs to nobody in just the same way, so it says nothing about who exists", async () => {
    await phone.send("/setup");
    const real = seenConversation([await phone.send("S1005")]);
    await phone.send("/setup");
    const madeUp = seenConversation([await phone.send("S9999")]);
    expect(madeUp).toEqual(real);
  });

  it("its refusals write nothing about the ID typed: they cannot flush a classmate's audit trail", async () => {
    const before = await world.deps.store.auditTrailOf("S1005", 100);
    const dayBefore = (await world.deps.store.recentAudit(1000)).length;
    for (let i = 0; i < 25; i++) {
      await phone.send("/setup");
      await phone.send("S1005");
    }
    expect(await world.deps.store.auditTrailOf("S1005", 100)).toEqual(before);
    expect((await world.deps.store.recentAudit(1000)).length).toBe(dayBefore);
  });

  it("still lets a child who is already linked here do set-up again", async () => {
    await phone.send("/setup");
    await phone.send("s1002");
    expect(phone.lastText).toContain("Now type your password");
    await phone.send(PASSWORDS.S1002);
    expect(phone.lastText).toContain("Aisha Binte Rahman");
    expect(phone.lastText).toContain("Choose question 1 of 3");
  });
});

describe("a family phone shared with the children's teacher: the limit counts students only", () => {
  let world: TestWorld;
  let phone: TestChat;
  /** Links with the password, stopping before the questions. */
  async function link(id: keyof typeof DEMO_PASSWORDS) {
    await phone.send("/setup");
    await phone.send(id);
    await phone.send(DEMO_PASSWORDS[id]);
    const told = phone.lastText;
    if (!told.includes("now linked")) return told;
    if (id.startsWith("S")) await phone.send("/cancel");
    return told;
  }
  beforeEach(async () => {
    world = await TestWorld.create({ CHAT_MAX_LINKED_STUDENTS: "2" });
    phone = world.chat("mrs-ngs-family-phone");
  });
  afterEach(async () => world.close());

  it("the teacher's own link takes no child's place: two children still link after her", async () => {
    await linkStaff(phone, MRS_NG);
    expect(await link("S1001")).toContain("now linked");
    expect(await link("S1002")).toContain("now linked");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["t2001", "s1001", "s1002"]);
  });

  it("a third child is refused at the user ID, in words about students, the same as a made-up ID, with no audit", async () => {
    await linkStaff(phone, MRS_NG);
    await link("S1001");
    await link("S1002");
    const audited = (await world.deps.store.recentAudit(1000)).length;
    await phone.send("/setup");
    const real = seenConversation([await phone.send("S1003")]);
    expect(phone.lastText).toContain("This chat is already linked to 2 students.");
    expect(phone.lastText).not.toContain("password");
    await phone.send("/setup");
    const madeUp = seenConversation([await phone.send("S9999")]);
    expect(madeUp).toEqual(real);
    expect((await world.deps.store.recentAudit(1000)).length).toBe(audited);
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["t2001", "s1001", "s1002"]);
  });

  it("the store counts students only too: a child proven after the ID step cannot make it three", async () => {
    await linkStaff(phone, MRS_NG);
    await link("S1001");
    // Another child is at the password prompt when a sibling links (as if from a second dialog).
    await phone.send("/setup");
    await phone.send("S1002");
    await world.deps.store.link(phone.ref, "S1003", 2, ["T2001"]);
    await phone.send(DEMO_PASSWORDS.S1002);
    expect(phone.lastText).toContain("This chat is already linked to 2 students.");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["t2001", "s1001", "s1003"]);
  });
});
