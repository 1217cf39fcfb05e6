import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { storedDialogDocument } from "../../src/core/dialog-state.js";
import { WEI_LING, openStep, textsOf } from "../helpers/dialog-helpers.js";
import { countArgon2 } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/** How many answers the open set-up has taken so far. */
async function answersTaken(world: TestWorld, kid: TestChat): Promise<number> {
  const stored = await world.deps.store.loadDialog(kid.ref);
  const state = storedDialogDocument.parse(JSON.parse(stored!.json)).state;
  return "picked" in state && Array.isArray(state.picked) ? state.picked.length : -1;
}

/**
 * A child stuck in the middle of set-up types "help" (or 帮助, tolong, உதவி, "I need help", "?"): she is
 * told what this step wants, in simple words, and asked the same thing again. Nothing is lost or counted.
 */
describe("help in the middle of set-up explains the step she is at", () => {
  let world: TestWorld;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    argon = countArgon2();
  });
  afterEach(async () => {
    argon.restore();
    await world.close();
  });

  /** Wei Ling proves her password and answers her first question: "Choose question 2 of 3" is open. */
  async function atSecondQuestion(): Promise<void> {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("Tiger");
    expect(kid.lastText).toContain("Choose question 2 of 3");
  }

  it.each(["help", "帮助", "tolong", "உதவி", "I need help", "?", "/help", "help me please"])(
    "'%s' at 'Choose question 2 of 3' says how to choose, then the same question; nothing deleted or lost",
    async (words) => {
      await atSecondQuestion();
      const outcome = await kid.send(words);
      const texts = textsOf(outcome);
      expect(texts.join("\n")).not.toContain("We are in the middle of something");
      expect(texts.join("\n")).not.toContain("deleted");
      expect(texts[0]).toContain("Tap the question you want to answer");
      expect(texts.at(-1)).toContain("Choose question 2 of 3");
      expect(outcome.deleteInbound).toBe(false);
      expect(await answersTaken(world, kid)).toBe(1);
    },
  );

  it.each(["help", "帮助", "tolong", "உதவி", "I need help", "?", "/help", "please help"])(
    "'%s' at 'Type your answer' says what to type there, then the same question; nothing saved or hashed",
    async (words) => {
      await atSecondQuestion();
      await kid.press("favourite food");
      argon.reset();
      const outcome = await kid.send(words);
      const texts = textsOf(outcome);
      expect(texts.join("\n")).not.toContain("We are in the middle of something");
      expect(texts[0]).toContain("Type your answer to the question below");
      expect(texts[0]).toContain("type back");
      expect(texts.at(-1)).toContain("What is your favourite food?");
      // A secret prompt: what she typed is deleted all the same (a command is no secret), never repeated back.
      expect(outcome.deleteInbound).toBe(!words.startsWith("/"));
      expect(argon.hashes).toBe(0);
      expect(await openStep(world, kid)).toBe("setup.answer");
      expect(await answersTaken(world, kid)).toBe(1);
      // She goes on where she was.
      await kid.send("Chicken rice");
      expect(kid.lastText).toContain("Choose question 3 of 3");
    },
  );

  it("'help' at the user ID and /help at the password say what those steps want", async () => {
    await kid.send("/setup");
    const atId = textsOf(await kid.send("help"));
    expect(atId[0]).toContain("I need your user ID");
    expect(atId.at(-1)).toContain("Type your user ID.");
    await kid.send(WEI_LING.id);
    const atPassword = textsOf(await kid.send("/help"));
    expect(atPassword[0]).toContain("I need the password you use on the school computers");
    expect(atPassword.at(-1)).toContain("Now type your password.");
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Choose question 1 of 3");
  });

  it("in the chat's language", async () => {
    await kid.send("/language");
    await kid.send("2");
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.send("帮助");
    expect(kid.lastText).toContain("点你想回答的问题");
    expect(kid.lastText).toContain("请选第 1 个问题");
  });
});

/**
 * At "What is your favourite food? Type your answer", a child who meant to pick the animal question types
 * its word: it was saved as her food answer, and she lost that question without knowing. Another question's
 * word is no answer: she is told so, without the word, and asked again; nothing is hashed or saved.
 */
describe("another question's word at an answer prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    argon = countArgon2();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite food");
    argon.reset();
  });
  afterEach(async () => {
    argon.restore();
    await world.close();
  });

  it.each(["animal", "Animal!", "动物", "haiwan", "விலங்கு", "colour", "book"])(
    "'%s' is refused kindly, never repeated back, and the same question is asked again",
    async (word) => {
      const outcome = await kid.send(word);
      const texts = textsOf(outcome);
      expect(texts[0]).toContain("That is the name of a question, not an answer.");
      expect(texts[0]).toContain("type back");
      expect(texts.join("\n").toLowerCase()).not.toContain(word.toLowerCase().replace("!", ""));
      expect(texts.at(-1)).toContain("What is your favourite food?");
      expect(outcome.deleteInbound).toBe(true);
      expect(argon.hashes).toBe(0);
      expect(await answersTaken(world, kid)).toBe(0);
    },
  );

  it("'back' then chooses the animal question she meant, which is still there", async () => {
    await kid.send("animal");
    await kid.send("back");
    await kid.press("favourite animal");
    expect(kid.lastText).toContain("What is your favourite animal?");
    await kid.send("Tiger");
    expect(kid.lastText).toContain("Choose question 2 of 3");
  });

  it("an answer that only contains another question's word is still an answer", async () => {
    await kid.send("animal crackers");
    expect(kid.lastText).toContain("Choose question 2 of 3");
    expect(await answersTaken(world, kid)).toBe(1);
  });
});

/**
 * With nothing open, a child who types "I need help" (tolong saya, 帮帮我, உதவி வேண்டும், "?") asks what the
 * plain "help" asks: she gets the list of what the bot can do. Before, she got the menu again with no word
 * of help, and "?" the buttons' hint.
 */
describe("help in words with nothing open", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  // On a phone in the words' language: from another, Chinese or Tamil words choose theirs first
  // (help-word-chooses-language).
  it.each([
    ["I need help", "en"],
    ["tolong saya", "ms"],
    ["帮帮我", "zh"],
    ["உதவி வேண்டும்", "ta"],
    ["?", "en"],
    ["help me please", "en"],
  ])("'%s' gets what 'help' gets", async (words, locale) => {
    const plain = textsOf(await kid.send("help", { locale }));
    const outcome = await kid.send(words, { locale });
    expect(textsOf(outcome)).toEqual(plain);
    expect(textsOf(outcome).join("\n")).toContain("/setup");
    expect(outcome.deleteInbound).toBe(false);
  });
});
