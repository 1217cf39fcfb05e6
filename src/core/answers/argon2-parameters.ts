/**
 * An argon2id parameter set. Each enrolment stores only the set's `id` (parameters are stored once, here),
 * so an id must never be reused for other numbers: add a new set with a new id instead.
 */
export interface Argon2Parameters {
  id: number;
  /** KiB. */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's argon2id row: 19 MiB, 2 passes, 1 lane. What production uses. */
export const OWASP_ARGON2: Argon2Parameters = { id: 1, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Every parameter set an enrolment may name, whichever set the hasher makes new hashes with. */
export const KNOWN_ARGON2_PARAMETERS: readonly Argon2Parameters[] = [OWASP_ARGON2];
