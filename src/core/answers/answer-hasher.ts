import { randomBytes } from "node:crypto";
import argon2 from "argon2";
import { OWASP_ARGON2, type Argon2Parameters } from "./argon2-parameters.js";

export interface AnswerHasherOptions {
  /** The parameter set new hashes are made with; production keeps the default (OWASP's row). */
  parameters?: Argon2Parameters;
}

/**
 * Hashes and checks normalised answers with argon2id and the server's pepper (argon2's `secret`), so a
 * stolen Redis dump cannot be guessed offline without the pepper too.
 */
export class AnswerHasher {
  private readonly secret: Buffer;
  /** Made at start-up, not on first use: the first unknown id must not cost an extra hash. */
  private readonly dummyHash: Promise<string>;
  private readonly parameters: Argon2Parameters;

  constructor(pepper: Buffer, options: AnswerHasherOptions = {}) {
    this.secret = pepper;
    this.parameters = options.parameters ?? OWASP_ARGON2;
    this.dummyHash = this.hash(randomBytes(16).toString("hex"));
    // A failure shows up (and is handled) where verifyDummy awaits it, not as an unhandled rejection.
    this.dummyHash.catch(() => undefined);
  }

  hash(normalisedAnswer: string): Promise<string> {
    const { memoryCost, timeCost, parallelism } = this.parameters;
    return argon2.hash(normalisedAnswer, {
      type: argon2.argon2id,
      memoryCost,
      timeCost,
      parallelism,
      secret: this.secret,
    });
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
