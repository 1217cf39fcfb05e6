import type { ChatRef } from "../chat.js";

/**
 * When a staff member last typed her own password in a chat (at /setup, or when a staff command asked for
 * it). On a chat linked only to staff, a staff command asks for it again once that is older than
 * STAFF_PASSWORD_AGAIN_MINUTES: a pupil may pick up the teacher's unlocked phone.
 */
export interface StaffProofs {
  /** Kept `forMs` (the window), then forgotten: a lapsed proof is no proof, and nothing stays behind. */
  noteStaffPasswordProven(chat: ChatRef, staffId: string, at: number, forMs: number): Promise<void>;
  /** When `staffId` last proved her password in this chat, while it is kept; null otherwise, or for another id. */
  staffPasswordProvenAt(chat: ChatRef, staffId: string): Promise<number | null>;
}
