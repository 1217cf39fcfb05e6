import type { Argon2Parameters } from "../../src/core/answers/argon2-parameters.js";

/**
 * A cheap argon2id parameter set for tests (8 KiB, argon2's least, and 1 pass): the same code paths at a
 * fraction of the time (about 0.1 ms of CPU a hash; 1 MiB took 0.7 ms). Its id is one production never uses.
 * The tests that prove production's parameters pass OWASP_ARGON2.
 */
export const TEST_ARGON2: Argon2Parameters = { id: 250, memoryCost: 8, timeCost: 1, parallelism: 1 };
