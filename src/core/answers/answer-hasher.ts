import { randomBytes } from "node:crypto";
import argon2 from "argon2";

/** OWASP's argon2id row: 19 MiB, 2 passes, 1 lane. */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * Hashes and checks normalised answers with argon2id and the server's pepper (argon2's `secret`), so a
 * stolen Redis dump cannot be guessed offline without the pepper too.
 */
export class AnswerHasher {
  private readonly secret: Buffer;
  /** Made at start-up, not on first use: the first unknown id must not cost an extra hash. */
  private readonly dummyHash: Promise<string>;

  constructor(pepper: Buffer) {
    this.secret = pepper;
    this.dummyHash = this.hash(randomBytes(16).toString("hex"));
    // A failure shows up (and is handled) where verifyDummy awaits it, not as an unhandled rejection.
    this.dummyHash.catch(() => undefined);
  }

  hash(normalisedAnswer: string): Promise<string> {
    return argon2.hash(normalisedAnswer, { ...ARGON2_OPTIONS, secret: this.secret });
  }

  /** True if the answer matches. A malformed stored hash counts as no match. */
  async verify(storedHash: string, normalisedAnswer: string): Promise<boolean> {
    try {
      return await argon2.verify(storedHash, normalisedAnswer, { secret: this.secret });
    } catch {
      return false;
    }
  }

  /**
   * Does the same work as `verify` against a hash nobody can match. Used when there is nothing real to
   * check (unknown id, not set up, unlinked chat) so that timing does not tell those cases apart.
   */
  async verifyDummy(normalisedAnswer: string): Promise<false> {
    await this.verify(await this.dummyHash, normalisedAnswer);
    return false;
  }
}
