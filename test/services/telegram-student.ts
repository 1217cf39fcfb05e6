import { expect } from "vitest";
import type { App } from "../../src/app.js";
import { translate } from "../../src/core/i18n/translate.js";
import type { Inbound, Outcome } from "../../src/core/messages.js";

/** The three questions the services tests' students pick, and their answers. */
export const ANSWERS: Record<string, string> = { animal: "Tiger", colour: "Purple", food: "Noodles" };

/**
 * A student's updates straight into the engine, as Telegram's would come (private chat, update ids counting
 * up from `firstUpdateId`), for the services tests that measure what a student costs a real Redis.
 */
export function telegramStudents(app: () => App, firstUpdateId: number) {
  let updates = 0;
  const send = (chat: string, input: Partial<Inbound>): Promise<Outcome> =>
    app().engine.handle({
      channel: "telegram",
      chatUserId: chat,
      isPrivate: true,
      updateId: String(firstUpdateId + ++updates),
      ...input,
    });
  function choice(outcome: Outcome, label: string): string {
    const found = outcome.replies
      .flatMap((r) => r.choices ?? [])
      .find((c) => translate(c.label).includes(label));
    if (found === undefined) throw new Error(`no "${label}" button`);
    return found.id;
  }
  /** A whole set-up from `chat`: id, password, the three questions; it ends by declining the practice round. */
  async function setUp(chat: string, person: { id: string; password: string }): Promise<void> {
    await send(chat, { text: "/setup" });
    await send(chat, { text: person.id });
    let outcome = await send(chat, { text: person.password });
    for (const question of Object.keys(ANSWERS)) {
      outcome = await send(chat, { choice: choice(outcome, question) });
      outcome = await send(chat, { text: ANSWERS[question]! });
    }
    expect(translate(outcome.replies[0]!.text)).toContain("All done");
    // Set-up ends when the child declines the practice round (it would otherwise wait 15 minutes).
    await send(chat, { choice: choice(outcome, "No thanks") });
  }
  return { send, choice, setUp };
}
