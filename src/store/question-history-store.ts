import type { Cluster, Redis } from "ioredis";
import type { QuestionHistory } from "../core/ports/question-history.js";
import type { StoreKeys } from "./keys.js";

type Run = <T>(operation: () => Promise<T>) => Promise<T>;

/** QuestionHistory on Redis: one small set, no TTL (a question once offered stays named by enrolments). */
export function questionHistoryStore(redis: Redis | Cluster, keys: StoreKeys, run: Run): QuestionHistory {
  return {
    offeredQuestionIds: () => run(() => redis.smembers(keys.offeredQuestions)),
    rememberOfferedQuestions: (ids) =>
      run(async () => {
        if (ids.length > 0) await redis.sadd(keys.offeredQuestions, ...ids);
      }),
  };
}
