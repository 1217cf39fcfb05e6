import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createChannelCore } from "../../src/core/channel-core.js";
import { translate } from "../../src/core/i18n/translate.js";
import { menuChoiceId } from "../../src/core/start-menu.js";
import { TestWorld } from "../helpers/test-world.js";

describe("what a channel may ask the core", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("the start menu is the one /start shows, and its buttons work from any chat", async () => {
    const core = createChannelCore(world.engine, world.deps);
    const kid = world.chat("home-kid", "slack");
    await kid.send("/start");
    // The engine's reply also says its language (the chat's); the menu is the same.
    expect({ ...core.menu(kid.ref), language: "en" }).toEqual(kid.last.replies.at(-1));
    expect(translate(core.menu(kid.ref).text)).not.toContain("{");

    await kid.deliver({ choice: menuChoiceId("setup") });
    expect(kid.lastText).toContain(translate({ key: "setup.intro" }));
  });

  it("the home status follows the student's link and set-up, in the directory's spelling", async () => {
    const core = createChannelCore(world.engine, world.deps);
    const kid = world.chat("home-kid", "slack");
    expect(await core.homeStatus(kid.ref)).toEqual({ personId: null, setUp: false, language: null });
    await kid.setUp("s1001", "Garden-Lamp-21", ["Tiger", "Purple", "Chicken rice"]);
    expect(await core.homeStatus(kid.ref)).toEqual({ personId: "S1001", setUp: true, language: null });
    world.directory.down = true;
    expect(await core.homeStatus(kid.ref)).toEqual({ personId: "s1001", setUp: true, language: null });
  });
});
