import { availableParallelism } from "node:os";
import { z } from "zod";
import { integer, optionalString } from "./env-types.js";

/** How answers are hashed: pepper rotation and how much argon2 runs at once. */
export const hashingSettings = z
  .object({
    ANSWER_PEPPER_PREVIOUS: optionalString.refine(
      (v) => v === undefined || Buffer.byteLength(v, "utf8") >= 32,
      { message: "must be at least 32 bytes (it is the ANSWER_PEPPER you are rotating out)" },
    ),
    ARGON2_CONCURRENCY: integer(0, 0, 256),
  })
  .transform((env) => ({
    previousPepper: env.ANSWER_PEPPER_PREVIOUS,
    /** 0 (unset) means one per core. */
    argon2Concurrency: env.ARGON2_CONCURRENCY === 0 ? availableParallelism() : env.ARGON2_CONCURRENCY,
  }));

/**
 * What to tell the admin when Node's thread pool is not larger than the argon2 limit (the bot was started
 * without scripts/size-thread-pool.cjs), since then DNS and LDAP work can wait behind hashing; else null.
 */
export function threadPoolWarning(
  env: Record<string, string | undefined>,
  argon2Concurrency: number,
): string | null {
  const pool = Number(env.UV_THREADPOOL_SIZE ?? "4") || 4;
  if (pool > argon2Concurrency) return null;
  return `UV_THREADPOOL_SIZE is ${pool}, not more than ARGON2_CONCURRENCY (${argon2Concurrency}): directory and DNS work can wait behind hashing. Start with npm start, or set UV_THREADPOOL_SIZE=${argon2Concurrency + 4}.`;
}
