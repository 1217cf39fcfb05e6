import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE } from "../../../src/directory/school-file.js";
import { SwitchableDirectory } from "../../helpers/failing-directory.js";
import { DEMO_PASSWORDS } from "../../helpers/security-helpers.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * The school's directory is slow: the first delivery of the child's password is still at work after 10 s,
 * and Telegram sends the update again, to another replica. That one waited 10 s for the chat, then told her
 * "Sorry, I was stopped ... Please send it again." and deleted the message, while the first delivery went on
 * and answered too: the notice, then the real answer.
 */
const INTERRUPTED = "Sorry, I was stopped while I was working on your last message. Please send it again.";

/** The webhook answers after this long (2 s in production), so the tests need not wait. */
const ANSWER_MS = 50;

let directory: SwitchableDirectory;
let one: { world: TelegramWorld; channel: TelegramChannel };
let other: { world: TelegramWorld; channel: TelegramChannel };
let release = () => undefined as void;

beforeEach(async () => {
  directory = new SwitchableDirectory(await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE));
  const options = { directory, channel: () => ({ webhookAnswerMs: ANSWER_MS }) };
  one = await TelegramWorld.create({}, options);
  other = await TelegramWorld.create({}, { ...options, replicaOf: one.world });
});
afterEach(async () => {
  vi.useRealTimers();
  release();
  await other.world.close(other.channel);
  await one.world.close(one.channel);
});

/** The directory holds every password check until `release` is called. */
function slowDirectory(): void {
  const opened = new Promise<void>((resolve) => (release = resolve));
  directory.duringAuthenticate = () => opened;
}

describe("an update Telegram sends again while its first delivery waits for a slow directory", () => {
  it("the child sees the first delivery's answer and no 'interrupted' notice; her password is checked once", async () => {
    const kid = new TelegramKid(one.world, 73737);
    const kidOnOther = new TelegramKid(other.world, 73737);
    await kid.say("/setup");
    await kid.say("S1001");
    const typed = kid.messageUpdate(DEMO_PASSWORDS.S1001);
    const checked = directory.passwordsSent;
    slowDirectory();
    vi.useFakeTimers({ toFake: ["Date"] });
    const first = kid.deliver(typed);
    await vi.waitFor(() => expect(directory.passwordsSent).toBe(checked + 1));

    // The replicas share one Redis: the other replica's looks for the chat are its turn's scripts.
    const sharedRedis = other.world["redis"] as unknown as { storeBeginChatTurn: () => unknown };
    const looks = vi.spyOn(sharedRedis, "storeBeginChatTurn");
    let redeliveryDone = false;
    const redelivered = kidOnOther.deliver(typed).then(() => (redeliveryDone = true));
    await vi.waitFor(() => expect(looks).toHaveBeenCalled());
    // Its 10-second wait runs out, the first delivery still at work (Redis's time too: ioredis-mock reads Date).
    vi.setSystemTime(Date.now() + 10_500);
    const looked = looks.mock.calls.length;
    // It looks again only if its last look, past its wait, did not end it: it then waits on.
    await vi.waitFor(() => expect(redeliveryDone || looks.mock.calls.length >= looked + 2).toBe(true));

    release();
    await Promise.all([first, redelivered]);
    expect(kid.texts.join(" ")).toContain("Great, it's you");
    expect(kidOnOther.texts).not.toContain(INTERRUPTED);
    expect(kidOnOther.replies).toEqual([]);
    expect(directory.passwordsSent).toBe(checked + 1);
    // The password is deleted, by the delivery that read it.
    const deletions = [...one.world.api.calls, ...other.world.api.calls].filter(
      (c) => c.method === "deleteMessage" && c.payload.message_id === typed.message.message_id,
    );
    expect(deletions).toHaveLength(1);
  });
});
