import type { ChatRef } from "../chat.js";

/** The language each chat chose with /language. Use it to read or change that choice, nothing else. */
export interface ChatLanguages {
  /**
   * The language this chat chose (/language), or null. Kept as long as the chat is linked; for a chat that
   * is not linked, until it has been unused for 30 days (each read counts as use).
   */
  chatLanguage(chat: ChatRef): Promise<string | null>;
  setChatLanguage(chat: ChatRef, language: string): Promise<void>;
}
