import type { Cluster, Redis } from "ioredis";
import { defineStoreScripts, type StoreScripts } from "./lua-scripts.js";
import { definePersonScripts, type PersonScripts } from "./person-scripts.js";

/** An ioredis client (server, Cluster, Sentinel or mock) with every store script registered on it. */
export type ScriptedClient = (Redis | Cluster) & StoreScripts & PersonScripts;

export function withStoreScripts(client: Redis | Cluster): ScriptedClient {
  return definePersonScripts(defineStoreScripts(client));
}
