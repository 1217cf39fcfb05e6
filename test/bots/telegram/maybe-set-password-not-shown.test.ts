import { afterEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { DEMO_SCHOOL_FILE } from "../../../src/directory/school-file.js";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { SwitchableDirectory } from "../../helpers/failing-directory.js";
import { answerResetRight, setUpS1001 } from "./kid-answers.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * Found by a reviewer: when the directory never answered the change ("may have been set") and Telegram then
 * refused the message (she blocked the bot), the admin's /audit said "password set, not shown to the
 * student", though nobody knows whether it was set.
 */

let world: TelegramWorld;
let channel: TelegramChannel;
afterEach(async () => world.close(channel));

describe("a generated password the directory may have taken, that Telegram will not deliver", () => {
  it("is not audited as set, not shown: the admin reads that it may have been set", async () => {
    const directory = new SwitchableDirectory(await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE));
    ({ world, channel } = await TelegramWorld.create({}, { directory }));
    const kid = new TelegramKid(world, 424242);
    const admin = new TelegramKid(world, 777001, { id: 777001, type: "private", first_name: "Priya" });
    await setUpS1001(kid);
    await answerResetRight(kid);
    directory.setPasswordFails = "after-setting";
    for (let i = 0; i < 2; i++)
      world.api.failNext("sendMessage", 403, {
        ok: false,
        error_code: 403,
        description: "Forbidden: bot was blocked by the user",
      });
    await kid.press("Make one for me");
    directory.setPasswordFails = undefined;
    await admin.say("/setup");
    await admin.say("A3001");
    await admin.say("Admin-Desk-2026");
    await admin.say("/audit S1001");
    const audit = admin.texts.join("\n");
    expect(audit).toContain("generated password may have");
    expect(audit).not.toContain("password set, not shown to the student");
  });
});
