import type { RedisSettings } from "../config/redis-settings.js";
import { redisAclOf } from "../tools/store-failure-words.js";
import type { Store } from "../core/ports/store.js";
import { connectionFailure, createRedisClient, type RedisClientOptions } from "./redis-client.js";
import { storeKeys } from "./keys.js";
import { createPersonRecords, type PersonRecords } from "./person-records.js";
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
  return createProbedStore(settings, options).store;
}

/** The store plus what the operator's probes and metrics ask of Redis directly. */
export interface ProbedStore {
  store: Store;
  /** Resolves when Redis answers PING (for GET /readyz, which bounds the wait itself). */
  ping(): Promise<unknown>;
  /** Why the connection to Redis fails right now, if it does (for the store's health check). */
  connectionFailure(): Error | undefined;
  /** How many delayed jobs of a kind wait in Redis, over all replicas (for the metrics). */
  waitingJobs(kind: string): Promise<number>;
  /** Who the store knows, and removing a person's records (for the leavers job). */
  people: PersonRecords;
}

/** Like createStore, with the Redis probes for the health routes and metrics. */
export function createProbedStore(settings: RedisSettings, options: CreateStoreOptions = {}): ProbedStore {
  const client = createRedisClient(settings, options);
  try {
    const store = createRedisStore(client, {
      prefix: settings.prefix,
      auditMaxEvents: settings.auditMaxEvents,
      auditRetentionDays: settings.auditRetentionDays,
      auditMaxAttemptsPerChatHour: settings.auditMaxAttemptsPerChatHour,
      logger: options.logger,
      operationTimeoutMs: options.operationTimeoutMs,
      acl: redisAclOf(settings),
    });
    const keys = storeKeys(settings.prefix);
    return {
      store,
      ping: () => client.ping(),
      connectionFailure: () => connectionFailure(client),
      waitingJobs: (kind) => client.zcard(keys.jobs(kind)),
      people: createPersonRecords(client, settings.prefix),
    };
  } catch (error) {
    client.disconnect();
    throw error;
  }
}
