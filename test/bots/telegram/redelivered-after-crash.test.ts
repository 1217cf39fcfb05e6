import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { LANGUAGE_NAMES } from "../../../src/core/i18n/languages.js";
import { childRegisterWords } from "../../helpers/register-words.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * Telegram sends an update again when the webhook did not answer it (the bot's process died in the middle of
 * its turn). The update was marked seen when its turn began, so the redelivery was dropped as a duplicate:
 * a password typed at the password prompt was never deleted, and stayed in the child's chat for anyone
 * holding the phone to scroll up to.
 */
const PASSWORD = "Garden-Lamp-21";
const INTERRUPTED = "Sorry, I was stopped while I was working on your last message. Please send it again.";
const PRESS_INTERRUPTED =
  "Sorry, I was stopped while I was working on the button you pressed. Please press it again.";

let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  kid = new TelegramKid(world, 52525);
});
afterEach(async () => {
  vi.useRealTimers();
  await world.close(channel);
});

const chat = () => ({ channel: "telegram" as const, chatUserId: String(kid.chat.id) });

/**
 * The start of a first delivery of `update`'s turn, as the engine begins it (the store marks the update and
 * locks the chat): its token. A process that dies right then leaves just this behind.
 */
async function firstDeliveryBegins(update: { update_id: number }): Promise<string> {
  const turn = await world.app.deps.store.beginChatTurn(chat(), {
    updateId: String(update.update_id),
    dedupeTtlSeconds: 24 * 3600,
    lockTtlMs: 30_000,
    waitMs: 0,
  });
  if (turn.duplicate || turn.token === null) throw new Error("the first delivery did not begin its turn");
  return turn.token;
}

const deletionsOf = (messageId: number) =>
  world.api.callsTo("deleteMessage").filter((c) => c.payload.message_id === messageId);

describe("an update Telegram sends again after the bot died in the middle of it", () => {
  it("a password at the password prompt is deleted, and the child is asked to send it again", async () => {
    await kid.say("/setup");
    await kid.say("S1001");
    expect(kid.texts.join(" ")).toContain("password");
    const update = kid.messageUpdate(PASSWORD);
    vi.useFakeTimers({ toFake: ["Date"] });
    await firstDeliveryBegins(update);
    // Its process dies there. The dead process's lock on the chat runs out.
    vi.setSystemTime(Date.now() + 31_000);
    await kid.deliver(update);
    expect(deletionsOf(update.message.message_id)).toHaveLength(1);
    expect(kid.texts).toEqual([INTERRUPTED]);
    expect(world.outgoingTexts()).not.toContain(PASSWORD);
    // Asked again, she sends it again: it is read as her password, as if the first never came.
    await kid.say(PASSWORD);
    expect(kid.texts.join(" ")).toContain("Choose question 1 of 3");
  });

  it("a redelivery while the first delivery is still at work waits for it, and is not acted on", async () => {
    await kid.say("/setup");
    await kid.say("S1001");
    const update = kid.messageUpdate(PASSWORD);
    const first = await firstDeliveryBegins(update);
    const redelivered = kid.deliver(update);
    // The first delivery's turn ends (it read the password, deleted it and answered): the redelivery waited.
    await world.app.deps.store.endChatTurn(chat(), first, {});
    await redelivered;
    expect(kid.lastCalls).toEqual([]);
  });

  it("a redelivery of an update handled to the end is still dropped, and nothing is said", async () => {
    await kid.say("/setup");
    await kid.say("S1001");
    const update = kid.messageUpdate(PASSWORD);
    await kid.deliver(update);
    expect(kid.texts.join(" ")).toContain("Choose question 1 of 3");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 31_000);
    await kid.deliver(update);
    expect(kid.lastCalls).toEqual([]);
  });
  it("is told in the chat's language", async () => {
    await kid.say("/language");
    await kid.press("中文");
    await kid.say("/setup");
    vi.useFakeTimers({ toFake: ["Date"] });
    const typed = kid.messageUpdate(PASSWORD);
    await firstDeliveryBegins(typed);
    vi.setSystemTime(Date.now() + 31_000);
    await kid.deliver(typed);
    expect(deletionsOf(typed.message.message_id)).toHaveLength(1);
    expect(kid.texts).toEqual(["对不起，我在处理你上一条消息时被打断了。请再发一次。"]);
  });

  it("a button press is not deleted, and its message keeps its buttons to press again", async () => {
    await kid.say("/language");
    const list = world.api.callsTo("sendMessage").at(-1)!;
    const rows = (
      list.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }
    ).inline_keyboard;
    const chinese = rows.flat().find((b) => b.text.includes("中文"))!;
    const press = {
      update_id: world.newUpdateId(),
      callback_query: {
        id: "press-1",
        from: kid.from,
        message: {
          message_id: (list.result as { message_id: number }).message_id,
          chat: kid.chat,
          date: 0,
          text: "…",
        },
        chat_instance: "-5834712394871",
        data: chinese.callback_data,
      },
    };
    vi.useFakeTimers({ toFake: ["Date"] });
    await firstDeliveryBegins(press);
    vi.setSystemTime(Date.now() + 31_000);
    await kid.deliver(press);
    expect(kid.texts).toEqual([PRESS_INTERRUPTED]);
    expect(kid.lastCalls.map((c) => c.method)).not.toContain("deleteMessage");
    expect(kid.lastCalls.map((c) => c.method)).not.toContain("editMessageReplyMarkup");
    expect(kid.lastCalls.map((c) => c.method)).toContain("answerCallbackQuery");
    await kid.press("中文");
    expect(kid.texts.join(" ")).toMatch(/中文/);
  });

  it("a redelivery waits for the dead turn's lock to run out, then is deleted and told as interrupted, not busy", async () => {
    await kid.say("/setup");
    await kid.say("S1001");
    const update = kid.messageUpdate(PASSWORD);
    vi.useFakeTimers({ toFake: ["Date"] });
    const beginning = vi.spyOn(world.app.deps.store, "beginChatTurn");
    await firstDeliveryBegins(update);
    // Its process dies there, its lock still held for up to 30 s. Telegram sends the update again at once.
    const redelivered = kid.deliver(update);
    await vi.waitFor(() => expect(beginning).toHaveBeenCalledTimes(2));
    // Past the usual wait (10 s) it waits on, as its first delivery may be at work yet (a slow directory),
    // until the dead turn's lock runs out (30 s).
    vi.setSystemTime(Date.now() + 31_000);
    await redelivered;
    expect(deletionsOf(update.message.message_id)).toHaveLength(1);
    expect(kid.texts).toEqual([INTERRUPTED]);
    // Not run: the password prompt still waits for her password, sent again.
    await kid.say(PASSWORD);
    expect(kid.texts.join(" ")).toContain("Choose question 1 of 3");
  });
});

describe.each(["ms", "ta"] as const)("told to a teacher speaking %s", (language) => {
  async function teacher(): Promise<TelegramKid> {
    const her = new TelegramKid(world, 515151, { id: 515151, type: "private", first_name: "Mei Hua" });
    await her.say("/setup");
    await her.say("T2001");
    await her.say("Teach-Four-A-2026");
    expect(her.texts.join()).toContain("now linked to your account");
    await her.say("/language");
    await her.press(LANGUAGE_NAMES[language]);
    return her;
  }

  it("a message whose first delivery died is in the adult register", async () => {
    const her = await teacher();
    const update = her.messageUpdate("hai");
    vi.useFakeTimers({ toFake: ["Date"] });
    await world.app.deps.store.beginChatTurn(
      { channel: "telegram", chatUserId: String(her.chat.id) },
      { updateId: String(update.update_id), dedupeTtlSeconds: 24 * 3600, lockTtlMs: 30_000, waitMs: 0 },
    );
    vi.setSystemTime(Date.now() + 31_000);
    await her.deliver(update);
    expect(her.texts).toHaveLength(1);
    expect(her.texts[0]).toContain(language === "ms" ? "anda" : "உங்கள்");
    expect(childRegisterWords(language, her.texts[0]!)).toEqual([]);
  });

  it("a /start whose first delivery died is in the adult register, by the links read with the turn", async () => {
    const her = await teacher();
    const update = her.messageUpdate("/start");
    vi.useFakeTimers({ toFake: ["Date"] });
    await world.app.deps.store.beginChatTurn(
      { channel: "telegram", chatUserId: String(her.chat.id) },
      { updateId: String(update.update_id), dedupeTtlSeconds: 24 * 3600, lockTtlMs: 30_000, waitMs: 0 },
    );
    vi.setSystemTime(Date.now() + 31_000);
    const linkedPeople = vi.spyOn(world.app.deps.store, "linkedPeople");
    await her.deliver(update);
    expect(her.texts).toHaveLength(1);
    expect(childRegisterWords(language, her.texts[0]!)).toEqual([]);
    // The links came with the turn's own script: no read of its own.
    expect(linkedPeople).not.toHaveBeenCalled();
  });

  it("to a child, keeps the children's words", async () => {
    await kid.say("/language");
    await kid.press(LANGUAGE_NAMES[language]);
    const update = kid.messageUpdate("hai");
    vi.useFakeTimers({ toFake: ["Date"] });
    await firstDeliveryBegins(update);
    vi.setSystemTime(Date.now() + 31_000);
    await kid.deliver(update);
    expect(kid.texts).toHaveLength(1);
    expect(childRegisterWords(language, kid.texts[0]!)).not.toEqual([]);
  });
});
