import { Cluster, type Redis } from "ioredis";
import { decodeKeyPart, literal } from "./person-records.js";

const PAGE = 500;

/** Every person with an enrolment key, a page of normalised ids at a time, from every master of a Cluster. */
export async function* enrolledPeople(client: Redis | Cluster, prefix: string): AsyncIterable<string[]> {
  const start = `${prefix}{p:`;
  const nodes = client instanceof Cluster ? client.nodes("master") : [client];
  for (const node of nodes) {
    let cursor = "0";
    do {
      const [next, keys] = await node.scan(cursor, "MATCH", `${literal(start)}*}:enrolment`, "COUNT", PAGE);
      cursor = next;
      const ids = keys.map((key) => decodeKeyPart(key.slice(start.length, key.indexOf("}", start.length))));
      if (ids.length > 0) yield ids;
    } while (cursor !== "0");
  }
}
