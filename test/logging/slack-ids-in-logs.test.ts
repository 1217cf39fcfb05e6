import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "../bots/slack/slack-kid.js";
import { SlackWorld } from "../bots/slack/slack-world.js";

type LogLine = Record<string, unknown>;

describe("Slack's id of an input on the log lines of that input's work", () => {
  let world: SlackWorld;
  let kid: SlackKid;
  beforeEach(async () => {
    world = await SlackWorld.create();
    kid = new SlackKid(world);
  });
  afterEach(async () => world.close());

  const lines = () => world.logs.lines.map((line) => JSON.parse(line) as LogLine);

  it("the core's audit line of a submitted box carries the submission's trigger id", async () => {
    await kid.command("setup");
    await kid.submitBox("S1001");
    await kid.submitBox("not-her-password");
    const submission = world.lastTriggerId;

    const audit = lines().find((l) => String(l.msg).startsWith("audit link failed"));
    expect(audit?.slackId).toBe(submission);
    // Lines outside any input (start-up) carry none.
    expect(lines().find((l) => l.msg === "Slack channel started")?.slackId).toBeUndefined();
  });

  it("the adapter's line of a DM message Slack refuses to post carries the event's id", async () => {
    world.api.failNext("chat.postMessage", "channel_not_found");
    await kid.message("hello", { eventId: "EvLOGS00001" });

    const refused = lines().find((l) => l.msg === "could not post to Slack");
    expect(refused?.slackId).toBe("EvLOGS00001");
  });

  it("a failed email lookup (SLACK_TRUST_WORKSPACE_EMAIL) carries the id of the input it was for", async () => {
    await world.close();
    world = await SlackWorld.create({ SLACK_TRUST_WORKSPACE_EMAIL: "true" });
    kid = new SlackKid(world);
    // The fake Slack knows no such user: each lookup fails (user_not_found), and nothing is cached.
    await kid.command("setup");
    const command = world.lastTriggerId;
    await kid.submitBox("S1001");
    const submission = world.lastTriggerId;
    expect(kid.boxText).toContain("Now type your password.");

    const failed = lines().filter((l) => String(l.msg).startsWith("could not read a Slack user's email"));
    expect(failed.map((l) => l.slackId)).toEqual([command, submission]);
  });

  it("a pressed button's lines carry its trigger id, not the id of the input before it", async () => {
    await kid.command("start");
    const command = world.lastTriggerId;
    world.api.failNext("views.open", "expired_trigger_id");
    await kid.pressButton("Set up");
    const press = world.lastTriggerId;

    const refused = lines().filter((l) => l.msg === "could not show a Slack modal");
    expect(refused.map((l) => l.slackId)).toEqual([press]);
    expect(press).not.toBe(command);
  });
});
