import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

/*
 * "Shall we check that you remember your answers?" with "Check that I remember" and "No thanks": a child
 * types "check" (看看, semak, பார்) or "option 1". Before, those were deleted as maybe a secret sent again
 * ("Was that your password or a secret answer?"), though number words already picked the button. Now they
 * pick it, and stay in the chat, unless set-up just saved those very words as an answer (known by its keyed
 * digests): then they are deleted as before.
 */
describe("the practice offer's own words and 'option N'", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  it.each(["check", "Check!", "let's check", "option 1", "Option 1", "button 1", "看看", "检查", "选项1"])(
    "'%s' starts the check, and stays in the chat",
    async (typed) => {
      await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      const outcome = await kid.send(typed);
      expect(outcome.deleteInbound).toBe(false);
      expect(kid.lastText).toContain("Practice, question 1 of 3:");
    },
  );

  it.each(["semak", "pilihan 1", "பார்", "பொத்தான் 1"])(
    "'%s' starts the check in Malay and Tamil",
    async (typed) => {
      await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      const outcome = await kid.send(typed);
      expect(outcome.deleteInbound).toBe(false);
      expect(await openStep(world, kid)).toBe("setup.practice");
    },
  );

  it("'option 2' is 'No thanks'", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const outcome = await kid.send("option 2");
    expect(outcome.deleteInbound).toBe(false);
    expect(kid.lastText).toBe("Okay! Remember your answers. You will need them if you forget your password.");
  });

  it("'check' that is one of the answers just saved is still deleted, and picks nothing", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Check"]);
    const outcome = await kid.send("check");
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).not.toContain("Practice, question 1 of 3:");
    expect(await openStep(world, kid)).toBe("setup.practiceOffer");
  });
});
