import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../src/bots/telegram/telegram-channel.js";
import { SlackWorld } from "../bots/slack/slack-world.js";
import { TelegramKid } from "../bots/telegram/telegram-kid.js";
import { TelegramWorld } from "../bots/telegram/telegram-world.js";

/*
 * Found by a security tester: one client opened the server's whole connection cap (256) and kept every
 * connection alive with a GET /healthz every few seconds, so no time limit ever fired. Telegram's and
 * Slack's requests were then refused for as long as it liked, with nothing in the log.
 * The attacker comes from other loopback addresses (127.0.0.2, ...) than the platforms (127.0.0.1).
 */

const attackers: Socket[] = [];

/**
 * Opens `count` keep-alive connections from `from` and sends GET /healthz on each. Resolves once each has
 * either had its answer (and now sits idle, kept alive) or been closed by the server.
 */
async function holdConnections(port: number, from: string, count: number): Promise<{ kept: number }> {
  let kept = 0;
  await Promise.all(
    Array.from({ length: count }, () => {
      const socket = connect({ port, host: "127.0.0.1", localAddress: from });
      attackers.push(socket);
      socket.on("error", () => undefined);
      return new Promise<void>((resolve) => {
        socket.once("connect", () =>
          socket.write("GET /healthz HTTP/1.1\r\nHost: bot\r\nConnection: keep-alive\r\n\r\n"),
        );
        socket.once("data", () => {
          kept++;
          resolve();
        });
        socket.once("close", () => resolve());
      });
    }),
  );
  return { kept };
}

/** Sends GET /healthz again on every attacker connection still open; resolves when each has its answer. */
async function pingAgain(): Promise<void> {
  await Promise.all(
    attackers
      .filter((socket) => !socket.destroyed)
      .map(
        (socket) =>
          new Promise<void>((resolve) => {
            socket.once("data", () => resolve());
            socket.once("close", () => resolve());
            socket.write("GET /healthz HTTP/1.1\r\nHost: bot\r\nConnection: keep-alive\r\n\r\n");
          }),
      ),
  );
}

const warnings = (lines: string[]) =>
  lines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((l) => l.event === "connection_dropped");

afterEach(() => {
  for (const socket of attackers) socket.destroy();
  attackers.length = 0;
});

describe("one client holding keep-alive connections up to the server's cap", () => {
  let world: TelegramWorld;
  let channel: TelegramChannel;
  afterEach(async () => world.close(channel));

  it("does not keep a signed Telegram update out, and the admin sees it in the log and metrics", async () => {
    ({ world, channel } = await TelegramWorld.create());
    const port = Number(new URL(world.webhookUrl).port);
    const { maxConnections, maxConnectionsPerClient } = world.http.limits;

    await holdConnections(port, "127.0.0.2", maxConnections);
    await pingAgain();

    const kid = new TelegramKid(world, 4242);
    await kid.say("/start");
    expect(kid.replies.length).toBeGreaterThan(0);
    expect(attackers.filter((s) => !s.destroyed).length).toBeLessThanOrEqual(maxConnectionsPerClient);

    // The attacker's new connections are refused, or take the place of its own idle ones: at most one line
    // a minute for each, with the address and nothing the client sent; the metric counts every one.
    const lines = warnings(world.logs.lines);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatchObject({ level: 40, address: "127.0.0.2" });
    expect(new Set(lines.map((l) => l.reason)).size).toBe(lines.length);
    const metrics = await world.app.metrics.registry.getSingleMetricAsString(
      "sspr_http_connections_dropped_total",
    );
    const counted = [...metrics.matchAll(/reason="(?:client_share|idle_shed)"\} (\d+)/g)];
    expect(counted.reduce((sum, m) => sum + Number(m[1]), 0)).toBeGreaterThanOrEqual(
      maxConnections - maxConnectionsPerClient,
    );
  });

  it("spread over several addresses, makes room by closing an idle one for a signed Telegram update", async () => {
    ({ world, channel } = await TelegramWorld.create());
    const port = Number(new URL(world.webhookUrl).port);
    const { maxConnections } = world.http.limits;

    // Eight addresses, each within its share (a quarter of the cap), fill the cap between them.
    for (let i = 0; i < 8; i++) await holdConnections(port, `127.0.0.${i + 2}`, maxConnections / 8);
    expect(attackers.filter((s) => !s.destroyed)).toHaveLength(maxConnections);

    const kid = new TelegramKid(world, 4242);
    await kid.say("/start");
    expect(kid.replies.length).toBeGreaterThan(0);
    expect(warnings(world.logs.lines)[0]).toMatchObject({ level: 40, reason: "idle_shed" });
  });
});

describe("one client holding keep-alive connections up to the server's cap, with Slack over HTTP", () => {
  let world: SlackWorld;
  afterEach(async () => world.close());

  it("does not keep a signed Slack event out", async () => {
    world = await SlackWorld.create();
    const port = Number(new URL(world.url).port);

    await holdConnections(port, "127.0.0.2", world.http.limits.maxConnections);
    const event = { type: "message", channel: "D0KID", channel_type: "im", user: "U0KID", text: "hi" };
    expect((await world.postEvent(event)).status).toBe(200);
  });
});
