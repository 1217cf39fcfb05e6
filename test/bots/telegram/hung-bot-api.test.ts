import { afterEach, describe, expect, it } from "vitest";
import { retryPolicyFor } from "../../../src/bots/telegram/retrying-api.js";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { platformCallObserver } from "../../../src/metrics/platform-observer.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/** Small limits: each try 200 ms, a whole delivery at most 600 ms (10 s and 30 s in production). */
const TIMEOUT_MS = 200;
const DELIVERY_MS = 3 * TIMEOUT_MS;
/** Room for the work around the calls (the core's step, the fake's bookkeeping) on a busy shared machine. */
const SLACK_MS = 2_000;

const isMenu = (payload: Record<string, unknown>) => String(payload.text).startsWith("Hi! I can help");

describe("a Bot API that stops answering", () => {
  let world: TelegramWorld;
  let channel: TelegramChannel;
  afterEach(async () => world.close(channel));

  async function start() {
    ({ world, channel } = await TelegramWorld.create(
      {},
      {
        channel: (w) => ({
          retry: {
            ...retryPolicyFor(TIMEOUT_MS, platformCallObserver("telegram", w.app.metrics, w.logs.logger)),
            // Back-off pauses are not waited (they still count against the deadline).
            sleep: async (ms) => w.retryWaits.push(ms),
          },
        }),
      },
    ));
  }

  it("holds the chat's next message no longer than one delivery's limit; hung calls are logged and counted", async () => {
    await start();
    const kid = new TelegramKid(world, 4242);
    world.api.hang("sendMessage", isMenu);
    // Both arrive together; the chat's messages are handled in order, so /help waits for /start's reply.
    const started = Date.now();
    const [first, second] = await Promise.all([
      world.post(kid.messageUpdate("/start")),
      world.post(kid.messageUpdate("/help")),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const helpReply = world.api.callsTo("sendMessage").find((c) => String(c.payload.text).includes("/setup"));
    expect(helpReply, "the /help reply was sent").toBeDefined();
    expect(Date.now() - started).toBeLessThan(DELIVERY_MS + SLACK_MS);

    // The tries of one delivery stop at its limit, not the policy's every attempt (4) and wait. How many
    // started before it depends on how busy the machine was (the limit counts from the update's arrival).
    const hung = world.api.hungCalls;
    expect(hung).toBeGreaterThanOrEqual(1);
    expect(hung).toBeLessThanOrEqual(3);
    const timeouts = (await world.app.metrics.platformCalls.get()).values.filter(
      (v) => v.labels.outcome === "timeout" && v.labels.method === "sendMessage",
    );
    expect(timeouts[0]?.value).toBe(hung);
    expect(world.logs.text).toContain("telegram sendMessage did not answer in time");
  });

  it("gives a whole delivery up within three times the limit, and the webhook answers by then", async () => {
    await start();
    const kid = new TelegramKid(world, 4343);
    world.api.hang("sendMessage");
    const started = Date.now();
    const answer = await world.post(kid.messageUpdate("/start"));
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(DELIVERY_MS + SLACK_MS);
    expect(world.logs.text).toContain("did not answer in time");
  });
});
