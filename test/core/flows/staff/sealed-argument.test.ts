import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowContext } from "../../../../src/core/flows/flow.js";
import { openArgument, sealArgument } from "../../../../src/core/flows/staff/sealed-argument.js";
import { TestWorld } from "../../../helpers/test-world.js";

/*
 * What followed a staff command waits sealed while her password is asked. Its key is its own, not the one
 * answers proven in a reset are sealed with: a value of one kind never opens as the other. A value sealed
 * before (during a rolling deploy, a step-up still pending) opens as nothing: the command then asks which
 * class or whose record, as with nothing typed after it.
 */
describe("a staff command's sealed argument", () => {
  let world: TestWorld;
  let ctx: FlowContext;
  beforeEach(async () => {
    world = await TestWorld.create();
    ctx = { chat: world.chat("staff-phone").ref, now: Date.now(), deps: world.deps };
  });
  afterEach(async () => world.close());

  it("opens as what was typed", () => {
    expect(openArgument(ctx, sealArgument(ctx, "5B"))).toBe("5B");
  });

  it("is sealed under a key of its own: the answers' seal does not open it", () => {
    expect(world.deps.hasher.seal.open(sealArgument(ctx, "5B"))).toBeUndefined();
  });

  it("sealed under the answers' key (as before), opens as no argument", () => {
    const before = world.deps.hasher.seal.seal({ staffArgument: "5B" });
    expect(openArgument(ctx, before)).toBe("");
  });
});
