import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/core/ports/store.js";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/**
 * Every store call is one Redis round trip (the store sends one command or one script per call), so
 * counting the calls an update makes counts its round trips.
 */
function countStoreCalls(world: TestWorld): { calls: string[] } {
  const seen = { calls: [] as string[] };
  const real = world.deps.store;
  world.deps.store = new Proxy(real, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        seen.calls.push(String(name));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as Store;
  return seen;
}

describe("Redis round trips per update", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("a question choice in an ongoing set-up costs two: begin (dedupe, lock, load with the chat's language) and end (save, unlock)", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send(DEMO_PASSWORDS.S1001);
    const store = countStoreCalls(world);
    await kid.press("animal");
    expect(kid.lastText).toContain("favourite animal");
    expect(store.calls).toEqual(["beginChatTurn", "endChatTurn"]);
  });

  it("a redelivered update costs one, and nothing happens", async () => {
    const kid = world.chat();
    await kid.send("/start");
    const store = countStoreCalls(world);
    const outcome = await world.engine.handle({ ...kid.ref, isPrivate: true, updateId: "7", text: "/setup" });
    expect(outcome.duplicate).toBeUndefined();
    store.calls.length = 0;
    const again = await world.engine.handle({ ...kid.ref, isPrivate: true, updateId: "7", text: "/setup" });
    expect(again.duplicate).toBe(true);
    expect(store.calls).toEqual(["beginChatTurn"]);
  });

  it("/help mid-dialog adds only the look-up of who the chat is linked to", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    const store = countStoreCalls(world);
    await kid.send("/help");
    expect(store.calls).toEqual(["beginChatTurn", "linkedPerson", "endChatTurn"]);
  });
});
