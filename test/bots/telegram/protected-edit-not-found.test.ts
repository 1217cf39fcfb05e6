import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { answerResetRight, setUpS1001 } from "./kid-answers.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * Found by a tester: Telegram refused the edit that puts a generated password into its "One moment…"
 * placeholder (400 "message to edit not found": the child deleted it, say). The password was set in the
 * directory, the placeholder was deleted by its timer, and the child never saw her new password.
 */

let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  kid = new TelegramKid(world, 314159);
  await setUpS1001(kid);
  await answerResetRight(kid);
});
afterEach(async () => world.close(channel));

describe("a generated password whose placeholder Telegram cannot edit", () => {
  it("is sent as a new protected message instead, deleted on time", async () => {
    world.api.failNext("editMessageText", 400, {
      ok: false,
      error_code: 400,
      description: "Bad Request: message to edit not found",
    });
    await kid.press("Make one for me");
    const shown = kid.replies.filter((c) => String(c.payload.text).includes("Your new password is:"));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.payload.protect_content).toBe(true);
    const shownId = (shown[0]!.result as { message_id: number }).message_id;

    world.advance(31 * 60_000);
    await world.fullJobLook();
    const deleted = world.api.callsTo("deleteMessage").map((c) => c.payload);
    expect(deleted).toContainEqual({ chat_id: kid.chat.id, message_id: shownId });
  });
});
