import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import type { ApiCall } from "./fake-bot-api.js";
import { until } from "../../helpers/until.js";
import { answerResetRight, setUpS1001 } from "./kid-answers.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * Found by a QA pass acting as a teacher: a guided reset's new password, shown on the teacher's phone, stayed
 * there for its full minutes while she started /guided for the next child in the queue, who stood beside
 * her and could read it. Once someone moves on in a chat (a command, a start-menu button), the secrets shown
 * there before are deleted at once; a secret is never deleted by the turn that shows it.
 */

const messageIdOf = (call: ApiCall) => (call.result as { message_id: number }).message_id;

let world: TelegramWorld;
let channel: TelegramChannel;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
});
afterEach(async () => world.close(channel));

const deletedIn = (chatId: number) =>
  world.api
    .callsTo("deleteMessage")
    .filter((c) => c.payload.chat_id === chatId)
    .map((c) => c.payload.message_id);
const protectedIn = (chatId: number) =>
  world.api
    .callsTo("sendMessage")
    .filter((c) => c.payload.chat_id === chatId && c.payload.protect_content === true)
    .map(messageIdOf);

/** Mrs Ng (T2001) linked in a Telegram chat of her own. */
async function linkedTeacher(userId: number): Promise<TelegramKid> {
  const teacher = new TelegramKid(world, userId, { id: userId, type: "private", first_name: "Mei Hua" });
  await teacher.say("/setup");
  await teacher.say("T2001");
  await teacher.say("Teach-Four-A-2026");
  return teacher;
}

async function teacherShowsPasswordOf(teacher: TelegramKid, studentId: string): Promise<void> {
  await teacher.say(`/guided ${studentId}`);
  await teacher.press("I checked them in person");
  await teacher.press("Yes, I checked");
  expect(teacher.texts.at(-1)).toContain("new password is:");
}

describe("a secret shown in a chat, when its reader moves on", () => {
  it("a guided reset's password on the teacher's phone goes as she starts /guided for the next child", async () => {
    const teacher = await linkedTeacher(515151);
    await teacherShowsPasswordOf(teacher, "S1001");
    const [shown] = protectedIn(teacher.chat.id);
    expect(shown).toBeDefined();
    expect(deletedIn(teacher.chat.id)).not.toContain(shown);

    // The clock has not moved: the password's minutes are far from over.
    await teacher.say("/guided S1002");
    await until(() => deletedIn(teacher.chat.id).includes(shown!), "the earlier secret deleted");

    // The next child's password is shown, and stays until the teacher moves on again.
    await teacher.press("I checked them in person");
    await teacher.press("Yes, I checked");
    const next = protectedIn(teacher.chat.id).at(-1)!;
    expect(next).not.toBe(shown);
    expect(deletedIn(teacher.chat.id)).not.toContain(next);
    // A question about the screen keeps it: she may still be reading it out.
    await teacher.say("/help");
    expect(deletedIn(teacher.chat.id)).not.toContain(next);
    await teacher.say("/start");
    await until(() => deletedIn(teacher.chat.id).includes(next!), "the earlier secret deleted");

    // Each message is deleted once: the deletion on its timer is not done again later.
    world.advance(60 * 60_000);
    await world.fullJobLook();
    expect(deletedIn(teacher.chat.id).filter((id) => id === shown)).toHaveLength(1);
    expect(deletedIn(teacher.chat.id).filter((id) => id === next)).toHaveLength(1);
  });

  it("a student's own new password goes when she starts something new, not while she reads it", async () => {
    const kid = new TelegramKid(world, 314159);
    await setUpS1001(kid);
    await answerResetRight(kid);
    await kid.press("Make one for me");
    const [shown] = protectedIn(kid.chat.id);
    expect(shown).toBeDefined();

    // Words that start nothing new (a "thank you") leave it to be read.
    await kid.say("thank you");
    expect(deletedIn(kid.chat.id)).not.toContain(shown);

    await kid.say("/start");
    await until(() => deletedIn(kid.chat.id).includes(shown!), "the earlier secret deleted");
  });

  // The look for secrets to delete is one more trip to the store on every command (/help included); the
  // reply does not wait for it, and a secret the reply itself shows is never taken by it.
  it("the reply to a command does not wait for the look for secrets to delete", async () => {
    const teacher = await linkedTeacher(616161);
    await teacherShowsPasswordOf(teacher, "S1001");
    const [shown] = protectedIn(teacher.chat.id);

    const jobs = world.app.channelCore.jobs;
    const claim = jobs.claimGroupJobs.bind(jobs);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(jobs, "claimGroupJobs").mockImplementation(async (kind, group, leaseUntil) => {
      await held;
      return claim(kind, group, leaseUntil);
    });
    const sentBefore = world.api.callsTo("sendMessage").length;
    const guided = teacher.say("/guided S1002");
    try {
      await until(() => world.api.callsTo("sendMessage").length > sentBefore, "the reply to /guided");
      expect(deletedIn(teacher.chat.id)).not.toContain(shown);
    } finally {
      release();
      await guided;
    }
    await until(() => deletedIn(teacher.chat.id).includes(shown!), "the earlier secret deleted");
  });

  // Telegram may hold a deletion (its flood control, for half a minute and more): the chat's next update, and
  // with long polling every chat's, must not wait for it.
  it("the update that moves on is done before Telegram has deleted the earlier secret", async () => {
    const teacher = await linkedTeacher(717171);
    await teacherShowsPasswordOf(teacher, "S1001");
    const [shown] = protectedIn(teacher.chat.id);

    const held = world.api.holdNext("deleteMessage");
    let handled = false;
    const guided = teacher.say("/guided S1002").then(() => (handled = true));
    try {
      await held.arrived;
      await until(() => handled, "the update handled while Telegram holds the deletion");
    } finally {
      held.release();
      await guided;
    }
    await until(() => deletedIn(teacher.chat.id).includes(shown!), "the earlier secret deleted");
  });
});
