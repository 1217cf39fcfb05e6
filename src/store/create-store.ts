import type { RedisSettings } from "../config/redis-settings.js";
import type { Store } from "../core/ports/store.js";
import { createRedisClient, type RedisClientOptions } from "./redis-client.js";
import { createRedisStore } from "./redis-store.js";

export type CreateStoreOptions = RedisClientOptions & {
  /** How long one operation may take before it fails with StoreUnavailableError. */
  operationTimeoutMs?: number;
};

/**
 * The application's store, from configuration: real Redis (URL, Cluster or Sentinel) when configured, else
 * the embedded ioredis-mock, with the same store code either way. Close it on shutdown.
 */
export function createStore(settings: RedisSettings, options: CreateStoreOptions = {}): Store {
  const client = createRedisClient(settings, options);
  try {
    return createRedisStore(client, {
      prefix: settings.prefix,
      auditMaxEvents: settings.auditMaxEvents,
      auditRetentionDays: settings.auditRetentionDays,
      auditMaxAttemptsPerChatHour: settings.auditMaxAttemptsPerChatHour,
      logger: options.logger,
      operationTimeoutMs: options.operationTimeoutMs,
    });
  } catch (error) {
    client.disconnect();
    throw error;
  }
}
