import { createHmac, hkdfSync } from "node:crypto";

/** What a keyed digest is for; each purpose gets its own key derived from the pepper. */
export type DigestPurpose = "confirm-password" | "decoy-questions" | "unknown-subject" | "one-time-code";

/**
 * Fast keyed digests (HMAC-SHA-256 under keys derived from the pepper) for values that must be compared
 * later but never stored: a new password typed twice, a one-time code. Not for answers: those are
 * low-entropy and get argon2id.
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
