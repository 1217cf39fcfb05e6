import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * A child who types /reset and then her answers at once (or whose phone sent them queued) finds the reset
 * refused before any question: her answers arrive with nothing open, and stayed in her chat.
 */
let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create());
  kid = new TelegramKid(world, 42424);
});
afterEach(async () => world.close(channel));

const deletedIds = () => world.api.callsTo("deleteMessage").map((c) => c.payload.message_id);

describe("answers typed on after a reset refused as it began", () => {
  it("are deleted from the chat, with what to do next; a command after them stays", async () => {
    await kid.say("/reset");
    const refused = kid.texts.join(" ");
    expect(refused).not.toContain("What is the name");
    const tiger = await kid.say("Tiger");
    const purple = await kid.say("Purple");
    const texts = kid.texts.join(" ");
    expect(texts).toContain("I deleted that message. It may have been your password or a secret answer.");
    expect(texts).toContain("What would you like to do?");
    await kid.say("/start");
    expect(deletedIds()).toEqual([tiger, purple]);
    expect(world.logs.text).not.toContain("Tiger");
  });
});
