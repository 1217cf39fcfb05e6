import { TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TestWorld } from "../helpers/test-world.js";

describe("one chat's messages, one at a time", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await world.close();
  });

  it("keeps the chat's lock while a slow directory makes a step outlast the lock's lifetime", async () => {
    const kid = world.chat();
    await kid.send("/reset");
    let answer = () => undefined as void;
    const slow = new Promise<void>((resolve) => (answer = resolve));
    let reached = () => undefined as void;
    const waiting = new Promise<void>((resolve) => (reached = resolve));
    const findPerson = world.directory.findPerson.bind(world.directory);
    world.directory.findPerson = async (id) => {
      reached();
      await slow;
      return findPerson(id);
    };
    const extend = vi.spyOn(world.deps.store, "extendChatLock");
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });

    const step = kid.send("S1001");
    // The step holds the lock (and keeps it) from before it asks the directory: time runs from there. A step
    // that ends without asking fails here with its reply, rather than leaving the test to time out.
    const asked = await Promise.race([waiting.then(() => true), step.then(() => false)]);
    expect(asked, `the step did not ask the directory; it said: ${kid.lastText}`).toBe(true);
    await vi.advanceTimersByTimeAsync(65_000);
    expect(extend.mock.calls.length).toBeGreaterThanOrEqual(6);
    expect(await extend.mock.results[0]!.value).toBe(true);

    answer();
    await step;
    expect(kid.lastText).toContain("Question 1 of 3");
    const callsWhenDone = extend.mock.calls.length;
    await vi.advanceTimersByTimeAsync(65_000);
    expect(extend.mock.calls.length).toBe(callsWhenDone);
  });
});
