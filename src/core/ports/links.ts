import type { ChatRef } from "../chat.js";

/**
 * Which chats are linked to which school accounts (siblings may share a family phone). Use it to ask who a
 * chat belongs to, or to link and unlink; every link and unlink bumps the person's version (ResetGuard).
 */
export interface Links {
  /** Everyone linked to this chat (siblings may share a family phone), in the order they linked. */
  linkedPeople(chat: ChatRef): Promise<string[]>;
  /** The first person linked to this chat, or null: where only "is it linked, and to whom first" matters. */
  linkedPerson(chat: ChatRef): Promise<string | null>;
  /** The chat linked to this person, or null. */
  linkedChat(personId: string): Promise<ChatRef | null>;
  /**
   * Links the person to this chat, never dropping anyone else linked to it, and off any chat they were
   * linked to before, atomically. `full` (nothing changed) when the chat already holds `maxPeople` others,
   * not counting the people in `uncounted` (staff: a family phone's limit is about its students), who are
   * never refused either. Otherwise returns the chat the person was linked to before (if another one),
   * whether this chat was linked to them already, whether they had answers saved (read with the version, in
   * the same round trip: set-up needs to know whether stopping it keeps old answers), and the person's
   * version after the link (every link and unlink bumps it: ResetGuard).
   */
  link(
    chat: ChatRef,
    personId: string,
    maxPeople?: number,
    uncounted?: readonly string[],
  ): Promise<{ full: true } | LinkMade>;
  /**
   * Unlinks one person from this chat, or everyone linked to it when no person is named (bumping each
   * one's version); returns who was unlinked.
   */
  unlinkChat(chat: ChatRef, personId?: string): Promise<string[]>;
}

/** A link that was made (or made again). */
export interface LinkMade {
  full: false;
  previousChat: ChatRef | null;
  alreadyLinked: boolean;
  /** The others linked to this chat (store ids): siblings, or a parent who is staff. */
  othersHere: string[];
  /** The person had answers saved when the link was made (Enrolments). */
  setUp: boolean;
  version: number;
}
