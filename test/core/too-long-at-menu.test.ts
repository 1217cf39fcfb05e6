import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A message too long to read, sent with no dialog open. Before, the chat said only "That message is too long
 * for me. Please type something shorter." and nothing after it: no menu, no buttons, a dead end. In a dialog
 * the question is asked again; at the menu, the menu follows now.
 */
describe("a too-long message at the start menu", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  /** What the chat shows for "menu": its buttons. */
  async function menuButtons(chat: TestChat): Promise<string[]> {
    await chat.send("menu");
    return chat.buttons;
  }

  it("a chat not linked yet is told it is too long, then gets the menu", async () => {
    const kid = world.chat("new");
    const buttons = await menuButtons(kid);
    await kid.send("a ".repeat(2_500));
    expect(kid.lastText).toContain("That message is too long for me. Please type something shorter.");
    expect(kid.buttons).toEqual(buttons);
    expect(buttons.length).toBeGreaterThan(0);
  });

  it("a linked child writing Chinese gets the menu in Chinese after the refusal", async () => {
    const kid = world.chat("kid");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
    await kid.send("/language zh");
    const buttons = await menuButtons(kid);
    await kid.send("好".repeat(5_000));
    expect(kid.lastText).toContain("这条消息太长了。请写短一点。");
    expect(kid.buttons).toEqual(buttons);
  });

  it("a teacher gets her own menu after the refusal", async () => {
    const teacher = world.chat("teacher");
    await linkStaff(teacher, MRS_NG);
    const buttons = await menuButtons(teacher);
    await teacher.send("x".repeat(600));
    expect(teacher.lastText).toContain("That message is too long for me.");
    expect(teacher.buttons).toEqual(buttons);
    expect(buttons.length).toBeGreaterThan(0);
  });
});
