import RedisMock from "ioredis-mock";
import { StoreUnavailableError } from "../../src/core/errors.js";
import type { Store } from "../../src/core/ports/store.js";
import { createRedisStore } from "../../src/store/redis-store.js";

/**
 * The Redis store over ioredis-mock that can be switched "down", as when Redis stops answering: every call
 * then fails with StoreUnavailableError, as the real store's do. `close` still works.
 */
export function switchableStore(prefix = `switch-${Math.random()}:`): {
  store: Store;
  redis: { down: boolean };
} {
  const inner = createRedisStore(new RedisMock(), { prefix, auditMaxEvents: 1_000 });
  const redis = { down: false };
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || property === "close") return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) =>
        redis.down ? Promise.reject(new StoreUnavailableError()) : method.apply(target, args);
    },
  });
  return { store, redis };
}
