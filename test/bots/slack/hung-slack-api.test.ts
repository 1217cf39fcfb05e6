import { afterEach, describe, expect, it } from "vitest";
import { platformCallObserver } from "../../../src/metrics/platform-observer.js";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/** Small limits: each try 200 ms, a whole call at most 600 ms (10 s and 30 s in production). */
const TIMEOUT_MS = 200;
const DELIVERY_MS = 3 * TIMEOUT_MS;
/** Room for the work around the calls (Bolt's first event is slow to warm up) on a busy machine. */
const SLACK_MS = 2_000;

/** The menu the bot posts in answer to a first DM. */
const isMenu = (args: Record<string, unknown>) => JSON.stringify(args).includes("Hi! I can help");

describe("a Slack Web API that stops answering", () => {
  let world: SlackWorld;
  afterEach(async () => world.close());

  it("holds the user's next message no longer than one call's limit; hung calls are logged and counted", async () => {
    world = await SlackWorld.create(
      {},
      {
        channel: ({ app, logs }) => ({
          timeoutMs: TIMEOUT_MS,
          // The production retry policy (bounded by the limit), not the tests' usual "no retries".
          clientOptions: {},
          observe: platformCallObserver("slack", app.metrics, logs.logger),
        }),
      },
    );
    const kid = new SlackKid(world);
    world.api.hang("chat.postMessage", isMenu);
    const started = Date.now();
    // Both arrive together; one user's inputs are handled in order, so "help" waits for the menu's post.
    await Promise.all([kid.message("hello"), kid.message("/help")]);
    expect(Date.now() - started).toBeLessThan(DELIVERY_MS + SLACK_MS);
    const posted = world.api.callsTo("chat.postMessage").map((c) => JSON.stringify(c.args));
    expect(posted.some((text) => text.includes("/sspr"))).toBe(true);

    expect(world.api.hungCalls).toBeGreaterThanOrEqual(1);
    const timeouts = (await world.app.metrics.platformCalls.get()).values.filter(
      (v) => v.labels.outcome === "timeout" && v.labels.method === "chat.postMessage",
    );
    expect(timeouts[0]?.value).toBeGreaterThanOrEqual(1);
    expect(world.logs.text).toContain("slack chat.postMessage did not answer in time");
  });
});
