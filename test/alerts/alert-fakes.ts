import RedisMock from "ioredis-mock";
import { afterEach, beforeEach } from "vitest";
import { AlertService, type AlertServiceOptions } from "../../src/alerts/alert-service.js";
import type { AlertSink } from "../../src/alerts/alert-sink.js";
import type { DeliveryPolicy } from "../../src/alerts/deliver-with-retries.js";
import { StoreUnavailableError } from "../../src/core/errors.js";
import type { Alert } from "../../src/core/ports/alerts.js";
import type { Store } from "../../src/core/ports/store.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

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
  return {
    markUpdateSeen: fail,
    forgetSeen: fail,
    forgetSeenMark: fail,
    countInWindow: fail,
    windowCount: fail,
  };
}

/** What a describe block of AlertService tests works with; fresh for each test. */
export interface AlertServicesUnderTest {
  /** The store the services count in (a test may swap in another; it closes the one it replaced). */
  store: Store;
  readonly logs: CapturedLogs;
  /** A service over the store and logs, with QUICK_DELIVERY and the block's window; `extra` overrides. */
  service(sinks: AlertSink[], extra?: Partial<AlertServiceOptions>): AlertService;
  /** Closes a service made some other way (createAlerts) with the others. */
  closeAfterTest(made: AlertService): AlertService;
}

/**
 * For a describe block of AlertService tests (call it at the top, after any clock hooks): each test gets a
 * fresh store and captured logs, and every service it made is closed, then the store, when the test is over
 * (test files share a worker). The clock stays the block's to fake and put back.
 */
export function alertServicesEachTest(dedupeMs: number): AlertServicesUnderTest {
  const services: AlertService[] = [];
  let store: Store | undefined;
  let logs = new CapturedLogs();
  const underTest: AlertServicesUnderTest = {
    get store() {
      if (store === undefined) throw new Error("the store is made for each test: use it inside one");
      return store;
    },
    set store(replacement) {
      store = replacement;
    },
    get logs() {
      return logs;
    },
    service(sinks, extra = {}) {
      const created = new AlertService({
        store: underTest.store,
        logger: logs.logger,
        sinks,
        dedupeMs,
        delivery: QUICK_DELIVERY,
        ...extra,
      });
      return underTest.closeAfterTest(created);
    },
    closeAfterTest(made) {
      services.push(made);
      return made;
    },
  };
  beforeEach(() => {
    store = mockStore();
    logs = new CapturedLogs();
  });
  afterEach(async () => {
    for (const service of services.splice(0)) await service.close();
    await store?.close();
    store = undefined;
  });
  return underTest;
}

/** Raises each alert, then waits until the service has sent (or held back) them all. */
export async function raiseAll(alerts: AlertService, raised: Alert[]): Promise<void> {
  for (const alert of raised) alerts.raise(alert);
  await alerts.flush();
}
