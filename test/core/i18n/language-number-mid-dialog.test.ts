import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep } from "../../helpers/dialog-helpers.js";
import { TestWorld } from "../../helpers/test-world.js";

/**
 * /language in the middle of a step shows the list, then the step's question again. Everywhere else a typed
 * number is the button with that number, and the bot says so; right after the list, "2" means 中文, not a
 * password or an answer to check and count.
 */
describe("a number typed right after /language in the middle of a dialog", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("at the set-up password prompt picks the language: no wrong password is counted", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send("/language");
    const picked = await kid.send("2");
    expect(kid.lastText).toContain("好的！现在我用中文和你说话。");
    expect(kid.lastText).toContain("现在请输入你的密码");
    // No secret to delete (Slack would tell the child to delete it by hand).
    expect(picked.deleteInbound).toBe(false);
    expect(await world.deps.store.attemptCountsOf(WEI_LING.id)).toEqual([]);

    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Tan Wei Ling");
  });

  it("at a reset's question picks the language: the digit is not taken as the first answer", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("/reset");
    await kid.send("/language");
    await kid.send("3");
    expect(kid.lastText).toContain("Sekarang saya akan bercakap dalam Bahasa Melayu");
    expect(kid.lastText).toContain("Soalan 1 daripada 3");
    for (const answer of WEI_LING_ANSWERS) await kid.send(answer);
    expect(kid.lastText).toContain("Syabas, semua 3 jawapan betul!");
  });

  it("at a step with buttons picks the language, as on the terminal, whose list comes first", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.send("/language");
    await kid.send("2");
    expect(kid.lastText).toContain("请选第 1 个问题（共 3 个）。");
    // Only the very next message: then a number is the step's own button again.
    await kid.send("2");
    expect(kid.lastText).toContain("你最喜欢的颜色是什么？");
    expect(await openStep(world, kid)).toBe("setup.answer");
  });
});
