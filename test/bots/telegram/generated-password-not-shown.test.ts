import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { answerResetRight, setUpS1001 } from "./kid-answers.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * Found by a tester: a child who blocked the bot at the choice (403 on "One moment…") got a generated
 * password set in the directory that she never saw, and the admin's /audit said only "password reset:
 * done … generated password".
 */

let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;
let admin: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  kid = new TelegramKid(world, 424242);
  admin = new TelegramKid(world, 777001, { id: 777001, type: "private", first_name: "Priya" });
  await setUpS1001(kid);
  await answerResetRight(kid);
});
afterEach(async () => world.close(channel));

describe("a generated password Telegram will not deliver", () => {
  it("shows in the admin's /audit as set, not shown to the student", async () => {
    world.api.failNext("sendMessage", 403, {
      ok: false,
      error_code: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    await kid.press("Make one for me");
    await admin.say("/setup");
    await admin.say("A3001");
    await admin.say("Admin-Desk-2026");
    await admin.say("/audit S1001");
    expect(admin.texts.join("\n")).toContain("password set, not shown to the student");
  });
});
