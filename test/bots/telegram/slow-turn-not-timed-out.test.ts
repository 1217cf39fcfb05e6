import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE } from "../../../src/directory/school-file.js";
import { SwitchableDirectory } from "../../helpers/failing-directory.js";
import { DEMO_PASSWORDS } from "../../helpers/security-helpers.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * Found by an attacker's QA pass (a flood of messages from one chat, whose replies Telegram slowed): telegraf
 * gives up on an update after 90 seconds, while the bot's own turn may rightly take longer (a reset may wait
 * 2 minutes for a slow school directory; a chat's later messages wait their turn behind it). Each such
 * update was logged as "a Telegram update failed" (an error, though it went on and was answered), and the
 * webhook took its work for done: the note that gets a message deleted if the bot stops halfway (it may be
 * the password) was forgotten while the password still sat in the chat, waiting for the directory.
 */
const ANSWER_MS = 50;
const TELEGRAF_GIVES_UP_MS = 90_000;

let directory: SwitchableDirectory;
let world: TelegramWorld;
let channel: TelegramChannel;
let release = () => undefined as void;

beforeEach(async () => {
  directory = new SwitchableDirectory(await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE));
  ({ world, channel } = await TelegramWorld.create(
    {},
    { directory, channel: () => ({ webhookAnswerMs: ANSWER_MS }) },
  ));
});
afterEach(async () => {
  vi.useRealTimers();
  release();
  await world.close(channel);
});

const notedMessages = async () => {
  const redis = world["redis"];
  const [key] = (await redis.keys("*pd:telegram*")).filter((k) => k.endsWith(":notes"));
  return key === undefined ? 0 : redis.zcard(key);
};

it("a password whose check takes longer than 90 seconds is not logged as failed, and stays noted for deletion until it is deleted", async () => {
  const kid = new TelegramKid(world, 74747);
  await kid.say("/setup");
  await kid.say("S1001");
  const opened = new Promise<void>((resolve) => (release = resolve));
  directory.duringAuthenticate = () => opened;
  const checked = directory.passwordsSent;

  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  const typed = kid.messageUpdate(DEMO_PASSWORDS.S1001);
  const answered = world.post(typed);
  await vi.waitFor(() => expect(directory.passwordsSent).toBe(checked + 1));
  await vi.advanceTimersByTimeAsync(ANSWER_MS);
  expect((await answered).status).toBe(200);
  expect(await notedMessages()).toBe(1);

  // The school directory is still thinking after telegraf's 90 seconds.
  await vi.advanceTimersByTimeAsync(TELEGRAF_GIVES_UP_MS + 1_000);
  expect(await notedMessages()).toBe(1);
  expect(world.logs.text).not.toContain("a Telegram update failed");

  vi.useRealTimers();
  release();
  await world.handled();
  const said = world.api.callsTo("sendMessage").filter((c) => c.payload.chat_id === kid.chat.id);
  expect(said.map((c) => String(c.payload.text)).join(" ")).toContain("Great, it's you");
  expect(world.api.callsTo("deleteMessage").map((c) => c.payload.message_id)).toContain(
    typed.message.message_id,
  );
  await vi.waitFor(async () => expect(await notedMessages()).toBe(0));
  expect(world.logs.text).not.toContain("a Telegram update failed");
});
