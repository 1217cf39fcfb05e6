import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerHashToText } from "../../src/core/answers/answer-hasher.js";
import { NORMALISATION_VERSION, normaliseAnswer } from "../../src/core/answers/normalise-answer.js";
import { translate } from "../../src/core/i18n/translate.js";
import type { Language } from "../../src/core/i18n/languages.js";
import type { Outcome } from "../../src/core/messages.js";
import { WEI_LING, openStep, reachNewPasswordChoice } from "../helpers/dialog-helpers.js";
import { answersFor, resetTranscript } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const keysOf = (outcome: Outcome) => outcome.replies.map((r) => r.text.key);

/*
 * At "Choose question 1 of 3", a child says hello or thank you ("hi", 你好, "terima kasih", நன்றி). It was
 * deleted as maybe her password or a secret answer ("Was that your password or a secret answer?" on the
 * terminal), which a child who said hello does not understand. Set-up now refuses such words as answers, so
 * they cannot be the answer she is about to save; her password and her answers so far it knows by their
 * digests. She is greeted back (or told "you're welcome") and told how to pick a question, at the same step.
 */
describe("hello or thanks at set-up's question list", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  async function atQuestionList(language: Language, answered: boolean) {
    await kid.send("/setup", { locale: language });
    await kid.send(WEI_LING.id, { locale: language });
    await kid.send(WEI_LING.password, { locale: language });
    if (answered) {
      await kid.send("1", { locale: language });
      await kid.send("Tiger", { locale: language });
    }
    expect(keysOf(kid.last).at(-1)).toBe("setup.pickQuestion");
  }

  it.each([
    ["hello", "en", "setup.helloQuestion"],
    ["Hi!", "en", "setup.helloQuestion"],
    ["good morning", "en", "setup.helloQuestion"],
    ["thanks", "en", "setup.welcomeQuestion"],
    ["thank you", "en", "setup.welcomeQuestion"],
    ["你好", "zh", "setup.helloQuestion"],
    ["老师好", "zh", "setup.helloQuestion"],
    ["谢谢", "zh", "setup.welcomeQuestion"],
    ["hai", "ms", "setup.helloQuestion"],
    ["selamat pagi", "ms", "setup.helloQuestion"],
    ["terima kasih", "ms", "setup.welcomeQuestion"],
    ["வணக்கம்", "ta", "setup.helloQuestion"],
    ["நன்றி", "ta", "setup.welcomeQuestion"],
  ] as const)(
    "'%s' (%s): answered kindly in her language, kept, at the same question",
    async (words, language, key) => {
      for (const answered of [false, true]) {
        await kid.send("/cancel", { locale: language });
        await atQuestionList(language, answered);
        const outcome = await kid.send(words, { locale: language });
        expect(outcome.deleteInbound, words).toBe(false);
        expect(keysOf(outcome)).toEqual([key, "setup.pickQuestion"]);
        expect(outcome.replies[0]!.language).toBe(language);
        expect(outcome.replies[1]!.text.params).toEqual({ number: answered ? 2 : 1 });
        expect(await openStep(world, kid)).toBe("setup.question");
        // Nothing lost: her next tap goes on from where she was.
        await kid.send("2", { locale: language });
        expect(await openStep(world, kid)).toBe("setup.answer");
      }
    },
  );

  it("tells her what to do next: tap a question, or type its number", () => {
    expect(translate({ key: "setup.helloQuestion" }, "en")).toBe(
      "Hi! 👋 Pick a question: tap it, or type its number, like 1.",
    );
    expect(translate({ key: "setup.welcomeQuestion" }, "en")).toBe(
      "You're welcome! 😊 Pick a question: tap it, or type its number, like 1.",
    );
  });

  it("'ok' and 'what?' are kept too, with how to choose", async () => {
    await atQuestionList("en", true);
    for (const words of ["ok", "what?"]) {
      const outcome = await kid.send(words);
      expect(outcome.deleteInbound, words).toBe(false);
      expect(keysOf(outcome)).toEqual(["input.useButtons", "setup.pickQuestion"]);
    }
  });

  it("her answer, her password, and words that may be an answer ('halo', a game) are still deleted", async () => {
    await atQuestionList("en", true);
    for (const secret of ["Tiger", WEI_LING.password, "halo"]) {
      const outcome = await kid.send(secret);
      expect(outcome.deleteInbound, secret).toBe(true);
      expect(keysOf(outcome)[0], secret).toBe("input.deletedMaybeSecret");
    }
  });

  it.each([
    ["thank you", "en", "practice.welcomeOffer"],
    ["hello", "en", "practice.helloOffer"],
    ["谢谢", "zh", "practice.welcomeOffer"],
    ["terima kasih", "ms", "practice.welcomeOffer"],
    ["நன்றி", "ta", "practice.welcomeOffer"],
    ["வணக்கம்", "ta", "practice.helloOffer"],
  ] as const)(
    "'%s' (%s) after set-up's last answer, at 'Shall we check...?': answered, kept, the same question",
    async (words, language, key) => {
      await atQuestionList(language, true);
      await kid.send("2", { locale: language });
      await kid.send("Purple", { locale: language });
      await kid.send("3", { locale: language });
      await kid.send("Chicken rice", { locale: language });
      expect(await openStep(world, kid)).toBe("setup.practiceOffer");
      const outcome = await kid.send(words, { locale: language });
      expect(outcome.deleteInbound).toBe(false);
      expect(keysOf(outcome)).toEqual([key, "practice.offer"]);
      expect(outcome.replies[0]!.language).toBe(language);
      expect(await openStep(world, kid)).toBe("setup.practiceOffer");
      // Her last answer or her password sent again there is still deleted.
      for (const secret of ["Chicken rice", WEI_LING.password])
        expect((await kid.send(secret, { locale: language })).deleteInbound, secret).toBe(true);
    },
  );

  it.each(["hello", "thank you", "你好", "terima kasih", "வணக்கம்"])(
    "'%s' is refused as a secret answer, so it is never one she is about to save",
    async (words) => {
      await atQuestionList("en", false);
      await kid.press("favourite animal");
      const outcome = await kid.send(words);
      expect(outcome.deleteInbound).toBe(true);
      expect(keysOf(outcome)[0]).toBe("setup.nonAnswer");
      expect(await openStep(world, kid)).toBe("setup.answer");
    },
  );

  it("a set-up whose older code took 'hello' as an answer is saved as of version 10, and 'hello' still resets", async () => {
    await atQuestionList("en", false);
    await kid.press("favourite animal");
    await kid.send("Tiger");
    // As the older code left it: "hello" saved as the first answer.
    const normalised = normaliseAnswer(NORMALISATION_VERSION, "hello");
    const answerHash = answerHashToText(await world.deps.hasher.hash(normalised));
    const answerDigest = world.deps.digest.digest("setup-answer", `${WEI_LING.id}\u0000${normalised}`);
    const stored = (await world.deps.store.loadDialog(kid.ref))!;
    const document = JSON.parse(stored.json) as { state: Record<string, unknown> };
    const state = { ...document.state, picked: [{ questionId: "animal", answerHash, answerDigest }] };
    expect(
      await world.deps.store.saveDialog(
        kid.ref,
        stored.revision,
        JSON.stringify({ ...document, state }),
        600,
      ),
    ).toBe(true);
    // Her answer sent again is still deleted, though it is a greeting.
    expect((await kid.send("hello")).deleteInbound).toBe(true);
    await kid.press("favourite colour");
    await kid.send("Purple");
    await kid.press("favourite food");
    await kid.send("Chicken rice");
    expect((await world.deps.store.getEnrolment(WEI_LING.id))?.nonAnswersVersion).toBe(10);
    // At "Shall we check...?" too: it is an answer she just saved, deleted with no "Hi!" to it.
    const atOffer = await kid.send("hello");
    expect(atOffer.deleteInbound).toBe(true);
    expect(keysOf(atOffer)).toEqual(["input.deletedMaybeSecret", "input.useButtons", "practice.offer"]);
    await kid.press("No thanks");
    await resetTranscript(
      kid,
      WEI_LING.id,
      answersFor({ animal: "hello", colour: "Purple", food: "Chicken rice" }),
    );
    expect(kid.lastText).toContain("all 3 answers are right");
    // Her answers may be such words: at "How would you like your new password?" they are deleted.
    expect((await kid.send("hello")).deleteInbound).toBe(true);
  });

  it.each([
    ["thanks", "en", "reset.welcomeChoose"],
    ["hello", "en", "reset.helloChoose"],
    ["谢谢", "zh", "reset.welcomeChoose"],
    ["你好", "zh", "reset.helloChoose"],
    ["hai", "ms", "reset.helloChoose"],
    ["நன்றி", "ta", "reset.welcomeChoose"],
  ] as const)(
    "'%s' (%s) after a reset's answers, at 'How would you like your new password?': answered, kept",
    async (words, language, key) => {
      await reachNewPasswordChoice(kid);
      const outcome = await kid.send(words, { locale: language });
      expect(outcome.deleteInbound).toBe(false);
      expect(keysOf(outcome)).toEqual([key, "reset.choose"]);
      expect(outcome.replies[0]!.language).toBe(language);
      expect(await openStep(world, kid)).toBe("reset.choose");
    },
  );

  it("'thanks' at 'How would you like your new password?' points her to the choices there, not to a question", async () => {
    await reachNewPasswordChoice(kid);
    await kid.send("thanks");
    expect(kid.lastText).toContain("pick one of the choices below");
    expect(kid.lastText).not.toContain("answer the question");
  });

  it("after a reset's answers, words that may be the password she wants ('thank you') or an answer are deleted", async () => {
    await reachNewPasswordChoice(kid);
    for (const words of ["thank you", "terima kasih", "Tiger"]) {
      const outcome = await kid.send(words);
      expect(outcome.deleteInbound, words).toBe(true);
      expect(keysOf(outcome)[0], words).toBe("input.deletedMaybeSecret");
    }
  });
});
