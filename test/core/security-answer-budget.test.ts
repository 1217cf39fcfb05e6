import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { StoreUnavailableError } from "../../src/core/errors.js";
import type { LimitKind } from "../../src/core/ports/limit-counters.js";
import {
  countArgon2,
  DEMO_PASSWORDS,
  MINUTE,
  useSchoolClock,
  TYPED_ID_ROUTE,
  UNPACED_ID_LOOKUPS,
} from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const TOO_MANY_TRIES = "There have been too many tries from this chat.";

/** "/reset, any id, one answer, /cancel": one argon2 verification a round, never a failed reset. */
async function probeOnce(chat: TestChat, id: string): Promise<void> {
  await chat.send("/reset");
  await chat.send(id);
  await chat.send("a guess");
  await chat.send("/cancel");
}

describe("answer checks cost the attacker, not the school", () => {
  let world: TestWorld;
  let clock: ReturnType<typeof useSchoolClock>;
  beforeEach(async () => {
    clock = useSchoolClock();
    world = await TestWorld.create({ ...TYPED_ID_ROUTE, ...UNPACED_ID_LOOKUPS });
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  it("a chat that answers one question and cancels, again and again, is stopped after 30 checks, before the id step", async () => {
    const argon = countArgon2();
    const prober = world.chat("prober");
    for (let i = 0; i < 30; i++) await probeOnce(prober, `Q${9000 + i}`);
    // The 30th is paid for, but ends the reset at once (no later answer could be checked): not done.
    expect(argon.verifications).toBe(29);

    await prober.send("/reset");
    expect(prober.lastText).toContain(TOO_MANY_TRIES);
    expect(prober.lastText).not.toContain("Type your user ID");
    await prober.send("S1001");
    await prober.send("a guess");
    expect(argon.verifications).toBe(29);
    expect(world.alerts.ofKind("chat-throttled")).toEqual([
      expect.objectContaining({ subject: "telegram:prober" }),
    ]);
    // The admins read which limit it was: answer checks, not failed tries.
    const [alert] = world.alerts.ofKind("chat-throttled");
    expect(formatAlert(alert!)).toContain("after 30 answer checks");
    argon.restore();
  });

  it("a real student's id and a made-up one cost the prober the same", async () => {
    const a = world.chat("prober-a");
    const b = world.chat("prober-b");
    for (let i = 0; i < 29; i++) {
      await probeOnce(a, "S1001");
      await probeOnce(b, `Q${9000 + i}`);
    }
    await a.send("/reset");
    await b.send("/reset");
    expect(a.lastText).toBe(b.lastText);
    expect(a.lastText).toContain("Type your user ID");
  });

  it("the whole school's checks per minute are bounded: beyond, students are told to try later and admins hear of it", async () => {
    await world.close();
    world = await TestWorld.create({
      ...TYPED_ID_ROUTE,
      ...UNPACED_ID_LOOKUPS,
      SCHOOL_MAX_ANSWER_CHECKS_PER_MINUTE: "3",
    });
    const argon = countArgon2();
    for (let i = 0; i < 3; i++) await probeOnce(world.chat(`chat-${i}`), "S1001");
    const late = world.chat("late");
    await late.send("/reset");
    await late.send("S1002");
    await late.send("a guess");
    expect(late.lastText).toContain("I'm very busy right now.");
    expect(argon.verifications).toBe(3);
    expect(world.alerts.ofKind("answer-check-flood")).toHaveLength(1);
    argon.restore();
  });

  /** Makes the store fail to count one kind of limit, as if its Redis node were gone; the others still count. */
  function failCounting(failing: LimitKind) {
    const real = world.deps.store.countFailure.bind(world.deps.store);
    return vi
      .spyOn(world.deps.store, "countFailure")
      .mockImplementation((kind, ...rest) =>
        kind === failing ? Promise.reject(new StoreUnavailableError()) : real(kind, ...rest),
      );
  }

  /** The school's answer checks counted within its window, or a chat's. */
  async function checksCounted(kind: "school-answer-checks" | "answer-checks", subject: string) {
    const rule = world.deps.limits.rules[kind];
    return (await world.deps.store.failureTimes(kind, subject, Date.now(), rule)).length;
  }

  it("a chat that has used its own answer checks costs the school's budget nothing", async () => {
    const prober = world.chat("prober");
    await prober.send("/reset");
    await prober.send("S1001");
    const ctx = { chat: prober.ref, now: Date.now(), deps: world.deps, language: "en" as const };
    for (let i = 0; i < 30; i++) await world.deps.limits.chargeAnswerCheck(ctx, "chat");
    const argon = countArgon2();
    for (let i = 0; i < 5; i++) {
      await prober.send("a guess");
      await prober.send("/reset");
      await prober.send("S1001");
    }
    expect(argon.verifications).toBe(0);
    expect(await checksCounted("school-answer-checks", "school")).toBe(0);
    argon.restore();
  });

  it("an answer the busy school refuses is given back to the chat's own budget", async () => {
    await world.close();
    world = await TestWorld.create({
      ...TYPED_ID_ROUTE,
      ...UNPACED_ID_LOOKUPS,
      SCHOOL_MAX_ANSWER_CHECKS_PER_MINUTE: "3",
    });
    for (let i = 0; i < 3; i++) await probeOnce(world.chat(`chat-${i}`), "S1001");
    const late = world.chat("late");
    await late.send("/reset");
    await late.send("S1002");
    await late.send("a guess");
    expect(late.lastText).toContain("I'm very busy right now.");
    expect(await checksCounted("answer-checks", "telegram:late")).toBe(0);
    expect(await checksCounted("answer-checks", "telegram:chat-0")).toBe(1);
  });

  it("a chat's last check that the busy school refuses leaves no pause and no alert behind", async () => {
    await world.close();
    world = await TestWorld.create({
      ...TYPED_ID_ROUTE,
      ...UNPACED_ID_LOOKUPS,
      SCHOOL_MAX_ANSWER_CHECKS_PER_MINUTE: "3",
      CHAT_MAX_ANSWER_CHECKS: "3",
    });
    const kid = world.chat("kid");
    await probeOnce(kid, "S1001");
    await probeOnce(kid, "S1001");
    await probeOnce(world.chat("other"), "S1002");
    // The school's budget is spent; the kid's third check would have been her last.
    await kid.send("/reset");
    await kid.send("S1001");
    await kid.send("a guess");
    expect(kid.lastText).toContain("I'm very busy right now.");
    expect(world.alerts.ofKind("chat-throttled")).toEqual([]);
    expect(
      await world.deps.limits.chatBlockedUntil({
        chat: kid.ref,
        now: Date.now(),
        deps: world.deps,
        language: "en",
      }),
    ).toBeNull();
    expect(await checksCounted("answer-checks", "telegram:kid")).toBe(2);
  });

  it("a chat paused for its answer checks gets none while the pause lasts, even as its oldest checks leave the window", async () => {
    const kid = world.chat("kid");
    const ctx = () => ({ chat: kid.ref, now: Date.now(), deps: world.deps, language: "en" as const });
    for (let i = 0; i < 28; i++) await world.deps.limits.chargeAnswerCheck(ctx(), "chat");
    clock.advance(59 * MINUTE);
    await kid.send("/setup");
    await kid.send("S1003");
    await kid.send(DEMO_PASSWORDS.S1003);
    await kid.press("favourite animal");
    await kid.send("Elephant");
    await kid.press("favourite colour");
    // The 30th check of the hour: the chat is paused for an hour from now (and the admins told).
    await kid.send("Orange");
    expect(world.alerts.ofKind("chat-throttled")).toHaveLength(1);
    // Two minutes on, the 28 checks of an hour ago have left the window; the pause has not.
    clock.advance(2 * MINUTE);
    const argon = countArgon2();
    await kid.press("favourite food");
    await kid.send("Laksa");
    expect(kid.lastText).toContain("There have been too many tries from this chat. Please wait 58 minutes");
    expect(argon.hashes).toBe(0);
    argon.restore();
  });

  it("set-up's practice round and its changes pay for every argon2 verification and hash from the chat's budget", async () => {
    const argon = countArgon2();
    const kid = world.chat("kid");
    await kid.setUp("S1003", DEMO_PASSWORDS.S1003, ["Elephant", "Orange", "Laksa"]);
    await kid.press("Check that I remember");
    for (let i = 0; i < 3; i++) await kid.send(`Something else ${i + 1}`);
    // Set-up's three hashes and the round's three verifications, each counted.
    const work = () => argon.hashes + argon.verifications;
    expect(await checksCounted("answer-checks", "telegram:kid")).toBe(work());
    const before = work();
    // Changing the first answer to the third's, again and again: told by set-up's keyed digests, no argon2.
    for (let i = 0; i < 40; i++) await kid.send("Laksa");
    expect(kid.lastText).toContain("You already used that answer for another question.");
    expect(work()).toBe(before);
    // A change typed twice: its one hash is paid for.
    await kid.send("Giraffe");
    await kid.send("Giraffe");
    expect(kid.lastText).toContain("I saved your new answer.");
    expect(work()).toBe(before + 1);
    expect(await checksCounted("answer-checks", "telegram:kid")).toBe(work());
    argon.restore();
  });

  it("a practice fix left by older code (no saved digests, a rolling deploy) pays each verification of a change from the chat's budget", async () => {
    const argon = countArgon2();
    const kid = world.chat("kid");
    await kid.setUp("S1003", DEMO_PASSWORDS.S1003, ["Elephant", "Orange", "Laksa"]);
    await kid.press("Check that I remember");
    for (let i = 0; i < 3; i++) await kid.send(`Something else ${i + 1}`);
    // The fix as a replica of an earlier version saved it: no keyed digests of the answers saved.
    const stored = await world.deps.store.loadDialog(kid.ref);
    const document = JSON.parse(stored!.json) as { state: { name: string; savedDigests?: string[] } };
    expect(document.state.name).toBe("setup.practiceFix");
    expect(document.state.savedDigests).toBeDefined();
    delete document.state.savedDigests;
    expect(await world.deps.store.saveDialog(kid.ref, stored!.revision, JSON.stringify(document), 900)).toBe(
      true,
    );
    // Changing the first answer to the third's, again and again: checked against the others with argon2.
    for (let i = 0; i < 40 && !kid.lastText.includes(TOO_MANY_TRIES); i++) await kid.send("Laksa");
    expect(kid.lastText).toContain(TOO_MANY_TRIES);
    expect(argon.hashes + argon.verifications).toBe(30);
    expect(await checksCounted("answer-checks", "telegram:kid")).toBe(30);
    argon.restore();
  });

  it("fails closed: when a check cannot be counted, it is not done, and the student is asked to try later", async () => {
    const argon = countArgon2();
    const prober = world.chat("prober");
    await prober.send("/reset");
    await prober.send("S1001");
    const count = vi.spyOn(world.deps.store, "countFailure").mockRejectedValue(new StoreUnavailableError());
    // The chat's and the school's counts in one step, where the store has it (a single Redis).
    const both = vi
      .spyOn(world.deps.store, "countFailureThen")
      .mockRejectedValue(new StoreUnavailableError());
    await prober.send("a guess");
    expect(prober.lastText).toContain("Please try again in a few minutes.");
    expect(argon.verifications).toBe(0);
    count.mockRestore();
    both.mockRestore();
    argon.restore();
  });

  it("fails closed: when the school's count fails, the chat's last check goes back with its pause", async () => {
    await world.close();
    world = await TestWorld.create({ ...TYPED_ID_ROUTE, ...UNPACED_ID_LOOKUPS, CHAT_MAX_ANSWER_CHECKS: "3" });
    const kid = world.chat("kid");
    await probeOnce(kid, "S1001");
    await probeOnce(kid, "S1001");
    await kid.send("/reset");
    await kid.send("S1001");
    // The school's counter alone fails: in a Redis Cluster it may live on another node than the chat's,
    // where the two are counted one after the other (a Cluster's store has no countFailureThen).
    const store = world.deps.store as { countFailureThen?: unknown };
    const inOneStep = store.countFailureThen;
    store.countFailureThen = undefined;
    const count = failCounting("school-answer-checks");
    try {
      await kid.send("a guess");
    } finally {
      store.countFailureThen = inOneStep;
    }
    expect(kid.lastText).toContain("Please try again in a few minutes.");
    count.mockRestore();
    // No check was made: the chat is not paused, and the admins were not told of a pause.
    expect(await checksCounted("answer-checks", "telegram:kid")).toBe(2);
    expect(world.alerts.ofKind("chat-throttled")).toEqual([]);
    await kid.send("/cancel");
    await kid.send("/reset");
    expect(kid.lastText).toContain("Type your user ID");
  });

  it("fails closed: a failed reset that cannot be counted is not told as a plain failure", async () => {
    const prober = world.chat("prober");
    await prober.send("/reset");
    await prober.send("S1001");
    await prober.send("guess one");
    await prober.send("guess two");
    const count = failCounting("chat");
    await prober.send("guess three");
    expect(prober.lastText).toContain("Please try again in a few minutes.");
    expect(prober.lastText).not.toContain("Sorry, that didn't work.");
    count.mockRestore();
  });
});
