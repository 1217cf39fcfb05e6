import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * A message noted for deletion (the webhook answered while its update was at work) was deleted only by the
 * next start. A replica that never restarts never deleted the note of another that died; and a replica
 * started mid-work (a rolling deploy) deleted a message another replica was still answering.
 */
const PASSWORD = "Garden-Lamp-21";
const ANSWER_MS = 50;
const MINUTE = 60_000;

let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;
let release = () => undefined as void;
let replica: { world: TelegramWorld; channel: TelegramChannel } | undefined;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create({}, { channel: () => ({ webhookAnswerMs: ANSWER_MS }) }));
  kid = new TelegramKid(world, 61616);
});
afterEach(async () => {
  vi.useRealTimers();
  await replica?.world.close(replica.channel);
  replica = undefined;
  release();
  await world.close(channel);
});

/** Another replica over the same store, its repeating timers the test's to move. */
async function startReplica(): Promise<TelegramWorld> {
  vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
  // Its deletion poller looks once an hour, so that moving the timers does not run it thousands of times.
  replica = await TelegramWorld.create(
    {},
    { replicaOf: world, channel: () => ({ deletions: { pollIntervalMs: 60 * MINUTE } }) },
  );
  return replica.world;
}

const deletionsIn = (api: TelegramWorld["api"], chatId: number, messageId: number) =>
  api
    .callsTo("deleteMessage")
    .filter((c) => c.payload.chat_id === chatId && c.payload.message_id === messageId);

/** The child types her new password; this process answers Telegram, then stops before deleting it. */
async function passwordLeftNoted(): Promise<{ message_id: number }> {
  await kid.say("/setup");
  await kid.say("S1001");
  const typed = kid.messageUpdate(PASSWORD);
  const held = world.api.holdNext("deleteMessage");
  release = held.release;
  expect((await world.post(typed)).status).toBe(200);
  await held.arrived;
  expect(await world.storeText()).toContain(`${kid.chat.id} ${typed.message.message_id}`);
  return typed.message;
}

describe("a message noted for deletion by a process that stopped", () => {
  it("is deleted by a replica that keeps running, once no turn can still be at work on it", async () => {
    const other = await startReplica();
    const typed = await passwordLeftNoted();

    // A few minutes on: the turn that took it may still be waiting for a slow directory.
    world.advance(2 * MINUTE);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(deletionsIn(other.api, kid.chat.id, typed.message_id)).toEqual([]);

    world.advance(10 * MINUTE);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    await vi.waitFor(() => expect(deletionsIn(other.api, kid.chat.id, typed.message_id)).toHaveLength(1));
    await vi.waitFor(async () =>
      expect(await other.storeText()).not.toContain(`${kid.chat.id} ${typed.message_id}`),
    );
    expect(other.logs.text).not.toContain(PASSWORD);
  });

  it("is not deleted by a replica starting while the turn may still be at work on it", async () => {
    const typed = await passwordLeftNoted();
    const other = await startReplica();
    expect(deletionsIn(other.api, kid.chat.id, typed.message_id)).toEqual([]);
    expect(await other.storeText()).toContain(`${kid.chat.id} ${typed.message_id}`);
  });
});
