import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Seals answers a student just proved (AES-256-GCM under a key derived from the pepper) so they can wait in
 * a dialog state until the reset finishes and the enrolment is hashed anew (see enrolment-upgrade.ts).
 * Redis never holds them in clear; a sealed value is useless without the pepper and dies with the dialog.
 */
export class AnswerSeal {
  private readonly key: Buffer;

  /**
   * `label`: what the key is for, so that a value sealed for one use never opens as another (a staff
   * command's argument is sealed under "sspr:staff-argument", see sealed-argument.ts).
   */
  constructor(pepper: Buffer, label = "sspr:answer-upgrade") {
    this.key = Buffer.from(hkdfSync("sha256", pepper, Buffer.alloc(0), label, 32));
  }

  seal(value: unknown): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
  }

  /** The sealed value, or undefined when it was not sealed with this pepper or was changed. */
  open(sealed: string): unknown {
    try {
      const bytes = Buffer.from(sealed, "base64url");
      const decipher = createDecipheriv("aes-256-gcm", this.key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      const body = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
      return JSON.parse(body.toString("utf8"));
    } catch {
      return undefined;
    }
  }
}
