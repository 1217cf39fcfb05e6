import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackKid } from "./slack-kid.js";
import { SIGNING_SECRET, SlackWorld } from "./slack-world.js";

let world: SlackWorld;
let kid: SlackKid;

beforeEach(async () => {
  world = await SlackWorld.create();
  kid = new SlackKid(world);
});

afterEach(async () => {
  await world.close();
});

const dmEvent = (text: string) => ({
  type: "message",
  channel: kid.dm,
  channel_type: "im",
  user: kid.userId,
  text,
  ts: "1700000002.000200",
});

describe("only Slack gets in: Bolt checks every request's signature", () => {
  it("a forged signature is refused with 401 and nothing is done", async () => {
    const before = world.api.calls.length;
    const response = await world.postEvent(dmEvent("hi"), { secret: "not-the-signing-secret-0000000000" });
    expect(response.status).toBe(401);
    expect(world.api.calls.length).toBe(before);
    expect(await world.app.deps.store.loadDialog({ channel: "slack", chatUserId: kid.userId })).toBeNull();
  });

  it("a correctly signed request older than 5 minutes (a replay) is refused with 401", async () => {
    const before = world.api.calls.length;
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const response = await world.postEvent(dmEvent("hi"), { timestamp: tenMinutesAgo });
    expect(response.status).toBe(401);
    expect(world.api.calls.length).toBe(before);
  });

  it("a correctly signed request more than 5 minutes in the future is refused with 401, like an old one", async () => {
    const before = world.api.calls.length;
    const now = Math.floor(Date.now() / 1000);
    for (const ahead of [6 * 60, 3_600, 30 * 24 * 3_600]) {
      const event = await world.postEvent(dmEvent("hi"), { timestamp: now + ahead });
      expect(event.status).toBe(401);
      const command = await world.post(
        new URLSearchParams({
          team_id: "T0SCHOOL1",
          channel_id: kid.dm,
          user_id: kid.userId,
          command: "/sspr",
          text: "reset",
          trigger_id: world.newTriggerId(),
        }).toString(),
        "application/x-www-form-urlencoded",
        { timestamp: now + ahead },
      );
      expect(command.status).toBe(401);
    }
    expect(world.api.calls.length).toBe(before);
    expect(await world.app.deps.store.loadDialog({ channel: "slack", chatUserId: kid.userId })).toBeNull();
  });

  it("a request a little in the future (a clock running under 5 minutes fast) is still taken", async () => {
    const response = await world.postEvent(dmEvent("hi"), { timestamp: Math.floor(Date.now() / 1000) + 60 });
    expect(response.status).toBe(200);
    expect(world.api.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("a request without the signature headers is refused with 401", async () => {
    const response = await fetch(world.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "event_callback", event_id: "Ev1", event: dmEvent("hi") }),
    });
    expect(response.status).toBe(401);
  });

  it("a signed request with the right secret is taken", async () => {
    const response = await world.postEvent(dmEvent("hi"), { secret: SIGNING_SECRET });
    expect(response.status).toBe(200);
    expect(world.api.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("Slack's URL check is answered, and other paths under /slack are 404", async () => {
    const challenge = await world.post(
      JSON.stringify({
        type: "url_verification",
        challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
        token: "x",
      }),
      "application/json",
    );
    expect(await challenge.json()).toEqual({
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    });
    const other = await fetch(world.url.replace("/events", "/other"), { method: "POST", body: "{}" });
    expect(other.status).toBe(404);
  });
});

describe("Slack's retries are processed once", () => {
  it("an event redelivered with x-slack-retry-num is acknowledged and not handled again", async () => {
    const eventId = world.newEventId();
    await kid.message("hi", { eventId });
    expect(kid.response.status).toBe(200);
    expect(kid.said).toContain("What would you like to do?");

    const started = Date.now();
    await kid.message("hi", { eventId, retryNum: 1 });
    expect(kid.response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(kid.said).toBe("");
    expect(world.api.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("the acknowledgement does not wait for the work: a slow core still gets Slack its 200 at once", async () => {
    const engine = world.app.engine;
    const handle = engine.handle.bind(engine);
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    engine.handle = async (inbound) => {
      await gate;
      return handle(inbound);
    };
    const timestamp = Math.floor(Date.now() / 1000);
    const { createHmac } = await import("node:crypto");
    const body = JSON.stringify({
      type: "event_callback",
      team_id: "T0SCHOOL1",
      api_app_id: "A0SSPR0001",
      event_id: world.newEventId(),
      event: dmEvent("hi"),
    });
    const signature = createHmac("sha256", SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest("hex");
    const response = await fetch(world.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": `v0=${signature}`,
      },
      body,
    });
    expect(response.status).toBe(200);
    expect(world.api.callsTo("chat.postMessage")).toHaveLength(0);
    release();
    await world.channel.idle();
    expect(world.api.callsTo("chat.postMessage")).toHaveLength(1);
  });
});
