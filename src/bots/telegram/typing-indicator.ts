import type { Logger } from "../../logging/create-logger.js";
import { describeApiError, type BotApi } from "./retrying-api.js";

/** Work that is not done by then (argon2, the directory) shows "typing…"; quicker work shows nothing. */
export const TYPING_AFTER_MS = 300;

/** Calls `callback` after `ms` unless the returned cancel is called first. Tests pass a hand-driven one. */
export type StartTimer = (callback: () => void, ms: number) => () => void;

export interface TypingIndicatorOptions {
  afterMs?: number;
  startTimer?: StartTimer;
}

const startRealTimer: StartTimer = (callback, ms) => {
  const timer = setTimeout(callback, ms);
  return () => clearTimeout(timer);
};

/**
 * Telegram's "typing…" under the bot's name, so a child whose reply takes a moment knows the bot heard them.
 * Shown once per update: Telegram keeps it up for about 5 seconds or until the bot's next message, which is
 * longer than any step takes. For private chats only; a group is never told anything but "message me".
 */
export class TypingIndicator {
  private readonly afterMs: number;
  private readonly startTimer: StartTimer;

  /** `api` should not retry: a late "typing…" is worthless, and the reply waits for it. */
  constructor(
    private readonly api: BotApi,
    private readonly logger: Logger,
    options: TypingIndicatorOptions = {},
  ) {
    this.afterMs = options.afterMs ?? TYPING_AFTER_MS;
    this.startTimer = options.startTimer ?? startRealTimer;
  }

  /**
   * Runs `work` for the private chat `chatId`, showing "typing…" if it is still running after the threshold.
   * Returns only once that call has settled, so the indicator never arrives after the reply. `log` is the
   * update's logger.
   */
  async whileWorking<T>(chatId: number, work: () => Promise<T>, log = this.logger): Promise<T> {
    let shown: Promise<void> | undefined;
    const cancel = this.startTimer(() => {
      shown = this.show(chatId, log);
    }, this.afterMs);
    try {
      return await work();
    } finally {
      cancel();
      await shown;
    }
  }

  private async show(chatId: number, log: Logger): Promise<void> {
    await this.api
      .call("sendChatAction", { chat_id: chatId, action: "typing" })
      .catch((error: unknown) =>
        log.debug(describeApiError(error), "could not show typing (the reply follows anyway)"),
      );
  }
}
