import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/** What a keyed digest is for; each purpose gets its own key derived from the pepper. */
export type DigestPurpose =
  | "confirm-password"
  | "decoy-questions"
  | "unknown-subject"
  | "one-time-code"
  | "setup-answer"
  | "round-answer"
  | "practice-reminder"
  | "secret-again";

/**
 * Fast keyed digests (HMAC-SHA-256 under keys derived from the pepper) for values that must be compared
 * later but never stored for long: a new password typed twice, a one-time code, set-up's answers (to
 * check that the three differ), and the secret a dialog ended on (for two minutes: see SECRET_TAKEN). Answers are low-entropy, so their digests live only in the set-up dialog's
 * state until set-up (its practice round included) ends and are never stored with the enrolment, which keeps argon2id hashes only.
 */
export class KeyedDigest {
  private readonly keys = new Map<DigestPurpose, Buffer>();

  constructor(private readonly pepper: Buffer) {}

  digest(purpose: DigestPurpose, value: string): string {
    return createHmac("sha256", this.key(purpose)).update(value, "utf8").digest("base64url");
  }

  private key(purpose: DigestPurpose): Buffer {
    let key = this.keys.get(purpose);
    if (key === undefined) {
      key = Buffer.from(hkdfSync("sha256", this.pepper, Buffer.alloc(0), `sspr:${purpose}`, 32));
      this.keys.set(purpose, key);
    }
    return key;
  }
}

/** Whether two digests are the same, in time that does not depend on where they differ. */
export function digestsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
