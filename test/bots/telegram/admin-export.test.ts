import { afterEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

describe("an admin's /export through Telegram", () => {
  let world: TelegramWorld;
  let channel: TelegramChannel;
  afterEach(async () => world.close(channel));

  it("arrives as a CSV document (sendDocument) in the admin's chat, with the words as its caption", async () => {
    ({ world, channel } = await TelegramWorld.create());
    const admin = new TelegramKid(world, 616161, { id: 616161, type: "private", first_name: "Priya" });
    await admin.say("/setup");
    await admin.say("A3001");
    await admin.say("Admin-Desk-2026");
    expect(admin.texts.join()).toContain("now linked to your account");

    await admin.say("/export");
    const [document] = world.api.callsTo("sendDocument");
    const body = String(document?.payload.multipart);
    expect(body).toContain('name="chat_id"');
    expect(body).toContain("616161");
    expect(body).toMatch(/filename="audit-\d{4}-\d\d-\d\d-7d\.csv"/);
    expect(body).toContain("time,event,outcome,actor,subject,channel,reason");
    expect(body).toMatch(/,link,ok,telegram:616161,A3001,telegram,/);
    expect(body).toContain("Here is the audit of the last 7 days as a file");
    expect(body).not.toContain("Admin-Desk-2026");
  });
});
