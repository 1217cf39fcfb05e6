import { afterEach, beforeEach, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import type { ApiCall } from "./fake-bot-api.js";
import { until } from "../../helpers/until.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * Found by QA as an attacker (a child on the family phone): a teacher's /coverage on the phone she shares
 * with her daughter stayed in the chat, every classmate's name and set-up in it, for the child to scroll back
 * to. It is now sent as a secret is: protected, and deleted later or at the teacher's next command.
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

it("a teacher's /coverage on the family phone is deleted from the chat at her next command", async () => {
  const phone = new TelegramKid(world, 616161, { id: 616161, type: "private", first_name: "Mei Hua" });
  await phone.say("/setup");
  await phone.say("S1001");
  await phone.say("Garden-Lamp-21");
  await phone.say("/cancel");
  await phone.say("/setup");
  await phone.say("T2001");
  await phone.say("Teach-Four-A-2026");
  expect(phone.texts.join()).toContain("now linked to your account");

  await phone.say("/coverage");
  await phone.say("Teach-Four-A-2026");
  const edits = world.api.callsTo("editMessageText").filter((c) => c.payload.chat_id === 616161);
  const report = edits.find((c) => String(c.payload.text).includes("Tan Wei Ling"));
  expect(report).toBeDefined();
  const shown = Number(report!.payload.message_id);
  const sent = world.api.callsTo("sendMessage").find((c) => messageIdOf(c) === shown);
  expect(sent?.payload.protect_content).toBe(true);
  expect(deletedIn(616161)).not.toContain(shown);
  expect(phone.texts.at(-1)).toContain("I will delete the report above");

  await phone.say("/start");
  await until(() => deletedIn(616161).includes(shown), "the report deleted");
});
