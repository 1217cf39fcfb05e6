import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { back } from "../../src/core/dialog-commands.js";
import { say } from "../../src/core/flows/flow.js";
import { reservedWord } from "../../src/core/reserved-words.js";
import { openStep, WEI_LING } from "../helpers/dialog-helpers.js";
import { TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

describe("plain words work like the commands", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE);
  });
  afterEach(async () => world.close());

  it("knows the words in every language, whatever their case and punctuation", () => {
    expect(reservedWord("Help!")).toBe("help");
    expect(reservedWord("  STOP ")).toBe("cancel");
    expect(reservedWord("menu")).toBe("start");
    expect(reservedWord("返回")).toBe("back");
    expect(reservedWord("batal")).toBe("cancel");
    expect(reservedWord("உதவி")).toBe("help");
    expect(reservedWord("Tiger")).toBeNull();
    expect(reservedWord("S1001")).toBeNull();
  });

  // The Chinese messages say 想停下 ("to stop") and 停止 was the only word: a child's 停 at the user-ID prompt
  // was her user ID, and she was asked for her password.
  it("停, a Chinese child's 'stop', stops at the user-ID prompt as 停止 does", async () => {
    const kid = world.chat();
    await world.deps.store.setChatLanguage(kid.ref, "zh");
    await kid.send("/setup");
    await kid.send("停");
    expect(kid.lastText).toContain("好的，我们停下了");
    expect(await openStep(world, kid)).toBeNull();
  });

  it("knows a word pasted with invisible characters (a zero-width space, a direction mark)", () => {
    expect(reservedWord("help\u200b")).toBe("help");
    expect(reservedWord("\u200fstop")).toBe("cancel");
    expect(reservedWord("\ufeffmenu")).toBe("start");
  });

  it("at the user-ID prompt a reserved word is the command, never an id, and never a failed try", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send("help");
    expect(kid.lastText).toContain("To stop, type /cancel.");
    expect(kid.lastText).toContain("Type your user ID");
    await kid.send("stop");
    expect(kid.lastText).toContain("Okay, we stopped.");
    expect(await openStep(world, kid)).toBeNull();

    await kid.send("/reset");
    for (const word of ["help", "menu", "Help", "HELP", "help!"]) await kid.send(word);
    expect(
      await world.deps.limits.chatBlockedUntil({ chat: kid.ref, now: Date.now(), deps: world.deps }),
    ).toBeNull();
    await kid.send("menu");
    expect(kid.lastText).toContain("What would you like to do?");
  });

  it("'back' in set-up goes back one step: choose a different question", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    expect(kid.lastText).toContain("What is your favourite animal?");
    // At the answer prompt "back" cannot be an answer (set-up refuses it), so it goes back.
    await kid.send("help");
    expect(kid.lastText).toContain("To stop, type /cancel.");
    expect(kid.lastText).toContain("What is your favourite animal?");
    const outcome = await kid.send("back");
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("Choose question 1 of 3.");
    await kid.press("favourite colour");
    await kid.send("Purple");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
    await kid.send("back");
    expect(kid.lastText).toContain("let's do your last question again");
    expect(kid.buttons.some((b) => b.includes("favourite colour"))).toBe(true);
  });

  it("at the set-up password prompt 'back' is the password, as every word there: a wrong try, not a step back", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    const typed = await kid.send("back");
    expect(typed.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("that user ID and password don't match");
    const counted = await world.deps.store.attemptCountsOf(WEI_LING.id);
    expect(counted).toEqual([expect.objectContaining({ event: "link", outcome: "failed", count: 1 })]);
    // back() has no way back from a password prompt: the step there never sees a command word.
    const atPassword = { name: "setup.password" as const, typedId: WEI_LING.id };
    const loaded = { revision: 1, document: { schema: 3, step: 7, startedAt: 0, state: atPassword } };
    expect(back(loaded as never)).toEqual({ next: atPassword, say: [say("input.noBack")], sameStep: true });
  });

  it("'back' with nothing open does not say to type cancel; in an open dialog with no step back, it does", async () => {
    const kid = world.chat();
    await kid.send("back");
    expect(kid.lastText).toContain("There is nothing to go back to right now.");
    expect(kid.lastText).not.toContain("cancel");
    await kid.send("/reset");
    await kid.send("back");
    expect(kid.lastText).toContain("There is no step to go back to here. Type /cancel to stop.");
    expect(kid.lastText).toContain("Type your user ID.");
  });

  it("'stop' at a set-up answer prompt stops the set-up (it could never be an answer)", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("stop");
    expect(kid.lastText).toContain("Okay, we stopped.");
    expect(await openStep(world, kid)).toBeNull();
  });

  // A child who knows /cancel and /help types the plain words with a slash too: "/stop" is no unknown command.
  it("'/stop', '/menu' and '/back' work as 'stop', 'menu' and 'back' do; at a password prompt they are the password, typed again", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send("/stop");
    expect(kid.lastText).toContain("Okay, we stopped.");
    expect(await openStep(world, kid)).toBeNull();

    await kid.send("/menu");
    expect(kid.buttons).toContain("I forgot my password");
    expect(kid.lastText).not.toContain("I don't know that command");

    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("/back");
    expect(kid.lastText).toContain("Choose question 1 of 3.");

    await kid.send("/cancel");
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    const asked = await kid.send("/stop");
    expect(asked.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("To stop, type /cancel.");
    const typed = await kid.send("/stop");
    expect(typed.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("that user ID and password don't match");
  });

  it("a reply that is not one of the offered choices says how to choose, with the real range; a number picks", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.send("the animal one");
    expect(kid.lastText).toContain("Tap a button, or type its number (1–8).");
    await kid.send("2");
    expect(kid.lastText).toContain("What is your favourite colour?");
  });

  it("a number typed with full-width digits (a Chinese keyboard) picks its button too", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.send("２");
    expect(kid.lastText).toContain("What is your favourite colour?");
  });

  // A Tamil keyboard has its own digits: ௧ ௨ ௩ (one, two, three).
  it.each([
    ["௨", "What is your favourite colour?"],
    ["௪.", "What is your favourite food?"],
  ])("a number typed in Tamil digits ('%s') picks its button too", async (typed, question) => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.send(typed);
    expect(kid.lastText).toContain(question);
  });

  it("/help for students is under 40 words", async () => {
    const words = translate({ key: "help" })
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w));
    expect(words.length).toBeLessThan(40);
  });
});

describe("staff see a staff menu", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("a teacher's /start and anything not understood give her own commands as buttons", async () => {
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/start");
    expect(teacher.buttons).toEqual([
      "Help a student get a new password",
      "Unlock a student",
      "Who has not set up yet",
      "🌐 Language",
    ]);
    await teacher.send("hello there");
    expect(teacher.buttons).toContain("Unlock a student");
    await teacher.press("Unlock a student");
    expect(teacher.lastText).toContain("Which student? Type their user ID.");
  });

  it("an admin also gets the audit and statistics", async () => {
    const admin = world.chat("priya");
    await linkStaff(admin, PRIYA);
    await admin.send("/start");
    expect(admin.buttons).toContain("School statistics");
    await admin.press("School statistics");
    expect(admin.lastText).toContain("set up");
  });

  // An admin's /unlock also lifts a staff account's pause and a chat's: "Unlock a student" sent her elsewhere.
  it("an admin's unlock button says it unlocks an account, and asks whose", async () => {
    const admin = world.chat("priya");
    await linkStaff(admin, PRIYA);
    await admin.send("/start");
    expect(admin.buttons).toEqual([
      "Help a student get a new password",
      "Unlock an account",
      "Who has not set up yet",
      "A person's audit record",
      "School statistics",
      "🌐 Language",
    ]);
    await admin.press("Unlock an account");
    expect(admin.lastText).toContain("Whose account or chat?");
  });

  it("a student still gets the student menu", async () => {
    const kid = world.chat();
    await kid.send("/start");
    expect(kid.buttons).toEqual([
      "Set up my secret questions",
      "I forgot my password",
      "Help",
      "🌐 Language",
    ]);
  });
});
