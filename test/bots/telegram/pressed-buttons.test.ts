import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_SCHOOL_FILE } from "../../../src/directory/school-file.js";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { SwitchableDirectory } from "../../helpers/failing-directory.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };

describe("Telegram: a pressed message's buttons", () => {
  let world: TelegramWorld;
  let kid: TelegramKid;
  let directory: SwitchableDirectory;

  beforeEach(async () => {
    directory = new SwitchableDirectory(await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE));
    ({ world } = await TelegramWorld.create({}, { directory }));
    kid = new TelegramKid(world, 515151);
    await kid.say("/setup");
    await kid.say("S1001");
    await kid.say("Garden-Lamp-21");
    for (const [id, answer] of Object.entries(ANSWERS)) {
      await kid.press(`favourite ${id}`);
      await kid.say(answer);
    }
    await kid.press("No thanks");
    await kid.say("/start");
  });
  afterEach(async () => world.close());

  const buttonsRemoved = () => kid.lastCalls.filter((c) => c.method === "editMessageReplyMarkup");

  it("stay when the press failed (the school system did not answer), so the child can press again", async () => {
    directory.down = true;
    await kid.press("I forgot my password");
    expect(kid.texts.at(-1)).toContain("The school system is not answering.");
    expect(buttonsRemoved()).toEqual([]);

    directory.down = false;
    await kid.press("I forgot my password");
    expect(kid.texts.join()).toContain("Question 1 of 3");
    expect(buttonsRemoved()).toHaveLength(1);
  });
});
