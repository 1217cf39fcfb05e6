import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { SECRET_INPUT_STATES, dialogState } from "../../../src/core/dialog-state.js";
import { ALL_STEPS } from "../../../src/core/flows/all-steps.js";
import { defineStep, runStep, stepName, type Step } from "../../../src/core/flows/define-step.js";
import type { FlowContext, Transition } from "../../../src/core/flows/flow.js";
import { say } from "../../../src/core/flows/flow.js";
import { setupQuestionStep } from "../../../src/core/flows/setup-flow.js";
import { WEI_LING } from "../../helpers/dialog-helpers.js";
import { TestWorld } from "../../helpers/test-world.js";

const pickState = z.object({ name: z.literal("test.pick") });

/** A made-up step whose handler only records what reached it. */
function pickStep(role: "anyone" | "staff", reached: string[]): Step<typeof pickState> {
  return defineStep({
    state: pickState,
    input: "choice",
    role,
    secret: false,
    prompt: () => say("input.useButtons"),
    async handle(_ctx, _state, input) {
      reached.push(input.value);
      return { end: true, say: [] };
    },
  });
}

describe("declaring a dialog step once", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("a step declared as secret is in the derived set of secret steps, and only those are", () => {
    const secret = ALL_STEPS.filter((step) => step.secret).map((step) => stepName(step as unknown as Step));
    expect(secret).toContain("setup.password");
    expect([...SECRET_INPUT_STATES].sort()).toEqual([...secret].sort());
    expect(SECRET_INPUT_STATES.has("setup.question")).toBe(false);
  });

  it("every declared step's state parses as a stored dialog state", () => {
    expect(dialogState.safeParse({ name: "setup.id" }).success).toBe(true);
    expect(dialogState.safeParse({ name: "no.such.step" }).success).toBe(false);
    expect(new Set(ALL_STEPS.map((step) => stepName(step as unknown as Step))).size).toBe(ALL_STEPS.length);
  });

  it("the engine's guard tells typed text at a choice step to use the buttons; the handler never runs", async () => {
    const reached: string[] = [];
    const ctx: FlowContext = { chat: world.chat().ref, now: Date.now(), deps: world.deps };
    const state = { name: "test.pick" as const };
    const told = await runStep(pickStep("anyone", reached) as unknown as Step, ctx, state, {
      kind: "text",
      text: "the blue one",
    });
    // Asked again unchanged, at the same step: the buttons already shown still answer it.
    expect(told).toEqual<Transition>({
      next: state as never,
      say: [say("input.useButtons")],
      sameStep: true,
    });
    expect(reached).toEqual([]);

    await runStep(pickStep("anyone", reached) as unknown as Step, ctx, state, { kind: "choice", value: "2" });
    expect(reached).toEqual(["2"]);
  });

  it("a staff step in a chat linked to no teacher or admin ends before its handler runs", async () => {
    const reached: string[] = [];
    const ctx: FlowContext = { chat: world.chat().ref, now: Date.now(), deps: world.deps };
    const told = await runStep(
      pickStep("staff", reached) as unknown as Step,
      ctx,
      { name: "test.pick" },
      {
        kind: "choice",
        value: "yes",
      },
    );
    // A step that left something outside the dialog (a guided code) hears why it ended (see onLeave).
    expect(told).toEqual<Transition>({ end: true, say: [say("staff.onlyStaff")], leaving: { by: "role" } });
    expect(reached).toEqual([]);
  });

  it("words typed at the question buttons get the buttons message from the guard, not the step", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    const handle = vi.spyOn(setupQuestionStep, "handle");
    await kid.send("my pet");
    expect(kid.lastText).toContain("Tap a button, or type its number (1–8).");
    expect(kid.lastText).toContain("Choose question 1 of 3");
    expect(handle).not.toHaveBeenCalled();
    handle.mockRestore();
  });
});
