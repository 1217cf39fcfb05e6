import { afterEach, describe, expect, it } from "vitest";
import { CLEAR_HOME_JOB_KIND } from "../../../src/bots/slack/secret-home.js";
import { SlackWorld } from "./slack-world.js";

/** Small limits: each try 200 ms, a whole call at most 600 ms (10 s and 30 s in production). */
const TIMEOUT_MS = 200;
const PASSWORD = "Mango-Tiger-Cloud-47";
const USER = "U0KID00009";

const holdsPassword = (args: Record<string, unknown>) => JSON.stringify(args.view).includes(PASSWORD);

/**
 * A secret put on a student's Slack Home tab is cleared by a job scheduled once the publish is done. When
 * Slack applied the publish but no try's answer came back in time, no job was scheduled: the new password
 * stayed on the Home tab for good. The clearing now comes whatever the publish's outcome.
 */
describe("a secret whose Home tab publish Slack applied but answered too late", () => {
  let world: SlackWorld;
  afterEach(async () => world.close());

  it("is cleared from the Home tab at its time all the same", async () => {
    world = await SlackWorld.create(
      {},
      {
        channel: () => ({
          timeoutMs: TIMEOUT_MS,
          // The production retry policy (bounded by the limit): every try is applied and times out.
          clientOptions: {},
        }),
      },
    );
    world.api.answerTooLate("views.publish", holdsPassword);
    await expect(
      world.app.notifier.notify(
        { channel: "slack", chatUserId: USER },
        {
          text: { key: "reset.generated", params: { password: PASSWORD, minutes: 5, seconds: 300 } },
          protect: { deleteAfterSeconds: 300 },
        },
      ),
    ).rejects.toThrow("Slack refused the Home tab");
    // Slack did put it there; the bot could not know.
    expect(world.api.hungCalls).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(world.api.homeOf(USER))).toContain(PASSWORD);
    // The clearing job holds the user id, never the password.
    const stored = await world.storeText();
    expect(stored).toContain(CLEAR_HOME_JOB_KIND);
    expect(stored).not.toContain(PASSWORD);

    // Still there just before its time, gone after it: the normal Home is back.
    world.advance(299_000);
    await world.fullJobLook();
    expect(JSON.stringify(world.api.homeOf(USER))).toContain(PASSWORD);
    world.advance(2_000);
    await world.fullJobLook();
    const home = JSON.stringify(world.api.homeOf(USER));
    expect(home).not.toContain(PASSWORD);
    expect(home).toContain("This Slack account is not linked");
    expect(world.logs.text).not.toContain(PASSWORD);
  });
});
