import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TestWorld, type TestChat } from "../helpers/test-world.js";
import { openStep, WEI_LING, weiLingAnswerFor, weiLingSetUpOnOwnPhone } from "../helpers/dialog-helpers.js";

/** What a reset begun for an account IT removed or disabled says, at its start and now at its end too. */
const ACCOUNT_GONE = "I can't find your account in the school system. Please ask your form teacher.";

/**
 * docs/security.md: "a reset asks the directory itself at its start and end (a student IT removed or disabled
 * … cannot reset)". IT switching Wei Ling's account off (she left the school, or it is being looked into)
 * while she answers her questions, or while she chooses her new password, must not give the account a new
 * password, nor tell the child one.
 */
describe("a student's account that IT removes or disables during her own reset", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = await weiLingSetUpOnOwnPhone(world, "declined");
  });
  afterEach(() => world.close());

  /** The ended reset's audit event, as an admin's /audit reads it. */
  async function stoppedEvents() {
    const events = await world.deps.store.recentAudit(50);
    return events.filter((e) => e.event === "reset-interrupted").map((e) => [e.subject, e.outcome, e.reason]);
  }
  const STOPPED = [["S1001", "refused", "the account was removed or disabled in the directory meanwhile"]];

  /** Nothing was set: no new password (a generated one must be changed at login) and the account still off. */
  async function expectNothingSet() {
    expect(world.memoryDirectory.mustChangePassword(WEI_LING.id)).toBe(false);
    expect(await openStep(world, kid)).toBeNull();
    expect(world.logs.lines.filter((line) => JSON.parse(line).level >= 50)).toEqual([]);
    expect(await stoppedEvents()).toEqual(STOPPED);
  }

  it("disabled after her first answer: after her last she is told her account can't be found, with no password", async () => {
    await kid.send("/reset");
    await kid.send("Tiger");
    world.memoryDirectory.disable(WEI_LING.id);
    await kid.send("Purple");
    await kid.send("Chicken rice");
    expect(kid.lastText).toBe(ACCOUNT_GONE);
    expect(kid.buttons).toEqual([]);
    await expectNothingSet();
    expect((await world.deps.directory.findAccount(WEI_LING.id))?.disabled).toBe(true);
    // Tapping the old choice's number now starts nothing.
    await kid.send("1");
    expect(kid.lastText).not.toContain("Your new password is");
  });

  it("disabled after 'Well done': 'Make one for me' gives no password", async () => {
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    expect(kid.lastText).toContain("all 3 answers are right");
    world.memoryDirectory.disable(WEI_LING.id);
    await kid.press("Make one for me");
    expect(kid.lastText).toBe(ACCOUNT_GONE);
    expect(kid.buttons).toEqual([]);
    await expectNothingSet();
    expect((await world.deps.directory.findAccount(WEI_LING.id))?.disabled).toBe(true);
  });

  it("disabled while she types her own password twice: it is not set", async () => {
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    await kid.press("I'll type my own");
    await kid.send("Blue-Sky-Run-42");
    world.memoryDirectory.disable(WEI_LING.id);
    await kid.send("Blue-Sky-Run-42");
    expect(kid.lastText).toBe(ACCOUNT_GONE);
    await expectNothingSet();
  });

  it("removed after 'Well done': the plain words once, not 'Oops, something went wrong' at every tap", async () => {
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    world.memoryDirectory.remove(WEI_LING.id);
    await kid.press("Make one for me");
    expect(kid.lastText).toBe(ACCOUNT_GONE);
    expect(kid.buttons).toEqual([]);
    expect(await world.deps.directory.findAccount(WEI_LING.id)).toBeNull();
    await expectNothingSet();
    expect(world.alerts.raised).toEqual([]);
  });

  it("removed between the bot's last look and the change itself: the same words, and the reservation given back", async () => {
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    // The directory still names her when asked, then IT's removal lands before the change is made.
    const findPerson = world.memoryDirectory.findPerson.bind(world.memoryDirectory);
    vi.spyOn(world.memoryDirectory, "findPerson").mockImplementation(async (id) => {
      const person = await findPerson(id);
      world.memoryDirectory.remove(WEI_LING.id);
      return person;
    });
    await kid.press("Make one for me");
    expect(kid.lastText).toBe(ACCOUNT_GONE);
    await expectNothingSet();
    // Nothing holds her: a reset after IT puts her back is not "busy".
    const reserved = await world.deps.store.reserveReset(WEI_LING.id, {
      expectedVersion: await world.deps.store.personVersion(WEI_LING.id),
      now: Date.now(),
      ttlMs: 60_000,
    });
    expect(reserved.ok).toBe(true);
  });

  it("disabled between the bot's last look and the change itself: the directory refuses it, and she hears the same", async () => {
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    world.directory.duringSetPassword = async () => world.memoryDirectory.disable(WEI_LING.id);
    await kid.press("Make one for me");
    expect(kid.lastText).toBe(ACCOUNT_GONE);
    await expectNothingSet();
    expect((await world.deps.directory.findAccount(WEI_LING.id))?.disabled).toBe(true);
  });
});
