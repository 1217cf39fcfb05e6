import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { TelegramWorld } from "./telegram-world.js";
import { TelegramKid } from "./telegram-kid.js";

const REFUSED = "refused a Telegram webhook request without the right secret header";

describe("requests to the webhook without Telegram's secret", () => {
  let world: TelegramWorld;
  let channel: TelegramChannel;

  beforeEach(async () => {
    ({ world, channel } = await TelegramWorld.create());
  });
  afterEach(async () => world.close(channel));

  const refusedLines = () =>
    world.logs.lines.filter((line) => line.includes(REFUSED)).map((line) => JSON.parse(line) as object);

  it("are logged once a minute with how many were left out, so a flood from the internet cannot fill the log", async () => {
    const update = new TelegramKid(world, 5151).messageUpdate("/start");
    for (let i = 0; i < 20; i++) {
      expect((await world.post(update, i % 2 === 0 ? null : "guessed-secret")).status).toBe(401);
    }
    expect(refusedLines()).toHaveLength(1);
    expect(refusedLines()[0]).toMatchObject({ level: 40 });
    expect(refusedLines()[0]).not.toHaveProperty("notLogged");

    world.advance(60_000);
    expect((await world.post(update, "guessed-secret")).status).toBe(401);
    expect(refusedLines()).toHaveLength(2);
    // Every refused request is still counted: the 19 left out are in the next line.
    expect(refusedLines()[1]).toMatchObject({ level: 40, notLogged: 19 });
    // Nothing was ever handled.
    expect(world.api.callsTo("sendMessage")).toHaveLength(0);
  });
});
