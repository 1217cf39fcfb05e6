import type { ChatRef } from "../chat.js";
import type { CoreDeps } from "../core-deps.js";
import type { ChatNotifier, Choice, Reply } from "../messages.js";
import type { ChatLanguages } from "../ports/chat-languages.js";
import { isLanguage, LANGUAGE_NAMES, languageOfLocale, type Language } from "./languages.js";

/** Choices of the language menu: ids under the start menu's prefix, so they work in any state. */
export const LANGUAGE_CHOICE_PREFIX = "lang:";

/**
 * The language to answer a chat in: the chat's own choice (if the school still offers it), else the
 * platform's locale (Telegram language_code, Slack user locale), else the school's DEFAULT_LANGUAGE.
 */
export async function chatLanguage(
  deps: Pick<CoreDeps, "settings"> & { store: ChatLanguages },
  chat: ChatRef,
  locale?: string,
): Promise<Language> {
  return languageFor(deps.settings, await deps.store.chatLanguage(chat), locale);
}

/** As chatLanguage, from a choice already read (a chat's turn brings it along). */
export function languageFor(
  settings: CoreDeps["settings"],
  chosen: string | null,
  locale?: string,
): Language {
  const { languages } = settings;
  if (chosen !== null && isLanguage(chosen) && languages.includes(chosen)) return chosen;
  return platformLanguage({ settings }, locale);
}

/**
 * The platform's locale if the school offers it, else DEFAULT_LANGUAGE: for words said without reading the
 * chat's own choice (a group, a busy chat, a store that does not answer).
 */
export function platformLanguage(deps: Pick<CoreDeps, "settings">, locale?: string): Language {
  return languageOfLocale(locale, deps.settings.languages) ?? deps.settings.defaultLanguage;
}

/** "Which language?" with one button per offered language, each named in its own script. */
export function languageMenu(deps: CoreDeps, idPrefix: string): Reply {
  const choices: Choice[] = deps.settings.languages.map((language) => ({
    id: `${idPrefix}${LANGUAGE_CHOICE_PREFIX}${language}`,
    label: { key: "language.name", params: { name: LANGUAGE_NAMES[language] } },
  }));
  return { text: { key: "language.choose" }, choices };
}

/** Replies without a language get `language`. */
export function inLanguage(replies: Reply[], language: Language): Reply[] {
  return replies.map((reply) => (reply.language === undefined ? { ...reply, language } : reply));
}

/** A notifier that writes to each chat in that chat's own language (a notice to another chat). */
export function notifierInChatLanguage(deps: CoreDeps): ChatNotifier {
  return {
    async notify(chat, reply) {
      const language =
        reply.language ?? (await chatLanguage(deps, chat).catch(() => deps.settings.defaultLanguage));
      await deps.notifier.notify(chat, { ...reply, language });
    },
  };
}

/**
 * A chat just linked without a /language choice keeps the language it was set up in, when the platform gave
 * one other than the school's default: messages sent to it from elsewhere (a teacher's code, "your password
 * was changed", the practice reminder) carry no locale, and would otherwise come in the school's default.
 * A chat in the default language stays unpinned, following its app's language as before.
 */
export async function keepSetUpLanguage(
  deps: Pick<CoreDeps, "settings"> & { store: ChatLanguages },
  chat: ChatRef,
  spoken: Language | undefined,
  /** Whether the chat had chosen a language when the turn began; undefined: read it. */
  chosenBefore?: boolean,
): Promise<void> {
  if (spoken === undefined || spoken === deps.settings.defaultLanguage || chosenBefore === true) return;
  if (chosenBefore === undefined && (await deps.store.chatLanguage(chat)) !== null) return;
  await deps.store.setChatLanguage(chat, spoken);
}
