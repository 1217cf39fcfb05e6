import { Cluster, type Redis } from "ioredis";
import type { Writable } from "node:stream";

/*
 * ioredis writes every command to the socket at once, one system call each. Commands a step sends side by
 * side (Promise.all) would then cost Redis and the bot a round trip each, although they travel together. So
 * each connection's socket is corked at its first write in a tick and uncorked on process.nextTick, as
 * Node's documentation of writable.cork() advises: every command sent in that tick leaves in one write.
 * Nothing waits longer: the tick ends before any reply could come. Commands sent one after another, each
 * awaiting the one before, are written as before.
 */

const batched = new WeakSet<Writable>();
const watched = new WeakSet<Redis | Cluster>();

function corkPerTick(stream: Writable): void {
  if (batched.has(stream)) return;
  batched.add(stream);
  const write = stream.write;
  let corked = false;
  const uncork = () => {
    corked = false;
    stream.uncork();
  };
  stream.write = function (this: Writable, ...args: Parameters<Writable["write"]>) {
    if (!corked) {
      corked = true;
      stream.cork();
      process.nextTick(uncork);
    }
    return write.apply(this, args);
  } as Writable["write"];
}

function batchConnection(redis: Redis): void {
  // ioredis sets `stream` before it reports "connect", on every (re)connection; a mock has none.
  const hook = () => {
    const stream = (redis as { stream?: Writable }).stream;
    if (stream !== undefined && typeof stream.cork === "function") corkPerTick(stream);
  };
  redis.on("connect", hook);
  hook();
}

/** Makes commands sent in the same tick leave in one write, on a server's connection or a Cluster's. */
export function batchWritesPerTick(client: Redis | Cluster): void {
  if (watched.has(client)) return;
  watched.add(client);
  if (client instanceof Cluster) {
    client.on("+node", (node: Redis) => batchConnection(node));
    for (const node of client.nodes()) batchConnection(node);
    return;
  }
  batchConnection(client);
}
