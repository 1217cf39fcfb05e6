import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { answerResetRight, setUpS1001 } from "./kid-answers.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * Found by an attacker's QA pass: a protected reply's deletion was recorded only after its secret had been
 * edited in. That edit can take half a minute (Telegram's flood-control waits, which anyone flooding the bot
 * can stretch); a process stopped meanwhile (a crash, a pod killed after its grace period) left the child's
 * new password in her chat for good, with no deletion on record for another replica to do.
 */

let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  kid = new TelegramKid(world, 314159);
  await setUpS1001(kid);
  await answerResetRight(kid);
  expect(kid.texts.join()).toContain("all 3 answers are right");
});
afterEach(async () => world.close(channel));

describe("a generated password's message", () => {
  it("has its deletion on record before the password is edited in", async () => {
    const edit = world.api.holdNext("editMessageText");
    const pressed = kid.press("Make one for me");
    await edit.arrived;
    const placeholder = world.api.callsTo("sendMessage").find((c) => c.payload.protect_content === true)!;
    const placeholderId = (placeholder.result as { message_id: number }).message_id;

    // The edit is still on its way (this process could stop now): the deletion is already a job in Redis,
    // which any replica performs when it is due.
    world.advance(31_000);
    await world.fullJobLook();
    const deletions = world.api.callsTo("deleteMessage").map((c) => c.payload);
    expect(deletions).toContainEqual({ chat_id: kid.chat.id, message_id: placeholderId });

    edit.release();
    await pressed;
  });
});
