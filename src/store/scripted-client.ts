import type { Cluster, Redis } from "ioredis";
import { STORE_SCRIPTS, type StoreScripts } from "./lua-scripts.js";
import { PERSON_SCRIPTS, type PersonScripts } from "./person-scripts.js";

/** An ioredis client (server, Cluster, Sentinel or mock) with every store script registered on it. */
export type ScriptedClient = (Redis | Cluster) & StoreScripts & PersonScripts;

/**
 * Registers the store's scripts on a client (ioredis sends EVALSHA and falls back to EVAL once per
 * connection, on real Redis, Cluster and ioredis-mock alike) and returns the client typed with them.
 */
export function withStoreScripts(client: Redis | Cluster): ScriptedClient {
  for (const [name, definition] of Object.entries({ ...STORE_SCRIPTS, ...PERSON_SCRIPTS })) {
    client.defineCommand(name, definition);
  }
  return client as ScriptedClient;
}
