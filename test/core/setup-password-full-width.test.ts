import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/** Garden-Lamp-21 as a Chinese keyboard in full-width mode types it. */
const FULL_WIDTH = "Ｇａｒｄｅｎ－Ｌａｍｐ－２１";

describe("set-up's password typed by a keyboard in full-width mode", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("is told as wide letters, with how to switch back, and costs no try: three of them do not pause set-up", async () => {
    const kid = world.chat("kid-full-width");
    await kid.send("/setup");
    await kid.send("S1001");
    for (let i = 0; i < 3; i++) {
      const outcome = await kid.send(FULL_WIDTH);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain("What you typed has wide letters, numbers or marks, like Ａ, １ or ￥.");
      expect(kid.lastText).toContain("Switch your keyboard back to normal letters (半角)");
      expect(kid.lastText).not.toContain("don't match");
      expect(kid.lastText).toContain("Now type your password.");
    }
    await kid.send(DEMO_PASSWORDS.S1001);
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("the same for an ID nobody has, so it tells nothing about which IDs exist", async () => {
    const real = world.chat("kid-real");
    await real.send("/setup");
    await real.send("S1001");
    await real.send(FULL_WIDTH);
    const madeUp = world.chat("kid-made-up");
    await madeUp.send("/setup");
    await madeUp.send("S9999");
    await madeUp.send(FULL_WIDTH);
    expect(madeUp.lastText).toBe(real.lastText);
  });

  it("in Chinese, names the keyboard's modes (全角, 半角)", async () => {
    const kid = world.chat("kid-zh");
    await kid.send("/language");
    await kid.press("中文");
    await kid.send("/setup");
    await kid.send("Ｓ１００１");
    await kid.send(FULL_WIDTH);
    expect(kid.lastText).toContain("全角");
    expect(kid.lastText).toContain("半角");
  });
});
