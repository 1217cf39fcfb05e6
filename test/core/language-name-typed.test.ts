import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Language } from "../../src/core/i18n/languages.js";
import { translate } from "../../src/core/i18n/translate.js";
import type { Outcome } from "../../src/core/messages.js";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/** Each language's name as a child types it, and a phone set to another language than that one. */
const NAMED: { name: string; language: Language; phone: Language }[] = [
  { name: "中文", language: "zh", phone: "en" },
  { name: "Bahasa Melayu", language: "ms", phone: "zh" },
  { name: "தமிழ்", language: "ta", phone: "en" },
  { name: "English", language: "en", phone: "ta" },
];

const languageOf = (outcome: Outcome) => outcome.replies.map((r) => r.language);
const askId = (language: Language) =>
  translate({ key: "setup.askId", params: { hint: "" } }, language).split("\n")[0]!;

/**
 * A child who cannot read the bot's language types the name of her own, where she is: "中文" at "Type your
 * user ID" was taken as her user ID (then "Now type your password"), and at the start menu got the English
 * menu again. The name chooses that language, and the same question is asked again in it.
 */
describe.each(NAMED)("'$name' typed on a phone in $phone", ({ name, language, phone }) => {
  let world: TestWorld;
  let kid: TestChat;
  const send = (text: string) => kid.send(text, { locale: phone });

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat(`kid-${language}`);
  });
  afterEach(async () => world.close());

  it("at the start menu chooses that language, and the menu comes in it", async () => {
    const typed = await send(name);
    expect(typed.deleteInbound).toBe(false);
    expect(new Set(languageOf(typed))).toEqual(new Set([language]));
    expect(kid.lastText).toContain(translate({ key: "language.set" }, language));
    expect(kid.buttons).toContain(translate({ key: "menu.setup" }, language));
  });

  it("at 'Type your user ID' chooses that language and asks for the ID again, which then works", async () => {
    await send("/setup");
    const typed = await send(name);
    expect(typed.deleteInbound).toBe(false);
    expect(new Set(languageOf(typed))).toEqual(new Set([language]));
    expect(kid.lastText).toContain(askId(language));
    await send(WEI_LING.id);
    await send(WEI_LING.password);
    expect(kid.lastText).toContain(translate({ key: "setup.pickQuestion", params: { number: 1 } }, language));
  });

  it("at the typed-ID reset's 'Type your user ID' chooses that language too", async () => {
    // Only a school that lets a reset start from any chat asks for the user ID there.
    const open = await TestWorld.create({ RESET_REQUIRES_LINKED_CHAT: "false" });
    await world.close();
    world = open;
    kid = world.chat(`kid-${language}`);
    await send("/reset");
    expect(kid.lastText).toContain(translate({ key: "reset.askId" }, phone).split("\n")[0]);
    const typed = await send(name);
    expect(new Set(languageOf(typed))).toEqual(new Set([language]));
    expect(kid.lastText).toContain(translate({ key: "reset.askId" }, language).split("\n")[0]);
  });

  it("at 'Choose question 1 of 3' chooses that language, kept, and the buttons come in it", async () => {
    await send("/setup");
    await send(WEI_LING.id);
    await send(WEI_LING.password);
    const typed = await send(name);
    expect(typed.deleteInbound).toBe(false);
    expect(new Set(languageOf(typed))).toEqual(new Set([language]));
    expect(kid.lastText).toContain(translate({ key: "setup.pickQuestion", params: { number: 1 } }, language));
    expect(kid.buttons).toHaveLength(8);
  });

  it("an answer that is the name, sent again at the next buttons, is deleted and chooses nothing", async () => {
    await send("/setup");
    await send(WEI_LING.id);
    await send(WEI_LING.password);
    await send("1");
    await send(name);
    expect(kid.buttons).toHaveLength(7);
    const again = await send(name);
    expect(again.deleteInbound).toBe(true);
    expect(new Set(languageOf(again))).toEqual(new Set([phone]));
  });
});
