import { Cluster, type Redis } from "ioredis";
import { storeKeys } from "./keys.js";
import { decodeKeyPart, literal } from "./person-records.js";

const PAGE = 500;

/**
 * Every person with an enrolment, a page of normalised ids at a time, from every master of a Cluster. An
 * enrolment is in the person's record (field "e", see enrolment-record) or, saved by a version before that,
 * under its own key; a page's records are checked for "e" in one pipeline. Each person comes once: through
 * their record when it has "e", else through the key before.
 */
export async function* enrolledPeople(client: Redis | Cluster, prefix: string): AsyncIterable<string[]> {
  const keys = storeKeys(prefix);
  const start = `${prefix}{p:`;
  const suffixOf = (key: string) => key.slice(key.indexOf("}", start.length) + 1);
  const record = suffixOf(keys.enrolment("x"));
  const before = suffixOf(keys.enrolmentBefore("x"));
  const nodes = client instanceof Cluster ? client.nodes("master") : [client];
  for (const node of nodes) {
    let cursor = "0";
    do {
      const [next, found] = await node.scan(cursor, "MATCH", `${literal(start)}*`, "COUNT", PAGE);
      cursor = next;
      /** By person: whether this page holds their record, and whether it holds their key before. */
      const people = new Map<string, { record: boolean; before: boolean }>();
      for (const key of found) {
        const end = key.indexOf("}", start.length);
        const suffix = suffixOf(key);
        if (end < 0 || (suffix !== record && suffix !== before)) continue;
        const id = decodeKeyPart(key.slice(start.length, end));
        const seen = people.get(id) ?? { record: false, before: false };
        people.set(id, {
          record: seen.record || suffix === record,
          before: seen.before || suffix === before,
        });
      }
      if (people.size === 0) continue;
      const ids = [...people.keys()];
      const pipeline = node.pipeline();
      for (const id of ids) pipeline.hexists(keys.enrolment(id), "e");
      const replies = (await pipeline.exec()) ?? [];
      const enrolled = ids.filter((id, i) => {
        const [error, inRecord] = replies[i] ?? [new Error("no reply")];
        if (error) throw error;
        const seen = people.get(id)!;
        return inRecord === 1 ? seen.record : seen.before;
      });
      if (enrolled.length > 0) yield enrolled;
    } while (cursor !== "0");
  }
}
