import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackWorld } from "./slack-world.js";

/*
 * Found by an attacker's QA pass: every request to /slack/events without Slack's signature was a warning
 * line, so anyone who found the address could fill the log (and bury real warnings) as fast as they could
 * send requests.
 */

const FORGED = "Failed to parse and verify the request data";
const AHEAD = "refused a Slack request stamped more than 5 minutes in the future";

let world: SlackWorld;
beforeEach(async () => {
  world = await SlackWorld.create();
});
afterEach(async () => world.close());

const event = () => ({ type: "message", channel: "D0KID", channel_type: "im", user: "U0KID", text: "hi" });
const linesWith = (words: string) =>
  world.logs.lines.filter((line) => line.includes(words)).map((line) => JSON.parse(line) as object);

describe("requests to the Slack endpoint that Slack did not sign", () => {
  it("are logged once a minute with how many were left out", async () => {
    for (let i = 0; i < 20; i++) {
      const response = await world.postEvent(event(), { secret: "not-the-signing-secret-0000000000" });
      expect(response.status).toBe(401);
    }
    expect(linesWith(FORGED)).toHaveLength(1);
    expect(linesWith(FORGED)[0]).not.toHaveProperty("notLogged");

    world.advance(60_000);
    await world.postEvent(event(), { secret: "not-the-signing-secret-0000000000" });
    expect(linesWith(FORGED)).toHaveLength(2);
    expect(linesWith(FORGED)[1]).toMatchObject({ level: 40, notLogged: 19 });
    expect(world.api.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("stamped far in the future, are logged once a minute too", async () => {
    const ahead = Math.floor(Date.now() / 1000) + 3_600;
    for (let i = 0; i < 20; i++) {
      expect((await world.postEvent(event(), { timestamp: ahead })).status).toBe(401);
    }
    expect(linesWith(AHEAD)).toHaveLength(1);
    world.advance(60_000);
    await world.postEvent(event(), { timestamp: ahead });
    expect(linesWith(AHEAD)[1]).toMatchObject({ level: 40, notLogged: 19 });
  });
});
