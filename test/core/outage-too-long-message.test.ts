import { afterEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/**
 * A message too long for the bot, with nothing open, is answered "too long" and then the menu. While the
 * school directory does not answer, the menu (whose it is) cannot be built: the student still hears why her
 * message was not read, and then the outage note any message at the menu gets then.
 */
const TOO_LONG = "That message is too long for me. Please type something shorter.";
const MENU_LATER =
  "The school system is not answering, so I can't show you what I can do yet. Type /start in a few minutes.";

describe("a message too long for the bot while the school directory does not answer", () => {
  let world: TestWorld;
  afterEach(async () => {
    await world.close();
  });

  it("is told it is too long, then to come back for the menu, and the admins hear of the outage", async () => {
    world = await TestWorld.create();
    const kid = world.chat();
    // Set up, so her chat is linked: the menu asks the directory whose chat it is.
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("No thanks");
    world.directory.down = true;
    await kid.send("a".repeat(5_000));
    expect(kid.lastText).toBe(`${TOO_LONG}\n${MENU_LATER}`);
    expect(world.alerts.ofKind("directory-error").length).toBeGreaterThan(0);
  });
});
