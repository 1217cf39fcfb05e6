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
  it("is edited into a second placeholder, whose deletion was on record first, and deleted on time", async () => {
    world.api.failNext("editMessageText", 400, {
      ok: false,
      error_code: 400,
      description: "Bad Request: message to edit not found",
    });
    await kid.press("Make one for me");
    // Never in a sendMessage of its own: a send retried after its answer was lost would leave a copy
    // whose id the bot never learns.
    expect(kid.replies.filter((c) => String(c.payload.text).includes("Your new password is:"))).toEqual([]);
    const placeholders = kid.replies.filter((c) => c.payload.protect_content === true);
    expect(placeholders).toHaveLength(2);
    const shownId = (placeholders[1]!.result as { message_id: number }).message_id;
    expect(kid.texts.filter((t) => t.includes("Your new password is:"))).toHaveLength(1);
    expect(world.api.shownText(kid.chat.id, shownId)).toContain("Your new password is:");

    world.advance(31 * 60_000);
    await world.fullJobLook();
    const deleted = world.api.callsTo("deleteMessage").map((c) => c.payload);
    for (const placeholder of placeholders) {
      const id = (placeholder.result as { message_id: number }).message_id;
      expect(deleted).toContainEqual({ chat_id: kid.chat.id, message_id: id });
    }
  });

  it("gone twice: no third placeholder, and the secret is never sent in a message of its own", async () => {
    for (let i = 0; i < 2; i++)
      world.api.failNext("editMessageText", 400, {
        ok: false,
        error_code: 400,
        description: "Bad Request: message to edit not found",
      });
    await kid.press("Make one for me");
    expect(kid.replies.filter((c) => c.payload.protect_content === true)).toHaveLength(2);
    expect(kid.texts.some((t) => t.includes("Your new password is:"))).toBe(false);
    expect(kid.replies.some((c) => String(c.payload.text).includes("Your new password is:"))).toBe(false);
  });
});
