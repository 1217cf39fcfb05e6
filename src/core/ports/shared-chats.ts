import type { ChatRef } from "../chat.js";

/**
 * Chats a staff member and a student have both been linked to (a family phone). Whoever holds such a phone
 * may be the child, so a staff command there asks for the staff member's password; the mark stays when the
 * child's link moves away or is logged out, as the phone stays in the family.
 */
export interface SharedChats {
  markSharedWithStudent(chat: ChatRef): Promise<void>;
  wasSharedWithStudent(chat: ChatRef): Promise<boolean>;
}
