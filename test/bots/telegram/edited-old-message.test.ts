import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { until } from "../../helpers/until.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * An edited message is deleted, as the edit may have put a password in it. Telegram lets a bot delete a
 * message only in its first 48 hours; a child may edit one from last week ("hi" changed to her password).
 * When Telegram refuses, the bot must not say it removed the message: the child is told to delete it herself.
 */
let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  kid = new TelegramKid(world, 43434);
});
afterEach(async () => world.close(channel));

function refuseDeletion(description: string): void {
  world.api.failNext("deleteMessage", 400, { ok: false, error_code: 400, description });
}

describe("an edited message Telegram will not let the bot delete", () => {
  it("too old to delete: she is told to delete it herself, not that it was removed", async () => {
    const old = await kid.say("hi");
    refuseDeletion("Bad Request: message can't be deleted");
    await kid.edit(old, "Garden-Lamp-21");
    expect(kid.lastCalls.map((c) => c.method)).toEqual(["deleteMessage", "sendMessage"]);
    expect(kid.texts).toEqual([
      "I can't read changed messages. Please send a new message instead. If the message you changed has a password in it, please delete it yourself: press and hold it, then tap Delete.",
    ]);
  });

  it("in Chinese too", async () => {
    await kid.say("/language");
    await kid.press("中文");
    const old = await kid.say("你好");
    refuseDeletion("Bad Request: message can't be deleted");
    await kid.edit(old, "Garden-Lamp-21");
    expect(kid.texts.join("\n")).not.toContain("删掉了");
    expect(kid.texts.join("\n")).toContain("请你自己删掉它");
  });

  it("already gone (she deleted it herself): the usual words", async () => {
    const old = await kid.say("hi");
    refuseDeletion("Bad Request: message to delete not found");
    await kid.edit(old, "hello");
    expect(kid.texts).toEqual([
      "I can't read changed messages, so I removed it. Please send a new message instead.",
    ]);
  });

  it("Telegram will not delete it just then: she is not told it was removed, but that it will be soon", async () => {
    const old = await kid.say("hi");
    world.api.failNext("deleteMessage", 429, {
      ok: false,
      error_code: 429,
      description: "Too Many Requests: retry after 120",
      parameters: { retry_after: 120 },
    });
    await kid.edit(old, "Garden-Lamp-21");
    expect(kid.texts.join("\n")).not.toContain("so I removed it");
    expect(kid.texts).toEqual([
      "I can't read changed messages, so I will remove it soon. Please send a new message instead.",
    ]);
    world.advance(121_000);
    await until(
      () => world.api.callsTo("deleteMessage").filter((c) => c.payload.message_id === old).length === 2,
      "the edited message's deletion tried again",
    );
  });
});
