import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { translate } from "../../../src/core/i18n/translate.js";
import { BOT_TOKEN, TelegramWorld, WEBHOOK_SECRET } from "./telegram-world.js";
import { ANSWERS, answerFor } from "./kid-answers.js";
import { TelegramKid } from "./telegram-kid.js";
import { until } from "../../helpers/until.js";

const PASSWORD = "Garden-Lamp-21";

describe("Telegram channel over the webhook", () => {
  let world: TelegramWorld;
  let channel: TelegramChannel;
  let kid: TelegramKid;

  beforeEach(async () => {
    ({ world, channel } = await TelegramWorld.create());
    kid = new TelegramKid(world, 424242);
  });
  afterEach(async () => world.close(channel));

  it("registers the webhook with its secret and the commands at start", () => {
    const [setWebhook] = world.api.callsTo("setWebhook");
    expect(setWebhook?.payload).toMatchObject({
      url: "https://bot.school.example/telegram/webhook",
      secret_token: WEBHOOK_SECRET,
      allowed_updates: ["message", "edited_message", "callback_query"],
    });
    const menus = world.api.callsTo("setMyCommands").map((call) => call.payload);
    // The default menu (users whose app language is not offered), then one per language_code.
    expect(menus.map((menu) => menu.language_code)).toEqual([undefined, "en", "zh", "ms", "ta"]);
    const commands = menus[0]?.commands as { command: string; description: string }[];
    expect(commands.map((c) => c.command)).toEqual([
      "start",
      "setup",
      "reset",
      "cancel",
      "help",
      "logout",
      "language",
    ]);
    const chinese = menus[2]?.commands as { command: string; description: string }[];
    expect(chinese.find((c) => c.command === "reset")?.description).toBe("我忘了密码");
    const tamil = menus[4]?.commands as { command: string; description: string }[];
    expect(tamil.find((c) => c.command === "language")?.description).toBe("என் மொழியைத் தேர்ந்தெடு");
  });

  it("a student sets up and resets with messages and buttons, and no secret stays in the chat", async () => {
    await kid.say("/start");
    await kid.press("Set up my secret questions");
    await kid.say("S1001");
    expect(kid.texts.join()).toContain("type your password");

    const secretMessages = [await kid.say(PASSWORD)];
    expect(kid.texts.join()).toContain("Great, it's you");
    for (const id of ["animal", "colour", "food"]) {
      await kid.press(`favourite ${id}`);
      secretMessages.push(await kid.say(answerFor(id)));
    }
    expect(kid.texts.join()).toContain("All done");

    await kid.say("/reset");
    expect(kid.texts.join()).toContain("Hi Tan Wei Ling!");
    for (let i = 0; i < 3; i++) secretMessages.push(await kid.say(answerFor(kid.texts.at(-1)!)));
    expect(kid.texts.join()).toContain("all 3 answers are right");
    await kid.press("Make one for me");

    // Every message that carried the password or an answer was deleted right after it was read.
    const deleted = world.api.callsTo("deleteMessage").map((c) => c.payload.message_id);
    expect(deleted).toEqual(secretMessages);
    expect(world.api.callsTo("deleteMessage").every((c) => c.payload.chat_id === kid.chat.id)).toBe(true);

    // The generated password comes once, protected: a placeholder that says nothing, then the password
    // edited in. It is deleted after the configured delay.
    const generated = kid.replies.find((c) => c.payload.protect_content === true)!;
    expect(generated.payload.text).toBe("One moment…");
    const generatedId = (generated.result as { message_id: number }).message_id;
    const editedIn = world.api.callsTo("editMessageText").find((c) => c.payload.message_id === generatedId)!;
    expect(editedIn.payload.text).toContain("Your new password is");
    expect(kid.texts.at(-1)).toBe(editedIn.payload.text);
    // GENERATED_PASSWORD_DELETE_SECONDS is 30 here: the message says so, not "1 minute".
    expect(editedIn.payload.text).toContain("this message will disappear in 30 seconds.");
    const newPassword = /\n\n(\S+)\n\n/.exec(String(editedIn.payload.text))![1]!;
    expect(await world.app.deps.directory.authenticate("S1001", newPassword)).not.toBeNull();
    const deletedLater = () =>
      world.api.callsTo("deleteMessage").some((c) => c.payload.message_id === generatedId);
    await world.fullJobLook();
    expect(deletedLater()).toBe(false);
    world.advance(31_000);
    await until(deletedLater, "the generated password's deletion");

    // No secret in anything the bot sent (the edit that put the password in aside) nor in the logs.
    const outgoing = world.outgoingTexts(editedIn);
    const logs = world.logs.text;
    for (const secret of [PASSWORD, ...Object.values(ANSWERS), newPassword, WEBHOOK_SECRET, BOT_TOKEN]) {
      expect(outgoing).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
    expect(logs.toLowerCase()).not.toContain("tiger");
  });

  it("refuses a request without the secret header, or with a wrong one, and calls nothing", async () => {
    const before = world.api.calls.length;
    const update = kid.messageUpdate("/start");
    expect((await world.post(update, null)).status).toBe(401);
    expect((await world.post(update, "not-the-secret-0123456789")).status).toBe(401);
    expect((await world.post(update, `${WEBHOOK_SECRET}x`)).status).toBe(401);
    expect(world.api.calls.length).toBe(before);
    // Refused unread, so the same update is still new when it comes with the secret.
    expect((await world.post(update)).status).toBe(200);
    expect(world.api.callsTo("sendMessage")).toHaveLength(1);
  });

  it("answers an update delivered twice only once", async () => {
    const update = kid.messageUpdate("/start");
    await kid.deliver(update);
    await kid.deliver(update);
    expect(kid.replies).toHaveLength(0);
    expect(world.api.callsTo("sendMessage")).toHaveLength(1);
  });

  it("deletes an edited message delivered twice once, and says so once", async () => {
    // Found in QA (attacker): an edit bypassed the update-id check every other update gets, so Telegram
    // sending it again (its answer came late) told the child twice and tried the deletion twice.
    const messageId = await kid.say("hello");
    const now = Math.floor(Date.now() / 1000);
    const edit = {
      update_id: world.newUpdateId(),
      edited_message: {
        message_id: messageId,
        from: kid.from,
        chat: kid.chat,
        date: now,
        edit_date: now,
        text: "hi",
      },
    };
    await kid.deliver(edit);
    expect(kid.texts).toEqual([translate({ key: "input.edited" })]);
    await kid.deliver(edit);
    expect(kid.lastCalls).toEqual([]);
    expect(world.api.callsTo("deleteMessage")).toHaveLength(1);
  });

  it("tells a group once to message privately and processes nothing from it", async () => {
    const group = new TelegramKid(world, 424242, {
      id: -1001234567890,
      type: "supergroup",
      title: "Class 4A",
    });
    await group.say("/setup");
    expect(group.texts).toEqual([translate({ key: "chat.privateOnly" })]);
    await group.say("S1001");
    await group.say(PASSWORD);
    await group.say("/reset");
    const toGroup = world.api.callsTo("sendMessage").filter((c) => c.payload.chat_id === group.chat.id);
    expect(toGroup).toHaveLength(1);
    expect(world.api.calls.filter((c) => c.payload.chat_id === kid.chat.id)).toHaveLength(0);
    // Nothing was started: the same user's private chat begins at the menu.
    await kid.say("hello");
    expect(kid.texts.join()).toContain("What would you like to do?");
  });

  it("asks for typed words after a sticker, and deletes an edited message without reading it, saying why", async () => {
    await kid.say("/setup");
    const idMessage = await kid.say("S1001");
    await kid.sendSticker();
    expect(kid.texts[0]).toBe(translate({ key: "input.notText" }));
    expect(kid.texts.at(-1)).toContain("type your password");

    await kid.edit(idMessage, PASSWORD);
    expect(kid.lastCalls.map((c) => c.method)).toEqual(["deleteMessage", "sendMessage", "sendMessage"]);
    expect(kid.lastCalls[0]?.payload).toEqual({ chat_id: kid.chat.id, message_id: idMessage });
    expect(kid.texts[0]).toBe(translate({ key: "input.edited" }));
    expect(kid.texts[1]).toContain("type your password");

    // The edit was not taken as the password: the dialog still waits for it.
    await kid.say(PASSWORD);
    expect(kid.texts.join()).toContain("Great, it's you");
  });

  it("waits out a 429 as Telegram asks and then delivers the reply once", async () => {
    world.api.failNext("sendMessage", 429, {
      ok: false,
      error_code: 429,
      description: "Too Many Requests: retry after 3",
      parameters: { retry_after: 3 },
    });
    await kid.say("/start");
    expect(world.retryWaits).toEqual([3_000]);
    const delivered = world.api.callsTo("sendMessage").filter((c) => c.result !== undefined);
    expect(delivered).toHaveLength(1);
    expect(String(delivered[0]?.payload.text)).toContain("What would you like to do?");
  });

  it("retries a 5xx briefly and logs a reply that finally fails, without its text", async () => {
    for (let i = 0; i < 4; i++) {
      world.api.failNext("sendMessage", 502, { ok: false, error_code: 502, description: "Bad Gateway" });
    }
    await kid.say("/help");
    expect(world.api.callsTo("sendMessage")).toHaveLength(4);
    expect(world.retryWaits).toHaveLength(3);
    expect(world.logs.text).toContain("could not send a reply to Telegram");
    expect(world.logs.text).not.toContain("Here is what I can do");
  });

  it("answers an old or forged button with the expired pop-up and removes its buttons", async () => {
    await kid.say("/setup");
    await kid.say("S1001");
    await kid.say(PASSWORD);
    const withButtons = kid.replies.find((c) => c.payload.reply_markup !== undefined)!;
    const messageId = (withButtons.result as { message_id: number }).message_id;

    await kid.pressData("99:animal", messageId);
    const expired = translate({ key: "button.expired" });
    expect(kid.lastCalls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe(expired);
    expect(kid.texts.join()).not.toContain(expired);
    expect(kid.lastCalls.find((c) => c.method === "editMessageReplyMarkup")?.payload).toEqual({
      chat_id: kid.chat.id,
      message_id: messageId,
      reply_markup: { inline_keyboard: [] },
    });

    await kid.press("favourite animal");
    const answered = kid.lastCalls.find((c) => c.method === "answerCallbackQuery");
    expect(answered?.payload.text).toBeUndefined();
    expect(kid.texts.join()).toContain("What is your favourite animal?");
  });

  it("a teacher's old button gets the pop-up too, in a teacher's words", async () => {
    const teacher = new TelegramKid(world, 515151);
    await teacher.say("/setup");
    await teacher.say("T2001");
    await teacher.say("Teach-Four-A-2026");
    await teacher.say("/language");
    await teacher.press("தமிழ்");
    await teacher.say("/unlock");
    const asked = teacher.replies.at(-1)!;
    const messageId = (asked.result as { message_id: number }).message_id;

    await teacher.pressData("99:cancel", messageId);
    const expired = translate({ key: "button.staffExpired" }, "ta");
    expect(expired).not.toBe(translate({ key: "button.expired" }, "ta"));
    expect(teacher.lastCalls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe(expired);
    expect(teacher.texts.join()).not.toContain(expired);
  });

  it("a button pressed at a typed-words prompt says to type, in the chat, and asks again", async () => {
    await kid.say("/setup");
    const stored = await world.app.deps.store.loadDialog({ channel: "telegram", chatUserId: "424242" });
    const { step } = JSON.parse(stored!.json) as { step: number };
    await kid.pressData(`${step}:animal`, 1);
    expect(kid.lastCalls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBeUndefined();
    expect(kid.texts[0]).toBe("That button doesn't work here. Please type your reply.");
    expect(kid.texts.at(-1)).toContain("Type your user ID.");
  });

  it("a button Telegram sends without its message gets the old-button pop-up, and no chat is touched", async () => {
    await kid.say("/setup");
    const stored = await world.app.deps.store.loadDialog({ channel: "telegram", chatUserId: "424242" });
    const { step } = JSON.parse(stored!.json) as { step: number };
    const before = world.api.calls.length;
    for (const [languageCode, words] of [
      ["en", translate({ key: "button.expired" })],
      ["ms", translate({ key: "button.expired" }, "ms")],
    ] as const) {
      await kid.deliver({
        update_id: world.newUpdateId(),
        callback_query: {
          id: `inline-${languageCode}`,
          from: { ...kid.from, language_code: languageCode },
          chat_instance: "-5834712394871",
          inline_message_id: "AAEAAAAAAAAAAAAAAAAA",
          // Even a button that names the open step acts on nothing: which chat it was in is unknown.
          data: `${step}:animal`,
        },
      });
      expect(kid.lastCalls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
      expect(kid.lastCalls[0]?.payload).toEqual({ callback_query_id: `inline-${languageCode}`, text: words });
    }
    expect(world.api.calls.slice(before).some((c) => String(c.payload.text).includes("private"))).toBe(false);
    // The open dialog was left as it was: the user ID is still asked for.
    expect(await world.app.deps.store.loadDialog({ channel: "telegram", chatUserId: "424242" })).toEqual(
      stored,
    );
    await kid.say("S1001");
    expect(kid.texts.join()).toContain("type your password");
  });

  it("ignores a malformed update without crashing, and still serves the next one", async () => {
    expect((await world.post({ update_id: "x", message: 7 })).status).toBe(200);
    expect((await world.post({ hello: "world" })).status).toBe(200);
    const bad = await fetch(world.webhookUrl, {
      method: "POST",
      headers: { "x-telegram-bot-api-secret-token": WEBHOOK_SECRET },
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    await kid.say("/start");
    expect(kid.texts).toHaveLength(1);
  });
});

describe("plain words and clear choices through Telegram", () => {
  let world: TelegramWorld;
  let channel: TelegramChannel;
  let kid: TelegramKid;

  beforeEach(async () => {
    ({ world, channel } = await TelegramWorld.create());
    kid = new TelegramKid(world, 515151);
  });
  afterEach(async () => world.close(channel));

  it("'help' and 'stop' typed without a slash work at the id prompt; a typed number picks a question", async () => {
    await kid.say("/setup");
    await kid.say("help");
    expect(kid.texts.at(-2)).toContain("To stop, type /cancel.");
    await kid.say("stop");
    expect(kid.texts.at(-1)).toContain("Okay, we stopped.");

    await kid.say("/setup");
    await kid.say("S1001");
    await kid.say(PASSWORD);
    await kid.say("the animal one");
    expect(kid.texts.join("\n")).toContain("Tap a button, or type its number (1–8).");
    await kid.say("1");
    expect(kid.texts.at(-1)).toContain("What is your favourite animal?");
  });
});
