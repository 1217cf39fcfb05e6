import { beforeEach, describe, expect, it, vi } from "vitest";
import { createChannelCore } from "../../src/core/channel-core.js";
import { DEMO_PASSWORDS, MINUTE, type SchoolClock, worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import type { TestWorld, TestChat } from "../helpers/test-world.js";

/** Messages anyone may send, whatever they are: each used to look up the chat's linked people. */
const CHATTER = ["hello", "/start", "/help", "/stats", "blah", "/guidd", "?", "/cancel", "/coverage 4A"];

/**
 * A linked chat's every message looked up its linked people in the directory (to know who is staff, for its
 * words and menu): on LDAP a connection, a login and two searches each, counted nowhere. Whoever knows one
 * password (her own) links a chat and sends as fast as the platform lets her: thousands of lookups an hour,
 * where an unlinked chat gets 60.
 */
describe("a linked chat's messages cannot make the bot load the directory", () => {
  let world: TestWorld;
  let clock: SchoolClock;

  beforeEach(async () => {
    ({ world, clock } = await worldOnSchoolClock());
  });

  async function linked(name: string, ...ids: (keyof typeof DEMO_PASSWORDS)[]): Promise<TestChat> {
    const chat = world.chat(name);
    for (const id of ids) {
      await chat.send("/setup");
      await chat.send(id);
      await chat.send(DEMO_PASSWORDS[id]);
      await chat.send("/cancel");
    }
    return chat;
  }

  it("looks up a linked student at most once a minute, however many messages the chat sends", async () => {
    const phone = await linked("family-phone", "S1002", "S1003");
    const looked = vi.spyOn(world.deps.directory, "findPerson");
    for (let i = 0; i < 200; i++) await phone.send(CHATTER[i % CHATTER.length]);
    expect(looked.mock.calls.length).toBeLessThanOrEqual(2);
    expect(phone.lastText).not.toContain("not answering");
    // A minute on, the directory is asked again: a change there shows within the minute.
    clock.advance(MINUTE + 1);
    looked.mockClear();
    await phone.send("/start");
    expect(looked).toHaveBeenCalledTimes(2);
  });

  it("a family phone's /logout and /reset, asked again and again, look up its students at most once a minute", async () => {
    const phone = await linked("family-phone", "S1002", "S1003");
    await phone.send("hello");
    const looked = vi.spyOn(world.deps.directory, "findPerson");
    // "Who should I unlink?" and "Which of you needs a new password?", each stopped by the next command.
    for (let i = 0; i < 100; i++) await phone.send(i % 2 === 0 ? "/logout" : "/reset");
    expect(phone.lastText).toContain("Which of you");
    expect(looked.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it("a chat's home screen and the words of its edited messages, asked for again and again, look up its students at most once a minute", async () => {
    const phone = await linked("family-phone", "S1002", "S1003");
    await phone.send("hello");
    const core = createChannelCore(world.engine, world.deps);
    const looked = vi.spyOn(world.deps.directory, "findPerson");
    // Slack's Home tab opened (app_home_opened), and Telegram's notice on an edited message, 100 times each.
    for (let i = 0; i < 100; i++) {
      expect((await core.homeStatus(phone.ref)).register).toBe("child");
      expect(await core.chatRegister(phone.ref)).toBe("child");
    }
    expect(looked.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it("still asks the directory about a staff account at every command, so a teacher IT removed loses them at once", async () => {
    const teacher = world.chat("teacher-phone");
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/stats");
    expect(teacher.lastText).not.toContain("Only teachers and admins");
    world.memoryDirectory.disable("T2001");
    await teacher.send("/stats");
    expect(teacher.lastText).toContain("is disabled in the school directory, so teacher and admin commands");
  });

  it("a student's /reset still finds her account gone at once", async () => {
    const kid = await linked("kid", "S1002");
    await kid.send("hello");
    world.memoryDirectory.disable("S1002");
    await kid.send("/reset");
    expect(kid.lastText).not.toContain("secret questions");
  });

  it("a chat with a link IT disabled is refused staff commands with no directory lookup more than before it said why", async () => {
    const phone = await linked("family-phone", "S1002", "S1003");
    world.memoryDirectory.disable("S1003");
    await phone.send("hello");
    const found = vi.spyOn(world.deps.directory, "findPerson");
    const account = vi.spyOn(world.deps.directory, "findAccount");
    for (let i = 0; i < 100; i++) await phone.send(i % 2 === 0 ? "/stats" : "/coverage 4A");
    expect(phone.lastText).toContain("Only teachers and admins");
    // S1002 is taken as read for the minute; the disabled S1003 is asked once a command, as it always was
    // (a link IT disabled is seen at once). What it is, for the refusal's words, is asked once a minute.
    expect(found).toHaveBeenCalledTimes(100);
    expect(account).toHaveBeenCalledTimes(1);
  });
});
