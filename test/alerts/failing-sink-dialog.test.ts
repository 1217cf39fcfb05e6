import { TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { AlertService } from "../../src/alerts/alert-service.js";
import { answersFor } from "../helpers/security-helpers.js";
import { TestWorld } from "../helpers/test-world.js";
import { HangingSink, mockStore, RecordingSink, ThrowingSink } from "./alert-fakes.js";

/** Slow enough that waiting for it would show: each sink takes about a second to give up. */
const PATIENT = { attempts: 3, backoffMs: [200], attemptTimeoutMs: 300 };

describe("a reset dialog while every alert sink fails", () => {
  let world: TestWorld;
  let alerts: AlertService;
  const throwing = new ThrowingSink("telegram:-100");
  const hanging = new HangingSink("slack:#it");
  const working = new RecordingSink();
  const store = mockStore();

  beforeEach(async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE, undefined, {
      alerts: { raise: (alert) => alerts.raise(alert) },
    });
    alerts = new AlertService({
      store,
      logger: world.logs.logger,
      sinks: [throwing, hanging, working],
      dedupeMs: 15 * 60_000,
      delivery: PATIENT,
    });
  });
  afterEach(async () => {
    await alerts.close();
    await world.close();
  });
  afterAll(() => store.close());

  it("completes at its usual pace; the sinks are retried in the background, then logged", async () => {
    const chat = world.chat("kid-9");
    await chat.send("/reset");
    // A staff id: the core raises "staff-question-reset" and carries on with questions.
    await chat.send("T2001");
    await world.engine.settled();
    expect(world.alerts.ofKind("staff-question-reset")).toHaveLength(1);
    expect(chat.lastText).toContain("Question 1 of 3");
    // The step is over while the sinks are still being retried (and one never answers).
    expect(throwing.tries).toBeLessThan(PATIENT.attempts);

    const wrong = answersFor({});
    for (let i = 0; i < 3; i++) await chat.send(wrong(`question-${i}`));
    expect(chat.lastText).toContain("Sorry, that didn't work.");

    await alerts.flush();
    expect(throwing.tries).toBe(3);
    expect(hanging.tries).toBe(3);
    expect(working.sent).toEqual([expect.stringContaining("staff account T2001")]);
    expect(world.logs.text).toContain("could not deliver an admin alert to telegram:-100");
    expect(world.logs.text).toContain("could not deliver an admin alert to slack:#it");
    expect(world.logs.text).not.toContain("SECRET-TOKEN");
  });
});
