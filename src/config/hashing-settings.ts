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
    // Read by scripts/thread-pool.cjs before Node starts; checked here so a wrong value stops the bot.
    HASHING_NICENESS: integer(10, 0, 19),
  })
  .transform((env) => ({
    previousPepper: env.ANSWER_PEPPER_PREVIOUS,
    /** 0 (unset) means one per core. */
    argon2Concurrency: env.ARGON2_CONCURRENCY === 0 ? availableParallelism() : env.ARGON2_CONCURRENCY,
    hashingNiceness: env.HASHING_NICENESS,
  }));

/**
 * What to tell the admin when the bot was started without scripts/thread-pool.cjs (`node --require`): a
 * thread pool not larger than the argon2 limit (DNS and LDAP work can wait behind hashing), or, on Linux,
 * hashing threads left at the replies' priority (a busy moment slows every reply). Empty when all is well.
 */
export function threadPoolWarnings(
  env: Record<string, string | undefined>,
  hashing: { argon2Concurrency: number; hashingNiceness: number },
  platform: NodeJS.Platform = process.platform,
): string[] {
  const warnings: string[] = [];
  const { argon2Concurrency, hashingNiceness } = hashing;
  const pool = Number(env.UV_THREADPOOL_SIZE ?? "4") || 4;
  if (pool <= argon2Concurrency) {
    warnings.push(
      `UV_THREADPOOL_SIZE is ${pool}, not more than ARGON2_CONCURRENCY (${argon2Concurrency}): directory and DNS work can wait behind hashing. Start with --require ./dist/thread-pool.cjs (npm start and npm run start:prod do), or set UV_THREADPOOL_SIZE=${argon2Concurrency + 4}.`,
    );
  }
  const niced = Number(env.SSPR_HASHING_THREADS_NICED ?? "0");
  if (platform === "linux" && hashingNiceness > 0 && !(niced > 0)) {
    warnings.push(
      "Hashing runs at the same priority as the replies: when every core hashes, replies wait. Start with --require ./dist/thread-pool.cjs (npm start and npm run start:prod do).",
    );
  }
  return warnings;
}
