import RedisMock from "ioredis-mock";
import type { AlertServiceOptions } from "../../src/alerts/alert-service.js";
import type { AlertSink } from "../../src/alerts/alert-sink.js";
import type { DeliveryPolicy } from "../../src/alerts/deliver-with-retries.js";
import { StoreUnavailableError } from "../../src/core/errors.js";
import type { Store } from "../../src/core/ports/store.js";
import { createRedisStore } from "../../src/store/redis-store.js";

/** Fast retries for tests: three tries, 20 ms apart, a try given up on after 100 ms. */
export const QUICK_DELIVERY: DeliveryPolicy = { attempts: 3, backoffMs: [20], attemptTimeoutMs: 100 };

/** A sink that keeps what it was sent. */
export class RecordingSink implements AlertSink {
  readonly sent: string[] = [];
  constructor(readonly name = "recording") {}
  async send(text: string): Promise<void> {
    this.sent.push(text);
  }
}

/** A sink that fails every try, as a Telegram client does whose message names its URL (with the token). */
export class ThrowingSink implements AlertSink {
  tries = 0;
  constructor(readonly name = "throwing") {}
  send(): Promise<void> {
    this.tries++;
    throw new Error("request to https://api.telegram.org/bot123456:SECRET-TOKEN/sendMessage failed");
  }
}

/** A sink that never answers (a Slack API hanging on a half-open connection). */
export class HangingSink implements AlertSink {
  tries = 0;
  constructor(readonly name = "hanging") {}
  send(): Promise<void> {
    this.tries++;
    return new Promise(() => undefined);
  }
}

/** A fresh store over its own ioredis-mock keyspace. */
export function mockStore(): Store {
  return createRedisStore(new RedisMock(), { prefix: `alerts-${Math.random()}:`, auditMaxEvents: 100 });
}

/** The alert service's store when Redis does not answer: every call fails as the real store's would. */
export function storeDown(): AlertServiceOptions["store"] {
  const fail = () => Promise.reject(new StoreUnavailableError());
  return { markUpdateSeen: fail, forgetSeen: fail, countInWindow: fail, windowCount: fail };
}
