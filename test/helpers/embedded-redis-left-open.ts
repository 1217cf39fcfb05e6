import RedisMock from "ioredis-mock";
import { afterAll, beforeAll } from "vitest";

/**
 * How many ioredis-mock clients of the default keyspace are connected in this worker: each listens on the
 * keyspace's one "modified" emitter (for WATCH) until it is disconnected. An internal of ioredis-mock, read
 * here only to hold tests to closing what they open.
 */
function connectedClients(): number {
  const probe = new RedisMock() as unknown as {
    context: { modifiedKeyEvents: { listenerCount(event: string): number } };
    disconnect(): void;
  };
  const count = probe.context.modifiedKeyEvents.listenerCount("modified") - 1;
  probe.disconnect();
  return count;
}

/**
 * Fails a test file that leaves embedded Redis clients (ioredis-mock) connected. Test files share a worker
 * (isolate: false), so each client left open stays for every later file: it keeps its listener on the
 * keyspace's emitter, and past ten of them Node warns of a memory leak (MaxListenersExceededWarning). Close
 * the store (`store.close()`) or the client (`disconnect()`) when the test is done with it.
 */
export function failFilesThatLeaveEmbeddedRedisOpen(): void {
  let atStart = 0;
  beforeAll(() => {
    atStart = connectedClients();
  });
  afterAll(() => {
    const left = connectedClients() - atStart;
    if (left > 0)
      throw new Error(
        `this file left ${left} embedded Redis client(s) connected for the next files in its worker: ` +
          "close each store (store.close()) or client (disconnect()) it opens",
      );
  });
}
