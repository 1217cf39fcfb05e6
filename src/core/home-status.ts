import type { ChatRef } from "./chat.js";
import type { Register } from "./i18n/register.js";
import type { Reply } from "./messages.js";
import type { Directory, Person } from "./ports/directory.js";
import type { ChatLanguages } from "./ports/chat-languages.js";
import type { Enrolments } from "./ports/enrolments.js";
import type { Links } from "./ports/links.js";
import { menuOfPeople } from "./start-menu.js";

/** What a chat's home screen (Slack's App Home) says about the user. */
export interface HomeStatus {
  /** The school account this chat is linked to (as the directory spells it), or null. */
  personId: string | null;
  setUp: boolean;
  /** The language the chat chose with /language, or null (then the school's default). */
  language: string | null;
  /**
   * Whom the home screen speaks to: "staff" when a teacher or admin is linked here, as the directory says
   * now (as the core's /start menu). The children's when the directory does not answer.
   */
  register: Register;
  /** The chat's start menu: a linked teacher's or admin's own commands, else the students'. */
  menu: Reply;
}

/**
 * Reads the chat's link and enrolment. The store keeps ids in lower case; the directory's spelling is what
 * the student knows, and when the directory does not answer the stored id will do.
 */
export async function readHomeStatus(
  store: Links & Enrolments & ChatLanguages,
  directory: Pick<Directory, "findPerson">,
  chat: ChatRef,
  accountName: string,
): Promise<HomeStatus> {
  const [linked, language] = await Promise.all([store.linkedPeople(chat), store.chatLanguage(chat)]);
  const personId = linked[0] ?? null;
  if (personId === null) {
    return { personId, setUp: false, language, register: "child", menu: menuOfPeople([], accountName).reply };
  }
  const [enrolment, people] = await Promise.all([
    store.getEnrolment(personId),
    Promise.all(linked.map((id) => directory.findPerson(id).catch(() => null))),
  ]);
  const known = people.filter((person): person is Person => person !== null);
  const menu = menuOfPeople(known, accountName);
  // Spoken to as staff, the account named is the staff member's own, even when a child was linked first.
  const named = menu.actor ?? people[0];
  return {
    personId: named?.id ?? personId,
    setUp: enrolment !== null,
    language,
    register: menu.actor !== null ? "staff" : "child",
    menu: menu.reply,
  };
}
