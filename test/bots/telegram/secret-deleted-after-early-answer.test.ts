import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * The webhook answers Telegram while an update is still at work (after 2 s), and Telegram never sends that
 * update again. A process stopped after that answer and before it deleted the child's password (a crash, a
 * deploy) left the password in her chat for good, where anyone holding the phone can scroll up to it.
 */
const PASSWORD = "Garden-Lamp-21";

/** The webhook answers after this long (2 s in production), so the tests need not wait. */
const ANSWER_MS = 50;

let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;
/** Lets the first process's held call go, so that it can be closed. */
let release = () => undefined as void;
let restarted: { world: TelegramWorld; channel: TelegramChannel } | undefined;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create({}, { channel: () => ({ webhookAnswerMs: ANSWER_MS }) }));
  kid = new TelegramKid(world, 61616);
});
afterEach(async () => {
  await restarted?.world.close(restarted.channel);
  restarted = undefined;
  release();
  await world.close(channel);
});

/** The bot started again over the same store, as after a crash or a deploy. */
async function startAgain(): Promise<TelegramWorld> {
  restarted = await TelegramWorld.create({}, { replicaOf: world });
  return restarted.world;
}

const deletionsIn = (api: TelegramWorld["api"], chatId: number, messageId: number) =>
  api
    .callsTo("deleteMessage")
    .filter((c) => c.payload.chat_id === chatId && c.payload.message_id === messageId);

/** Posts `update` with the Bot API's next `method` call held; resolves once both the answer and the call came. */
async function answeredWhileHeld(update: unknown, method: string): Promise<void> {
  const held = world.api.holdNext(method);
  release = held.release;
  const answer = await world.post(update);
  expect(answer.status).toBe(200);
  await held.arrived;
}

describe("a message whose update was answered before its work was done", () => {
  it("a password is deleted by the bot's next start when the process stopped before deleting it", async () => {
    await kid.say("/setup");
    await kid.say("S1001");
    expect(kid.texts.join(" ")).toContain("password");
    const typed = kid.messageUpdate(PASSWORD);
    await answeredWhileHeld(typed, "deleteMessage");
    // The process stops here: its deletion never reaches Telegram, which will not send the update again.
    const note = `${kid.chat.id} ${typed.message.message_id}`;
    const stored = await world.storeText();
    expect(stored).toContain(note);
    expect(stored).not.toContain(PASSWORD);

    // Started once no turn can still be at work on it (sooner, its regular look deletes it later).
    world.advance(10 * 60_000);
    const next = await startAgain();
    expect(deletionsIn(next.api, kid.chat.id, typed.message.message_id)).toHaveLength(1);
    expect(await next.storeText()).not.toContain(note);
    expect(next.logs.text).not.toContain(PASSWORD);
  });

  it("is not deleted by the next start when the process finished it before stopping", async () => {
    const typed = kid.messageUpdate("/help");
    await answeredWhileHeld(typed, "sendMessage");
    release();
    // A deploy's stop: the work in hand is finished first.
    await channel.stop();
    const next = await startAgain();
    expect(next.api.callsTo("deleteMessage")).toEqual([]);
    expect(await next.storeText()).not.toContain(`${kid.chat.id} ${typed.message.message_id}`);
  });
});
