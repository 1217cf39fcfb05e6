import type { ChatRef } from "../chat.js";
import type { Enrolment } from "./enrolments.js";

/**
 * What makes a verified reset safe to finish. Each person has a version that every unlink, re-link, set-up,
 * clearing of answers, suspension and counted reset bumps. A dialog remembers the version it verified
 * against; finishing reserves the reset only if the version is unchanged (one script on the person's own
 * keys, so it works on Redis Cluster), then the directory changes the password, then the reset is committed.
 * The window that remains is the directory call itself.
 */
export interface ResetGuard {
  /** The person's current version (0 for a person never seen). */
  personVersion(personId: string): Promise<number>;
  /**
   * Reserves the right to set this person's password now. Refused when the version moved, when `student`
   * checks are asked for and the student is suspended or at the cap, or while another reset is reserved.
   */
  reserveReset(personId: string, request: ResetReservationRequest): Promise<ResetReservation>;
  /** The directory took the password: count it (self-service), bump the version, drop the reservation. */
  commitReset(
    personId: string,
    token: string,
    commit: { now: number; countForCapMs: number | null },
  ): Promise<void>;
  /** The directory did not take it: drop the reservation, nothing counted. */
  releaseReset(personId: string, token: string): Promise<void>;
  /**
   * Saves a set-up's answers only while the person's version is still `expectedVersion` (nobody re-linked,
   * cleared or set up meanwhile), and bumps it. False if it moved. With `linkedTo`, also only while that chat
   * is linked to the person, read just before (with the store's first commands, no round trip of its own).
   */
  saveEnrolmentIfUnchanged(
    personId: string,
    enrolment: Enrolment,
    expectedVersion: number,
    linkedTo?: ChatRef,
  ): Promise<boolean>;
  /**
   * Deletes the person's answers only while their version is still `expectedVersion`, and bumps it: what a
   * confirm screen shown at that version may clear. "none" if there were none, "changed" (nothing deleted)
   * if the version moved.
   */
  clearEnrolmentIfUnchanged(
    personId: string,
    expectedVersion: number,
  ): Promise<"cleared" | "none" | "changed">;
}

export interface ResetReservationRequest {
  expectedVersion: number;
  now: number;
  /** How long the reservation holds if the bot dies mid-reset. */
  ttlMs: number;
  /** Self-service only: refuse while suspended, or at `maxResets` counted within `windowMs`. */
  student?: { maxResets: number; windowMs: number };
}

export type ResetReservation =
  { ok: true; token: string } | { ok: false; reason: "changed" | "suspended" | "capped" | "busy" };
