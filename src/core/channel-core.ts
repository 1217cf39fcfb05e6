import type { ChatRef } from "./chat.js";
import type { CoreDeps } from "./core-deps.js";
import { promptOf, storedDocument, storedStep } from "./dialog-document.js";
import { longestTurnMs } from "./dialog-engine.js";
import { registerOfTurn } from "./dialog-register.js";
import { chatLanguage, platformLanguage } from "./i18n/chat-language.js";
import type { Language } from "./i18n/languages.js";
import type { Register } from "./i18n/register.js";
import { readHomeStatus, type HomeStatus } from "./home-status.js";
import type { Inbound, Outcome, Reply } from "./messages.js";
import type { Jobs } from "./ports/jobs.js";
import type { PendingDeletions } from "./ports/pending-deletions.js";
import { startMenu } from "./start-menu.js";
import { recordPasswordNotShown } from "./flows/password-not-shown.js";

/** The dialog engine as a channel sees it: one input in, what to do out. */
export interface ChatEngine {
  handle(inbound: Inbound): Promise<Outcome>;
}

/** Where a channel keeps its delayed jobs (deleting or hiding a secret later), so a restart still does them. */
export type ChannelJobs = Jobs;

/**
 * Everything a chat channel may ask of the core: the engine, a few questions about a chat, and the small
 * part of the store that is the channel's own bookkeeping. Channels never get the store, the directory or
 * the rest of CoreDeps.
 */
export interface ChannelCore {
  engine: ChatEngine;
  /** Whether the chat is linked to a school account, and set up; whom it speaks to, and its start menu. */
  homeStatus(chat: ChatRef): Promise<HomeStatus>;
  /**
   * The students' start menu (its buttons work in any state), for a channel that shows a menu outside a
   * dialog when the chat's own (HomeStatus.menu) could not be read.
   */
  menu(chat: ChatRef): Reply;
  /** The step of the chat's open dialog (what its boxes and buttons carry), or null when none is open. */
  openStep(chat: ChatRef): Promise<number | null>;
  /**
   * True the first time `key` is seen within `ttlSeconds` (e.g. a group told "write to me privately" once).
   * `mark`: a random token the key holds, so that forgetFirstTime forgets only this time's.
   */
  firstTime(key: string, ttlSeconds: number, mark?: string): Promise<boolean>;
  /** Forgets `key` (firstTime's): the next firstTime of it is true again. With `mark`, only if it holds it. */
  forgetFirstTime(key: string, mark?: string): Promise<void>;
  jobs: ChannelJobs;
  /** Messages with a secret the channel has not deleted yet though the platform will not send them again. */
  pendingDeletions: PendingDeletions;
  /**
   * The longest an update's turn can still be at work after it arrived (see longestTurnMs): a message noted
   * longer ago than this is in no turn's hands, here or on another replica.
   */
  longestTurnMs: number;
  /** Milliseconds since the epoch; tests move it. */
  clock: () => number;
  /** The languages the school offers (LANGUAGES) and its default, e.g. for per-language command menus. */
  languages: { offered: readonly Language[]; default: Language };
  /**
   * The language the core answers this chat in (its /language choice, else the platform's `locale`, else
   * the default), for words a channel says without the core (an edited message removed). Never rejects:
   * a store that does not answer gives the platform's.
   */
  chatLanguage(chat: ChatRef, locale?: string): Promise<Language>;
  /**
   * The open dialog's question as its step asks it, buttons and all (they still answer it), in `language`;
   * null when no dialog is open. Read only: nothing is saved, so the dialog's time is not made longer.
   */
  openPrompt(chat: ChatRef, language: Language): Promise<Reply | null>;
  /**
   * Whom words a channel says without the core (an edited message removed) speak to, as the core's own
   * would (dialog-register.ts): the open dialog's, by its step; else a teacher's or admin's when one is
   * linked here, as the start menu is theirs. Never rejects: the children's when the store or the directory
   * does not answer.
   */
  chatRegister(chat: ChatRef): Promise<Register>;
  /**
   * A reply whose `protect.setFor` password could not be shown in `chat`, after every way the channel has:
   * recorded for the admins (recordPasswordNotShown). Never rejects.
   */
  passwordNotShown(chat: ChatRef, personId: string): Promise<void>;
}

/** The channels' view of a running core. */
export function createChannelCore(engine: ChatEngine, deps: CoreDeps): ChannelCore {
  const { store, settings, clock } = deps;
  // The home screen (Slack's App Home, opened at will) and an edited message's notice read who is linked
  // here as every message does: a student named in the last minute is taken as read (RecentStudents).
  const directory = { findPerson: (id: string) => deps.recentStudents.findPerson(deps.directory, id) };
  return {
    engine,
    homeStatus: (chat) => readHomeStatus(store, directory, chat, settings.accountName),
    menu: () => startMenu(settings.accountName),
    openStep: async (chat) => storedStep(await store.loadDialog(chat), clock(), settings.dialogMaxMs),
    firstTime: (key, ttlSeconds, mark) => store.markUpdateSeen(key, ttlSeconds, mark),
    forgetFirstTime: (key, mark) =>
      mark === undefined ? store.forgetSeen([key]) : store.forgetSeenMark(key, mark),
    jobs: store,
    pendingDeletions: store,
    longestTurnMs: longestTurnMs(settings.reset.reservationMs),
    clock,
    languages: { offered: settings.languages, default: settings.defaultLanguage },
    chatLanguage: (chat, locale) =>
      chatLanguage(deps, chat, locale).catch(() => platformLanguage(deps, locale)),
    openPrompt: async (chat, language) => {
      const now = clock();
      const stored = await store.loadDialog(chat);
      const document = storedDocument(stored, now, settings.dialogMaxMs);
      if (stored === null || document === null) return null;
      const prompt = promptOf({ chat, now, deps, language }, { revision: stored.revision, document });
      return { ...prompt, language };
    },
    chatRegister: async (chat) => {
      try {
        const document = storedDocument(await store.loadDialog(chat), clock(), settings.dialogMaxMs);
        const ofDialog = registerOfTurn(document?.state, null);
        return ofDialog ?? (await readHomeStatus(store, directory, chat, settings.accountName)).register;
      } catch {
        return "child";
      }
    },
    passwordNotShown: (chat, personId) => recordPasswordNotShown(deps, chat, personId).catch(() => undefined),
  };
}
