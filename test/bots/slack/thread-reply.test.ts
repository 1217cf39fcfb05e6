import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blockWords, SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/*
 * A child who answers the bot in a thread of the DM may tick "Also send to direct message": Slack then sends
 * her words as a message of subtype thread_broadcast. They are in the DM for all to see, and she waits for an
 * answer: the bot reads them as any message of hers.
 */
let world: SlackWorld;
let kid: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  kid = new SlackKid(world);
});
afterEach(async () => {
  await world.close();
});

function threadBroadcast(text: string) {
  return world.postEvent({
    type: "message",
    subtype: "thread_broadcast",
    channel: kid.dm,
    channel_type: "im",
    user: kid.userId,
    text,
    thread_ts: "1700000000.000100",
    ts: `${Date.now() / 1000}`,
  });
}

function saidSince(count: number): string {
  return world.api
    .callsTo("chat.postMessage")
    .slice(count)
    .map((c) => blockWords(c.args.blocks as Parameters<typeof blockWords>[0]))
    .join("\n");
}

describe("a thread reply also sent to the DM", () => {
  it("is answered as a message", async () => {
    const before = world.api.callsTo("chat.postMessage").length;
    await threadBroadcast("hi");
    expect(saidSince(before)).toContain("What would you like to do?");
  });

  it("at 'Type your user ID' is her user ID", async () => {
    await kid.message("setup");
    expect(kid.said).toContain("Type your user ID.");
    const before = world.api.callsTo("chat.postMessage").length;
    await threadBroadcast("S1001");
    expect(saidSince(before)).toContain("Now type your password.");
  });
});
