import type { ChatRef } from "./chat.js";
import type { Directory } from "./ports/directory.js";
import type { ChatLanguages } from "./ports/chat-languages.js";
import type { Enrolments } from "./ports/enrolments.js";
import type { Links } from "./ports/links.js";

/** What a chat's home screen (Slack's App Home) says about the user. */
export interface HomeStatus {
  /** The school account this chat is linked to (as the directory spells it), or null. */
  personId: string | null;
  setUp: boolean;
  /** The language the chat chose with /language, or null (then the school's default). */
  language: string | null;
}

/**
 * Reads the chat's link and enrolment. The store keeps ids in lower case; the directory's spelling is what
 * the student knows, and when the directory does not answer the stored id will do.
 */
export async function readHomeStatus(
  store: Links & Enrolments & ChatLanguages,
  directory: Pick<Directory, "findPerson">,
  chat: ChatRef,
): Promise<HomeStatus> {
  const [personId, language] = await Promise.all([store.linkedPerson(chat), store.chatLanguage(chat)]);
  if (personId === null) return { personId, setUp: false, language };
  const [enrolment, person] = await Promise.all([
    store.getEnrolment(personId),
    directory.findPerson(personId).catch(() => null),
  ]);
  return { personId: person?.id ?? personId, setUp: enrolment !== null, language };
}
