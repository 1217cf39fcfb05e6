import type { Cluster, Redis } from "ioredis";
import type { QuestionHistory } from "../core/ports/question-history.js";
import type { StoreKeys } from "./keys.js";

type Run = <T>(operation: () => Promise<T>) => Promise<T>;

/**
 * QuestionHistory on Redis: one set of ids and one marker under `{questions}`, no TTL. The set's members are
 * question ids (a few dozen at most, whatever the school's size).
 */
export function questionHistoryStore(redis: Redis | Cluster, keys: StoreKeys, run: Run): QuestionHistory {
  return {
    namedQuestionIds: () =>
      run(async () => {
        const [whole, ids] = await Promise.all([
          redis.exists(keys.namedQuestionsWhole),
          redis.smembers(keys.namedQuestions),
        ]);
        return whole === 1 ? ids : null;
      }),
    completeNamedQuestions: (ids) =>
      run(async () => {
        const write = redis.multi();
        if (ids.length > 0) write.sadd(keys.namedQuestions, ...ids);
        // Before this record the ids offered at each start were kept instead: they mean nothing now.
        await write.set(keys.namedQuestionsWhole, "1").del(keys.offeredQuestionsBefore).exec();
      }),
  };
}

/**
 * Records the ids an enrolment names, before it is saved (a separate command: another hash slot than the
 * person's keys). Before, so that a save that fails leaves at most an id a student picked, never a saved
 * enrolment whose id the record misses.
 */
export async function nameQuestions(redis: Redis | Cluster, keys: StoreKeys, ids: string[]): Promise<void> {
  if (ids.length > 0) await redis.sadd(keys.namedQuestions, ...ids);
}
