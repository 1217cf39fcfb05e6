import { hkdfSync, randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import argon2 from "argon2";
import type { AnswerHash, Enrolment } from "../ports/enrolments.js";
import {
  KNOWN_ARGON2_PARAMETERS,
  OWASP_ARGON2,
  phcString,
  type Argon2Parameters,
} from "./argon2-parameters.js";
import { AnswerSeal } from "./answer-seal.js";
import { ConcurrencyLimit } from "./concurrency-limit.js";

/** What made an enrolment's hashes: which parameter set and which pepper (by its tag). */
export type HashOrigin = Pick<Enrolment, "parameterSet" | "pepperTag">;

export interface AnswerHasherOptions {
  /** The parameter set new hashes are made with; production keeps the default (OWASP's row). */
  parameters?: Argon2Parameters;
  /** Older parameter sets to verify besides KNOWN_ARGON2_PARAMETERS (tests upgrading from a test set). */
  olderParameters?: readonly Argon2Parameters[];
  /** The pepper being rotated out (ANSWER_PEPPER_PREVIOUS): answers hashed with it still verify. */
  previousPepper?: Buffer;
  /** argon2 operations at once (ARGON2_CONCURRENCY); more wait their turn. Default: the number of cores. */
  concurrency?: number;
  /** Told after each argon2 operation (for metrics, and for tests that count the work). */
  onOperation?: (operation: "hash" | "verify", ms: number) => void;
}

/** An answer hash as text, for a dialog state (JSON) that holds it until set-up ends. */
export function answerHashToText({ salt, hash }: AnswerHash): string {
  return `${salt.toString("base64")}.${hash.toString("base64")}`;
}

export function answerHashFromText(text: string): AnswerHash {
  const [salt = "", hash = ""] = text.split(".");
  return { salt: Buffer.from(salt, "base64"), hash: Buffer.from(hash, "base64") };
}

const SALT_BYTES = 16;
const HASH_BYTES = 32;

/**
 * A short public tag for a pepper (3 bytes of a key derived from it, hex), stored with each enrolment so the
 * right pepper is used without trying both. It tells nothing useful about a 32-byte random pepper.
 */
function pepperTagOf(pepper: Buffer): string {
  return Buffer.from(hkdfSync("sha256", pepper, Buffer.alloc(0), "sspr:pepper-tag", 3)).toString("hex");
}

/**
 * Hashes and checks normalised answers with argon2id and the server's pepper (argon2's `secret`), so a
 * stolen Redis dump cannot be guessed offline without the pepper too. Hashes are raw salt and hash bytes;
 * the parameters are named by the enrolment's parameter-set id and the pepper by its tag.
 * At most `concurrency` argon2 operations run at once, so hashing never takes all of libuv's threads.
 */
export class AnswerHasher {
  /** The parameter set and pepper that new hashes are made with. */
  readonly origin: HashOrigin;
  /** Keeps answers proven in a reset, sealed with the current pepper, until they are hashed anew. */
  readonly seal: AnswerSeal;
  /** Keeps what followed a staff command, sealed with the current pepper, while her password is asked. */
  readonly staffArgumentSeal: AnswerSeal;
  private readonly parameters: Argon2Parameters;
  private readonly known: Map<number, Argon2Parameters>;
  private readonly peppers: Map<string, Buffer>;
  private readonly current: Buffer;
  private readonly limit: ConcurrencyLimit;
  private readonly onOperation: AnswerHasherOptions["onOperation"];
  /** Made at start-up, not on first use: the first unknown id must not cost an extra hash. */
  private readonly dummyHash: Promise<string>;

  constructor(pepper: Buffer, options: AnswerHasherOptions = {}) {
    this.current = pepper;
    this.parameters = options.parameters ?? OWASP_ARGON2;
    const known = [...KNOWN_ARGON2_PARAMETERS, ...(options.olderParameters ?? []), this.parameters];
    this.known = new Map(known.map((p) => [p.id, p]));
    this.peppers = new Map([[pepperTagOf(pepper), pepper]]);
    if (options.previousPepper !== undefined) {
      this.peppers.set(pepperTagOf(options.previousPepper), options.previousPepper);
    }
    this.origin = { parameterSet: this.parameters.id, pepperTag: pepperTagOf(pepper) };
    this.seal = new AnswerSeal(pepper);
    this.staffArgumentSeal = new AnswerSeal(pepper, "sspr:staff-argument");
    this.limit = new ConcurrencyLimit(options.concurrency ?? availableParallelism());
    this.onOperation = options.onOperation;
    this.dummyHash = this.hash(randomBytes(16).toString("hex")).then(({ salt, hash }) =>
      phcString(this.parameters, salt, hash),
    );
    // A failure shows up (and is handled) where verifyDummy awaits it, not as an unhandled rejection.
    this.dummyHash.catch(() => undefined);
  }

  /** argon2 operations running now, and waiting for their turn. */
  get load(): { inFlight: number; queued: number } {
    return { inFlight: this.limit.inFlight, queued: this.limit.queued };
  }

  /** A new salt and the answer's hash under the current parameters and pepper (see `origin`). */
  async hash(normalisedAnswer: string): Promise<AnswerHash> {
    const salt = randomBytes(SALT_BYTES);
    const { memoryCost, timeCost, parallelism } = this.parameters;
    const hash = await this.timed("hash", () =>
      argon2.hash(normalisedAnswer, {
        type: argon2.argon2id,
        memoryCost,
        timeCost,
        parallelism,
        hashLength: HASH_BYTES,
        salt,
        secret: this.current,
        raw: true,
      }),
    );
    return { salt, hash };
  }

  /**
   * True if the answer matches a stored hash made as `origin` says. A hash this server cannot check (a
   * parameter set or pepper it does not know, malformed bytes) costs the same work and counts as no match.
   */
  async verify(origin: HashOrigin, stored: AnswerHash, normalisedAnswer: string): Promise<boolean> {
    const parameters = this.known.get(origin.parameterSet);
    // "" is an enrolment from before pepper tags: it was made with the pepper of its day, taken as current.
    const pepper = origin.pepperTag === "" ? this.current : this.peppers.get(origin.pepperTag);
    if (parameters === undefined || pepper === undefined) return this.verifyDummy(normalisedAnswer);
    return this.check(phcString(parameters, stored.salt, stored.hash), normalisedAnswer, pepper);
  }

  /**
   * Does the same work as `verify` against a hash nobody can match. Used when there is nothing real to
   * check (unknown id, not set up, unlinked chat) so that timing does not tell those cases apart.
   */
  async verifyDummy(normalisedAnswer: string): Promise<false> {
    await this.check(await this.dummyHash, normalisedAnswer, this.current);
    return false;
  }

  /**
   * False when `origin` names a pepper this server was not given (a wrong or changed ANSWER_PEPPER, without the
   * old one as ANSWER_PEPPER_PREVIOUS): those answers cannot be checked at all, so a "no match" would blame
   * the student for the server's settings.
   */
  hasPepperOf(origin: HashOrigin): boolean {
    return origin.pepperTag === "" || this.peppers.has(origin.pepperTag);
  }

  /** False when `origin` names a parameter set this version does not know (a newer version's enrolment). */
  knowsParametersOf(origin: HashOrigin): boolean {
    return this.known.has(origin.parameterSet);
  }

  /**
   * Whether hashes made as `origin` says are due to be made again (after a successful reset, when the
   * answers are at hand): an older parameter set, the previous pepper, or a pepper not recorded.
   */
  isStale(origin: HashOrigin): boolean {
    return origin.parameterSet !== this.origin.parameterSet || origin.pepperTag !== this.origin.pepperTag;
  }

  private async check(phc: string, normalisedAnswer: string, pepper: Buffer): Promise<boolean> {
    try {
      return await this.timed("verify", () => argon2.verify(phc, normalisedAnswer, { secret: pepper }));
    } catch {
      return false;
    }
  }

  private timed<T>(operation: "hash" | "verify", work: () => Promise<T>): Promise<T> {
    return this.limit.run(async () => {
      const started = performance.now();
      try {
        return await work();
      } finally {
        this.onOperation?.(operation, performance.now() - started);
      }
    });
  }
}
