import type { Argon2Parameters } from "../../src/core/answers/argon2-parameters.js";

/**
 * A cheap argon2id parameter set for tests (1 MiB, 1 pass): the same code paths at a fraction of the time.
 * Its id is one production never uses. The tests that prove production's parameters pass OWASP_ARGON2.
 */
export const TEST_ARGON2: Argon2Parameters = { id: 250, memoryCost: 1_024, timeCost: 1, parallelism: 1 };
