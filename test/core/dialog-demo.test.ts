import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  WEI_LING,
  WEI_LING_ANSWERS,
  reachNewPasswordChoice,
  weiLingAnswerFor,
} from "../helpers/dialog-helpers.js";
import { TestWorld } from "../helpers/test-world.js";
import { logOut } from "../helpers/logout.js";

describe("issue 2's demo: set up, reset, log out, set up again with the new password", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("works with the new password and not with the old one", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    expect(kid.lastText).toContain("All done! Your 3 secret questions are saved.");

    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    await kid.press("Make one for me");
    const generated = String(kid.last.replies[0]?.text.params?.password);
    expect(kid.lastText).toContain(generated);
    expect(kid.lastText).toContain("ask you to choose a new password");
    expect(world.memoryDirectory.mustChangePassword(WEI_LING.id)).toBe(true);

    await logOut(kid);
    expect(kid.lastText).toContain("no longer linked");

    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    const old = await kid.send(WEI_LING.password);
    expect(old.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("that user ID and password don't match");
    expect(kid.lastText).toContain("Type your user ID");

    await kid.send(WEI_LING.id);
    await kid.send(generated);
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
    await kid.press("favourite toy");
    await kid.send("Teddy bear");
    await kid.press("favourite book");
    await kid.send("Matilda");
    await kid.press("favourite sport");
    await kid.send("Swimming");
    expect(kid.lastText).toContain("All done!");

    // The new answers are the ones that count now.
    await kid.answerReset(WEI_LING.id, (q) =>
      q.includes("toy") ? "teddy-bear" : q.includes("book") ? "MATILDA" : "swimming",
    );
    expect(kid.lastText).toContain("all 3 answers are right");
  });
});

describe("a student types their own new password", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("is told plainly what is wrong with each try, then succeeds", async () => {
    const kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
    expect(kid.lastText).toContain("at least 8 letters");

    const tries: [string, string][] = [
      ["Kite7", "too short"],
      ["S1001-rocks!", "don't use your name or your user ID"],
      ["TanWeiLing-2026", "don't use your name or your user ID"],
      ["password123", "too easy to guess"],
    ];
    for (const [password, complaint] of tries) {
      const outcome = await kid.send(password);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain(complaint);
      expect(kid.lastText).toContain("Type your new password");
      expect(kid.lastText).not.toContain(password);
    }

    await kid.send("Blue-Whale-Song-8");
    expect(kid.lastText).toContain("Type the same password again");
    const differ = await kid.send("Blue-Whale-Song-9");
    expect(differ.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("The two passwords were not the same");
    expect(kid.lastText).toContain("Type your new password");

    // The password she has now: the school system refuses it as used before.
    await kid.send(WEI_LING.password);
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("you have used that password before");
    expect(kid.lastText).toContain("Type your new password");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();

    await kid.send("Blue-Whale-Song-8");
    const done = await kid.send("Blue-Whale-Song-8");
    expect(done.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("Your new password is ready");
    expect(kid.lastText).not.toContain("Blue-Whale-Song-8");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, "Blue-Whale-Song-8")).not.toBeNull();
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).toBeNull();
    expect(world.memoryDirectory.mustChangePassword(WEI_LING.id)).toBe(false);
  });
});
