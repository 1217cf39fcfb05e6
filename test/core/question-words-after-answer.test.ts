import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Language } from "../../src/core/i18n/languages.js";
import { translate } from "../../src/core/i18n/translate.js";
import type { Outcome } from "../../src/core/messages.js";
import { DEFAULT_QUESTIONS } from "../../src/core/questions/question-list.js";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const deleted = (outcome: Outcome) => outcome.replies.some((r) => r.text.key === "input.deletedMaybeSecret");
const asked = (id: string, language: Language) => DEFAULT_QUESTIONS.find((q) => q.id === id)!.text[language]!;

/** The word for the food question, and a plain "what?", as a child writes them in each language. */
const WORDS: Record<Language, { food: string; toy: string; what: string }> = {
  en: { food: "food", toy: "Toy", what: "what?" },
  zh: { food: "食物", toy: "玩具", what: "什么？" },
  ms: { food: "Makanan", toy: "mainan", what: "apa?" },
  ta: { food: "உணவு", toy: "பொம்மை", what: "என்ன?" },
};

/**
 * Right after a child answers a question, set-up asks her to choose the next. A child who types "food" (the
 * food question) or "what?" there was told "I deleted that message. It may have been your password or a
 * secret answer", and got nowhere. The answer or the password sent again must still be deleted.
 */
describe.each(Object.keys(WORDS) as Language[])("in %s, words at 'Choose question 2 of 3'", (language) => {
  let world: TestWorld;
  let kid: TestChat;
  const send = (text: string) => kid.send(text, { locale: language });
  const { food, toy, what } = WORDS[language];

  /** Set-up up to the second question's buttons, with `answer` given to the animal question. */
  async function answerTheFirst(answer: string): Promise<void> {
    await send("/setup");
    await send(WEI_LING.id);
    await send(WEI_LING.password);
    await send("1");
    expect(kid.lastText).toContain(asked("animal", language));
    await send(answer);
    expect(kid.buttons).toHaveLength(7);
  }

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat(`kid-${language}`);
  });
  afterEach(async () => world.close());

  it("the food question's word picks the food question, kept in the chat", async () => {
    await answerTheFirst("Tiger");
    const typed = await send(food);
    expect(typed.deleteInbound).toBe(false);
    expect(deleted(typed)).toBe(false);
    expect(kid.lastText).toContain(asked("food", language));
  });

  it("'what?' is kept and gets the hint and the buttons again, in her language", async () => {
    await answerTheFirst("Tiger");
    const typed = await send(what);
    expect(typed.deleteInbound).toBe(false);
    expect(deleted(typed)).toBe(false);
    expect(kid.lastText).toContain(translate({ key: "input.useButtons", params: { max: 7 } }, language));
    expect(kid.buttons).toHaveLength(7);
  });

  // Another question's word is no answer (she meant to choose that question): so it is none sent again here.
  it("another question's word is refused as an answer; at the buttons it picks that question", async () => {
    await send("/setup");
    await send(WEI_LING.id);
    await send(WEI_LING.password);
    await send("1");
    const refused = await send(toy);
    expect(refused.replies[0]!.text.key).toBe("setup.answerIsQuestionWord");
    expect(refused.deleteInbound).toBe(true);
    await answerTheFirst("Tiger");
    const picked = await send(toy);
    expect(picked.deleteInbound).toBe(false);
    expect(kid.lastText).toContain(asked("toy", language));
  });

  it("the password, sent again after an answer, is still deleted", async () => {
    await answerTheFirst("Tiger");
    const password = await send(WEI_LING.password);
    expect(password.deleteInbound).toBe(true);
    expect(deleted(password)).toBe(true);
  });
});
