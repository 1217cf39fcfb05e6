import { afterEach, describe, expect, it, vi } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import type { Outcome } from "../../src/core/messages.js";
import { DEFAULT_QUESTIONS, type Question } from "../../src/core/questions/question-list.js";
import {
  alreadySetUp,
  countArgon2,
  DEMO_PASSWORDS,
  seenConversation,
  TYPED_ID_ROUTE,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/** The default eight, with "toy" retired: the school took it off its list after some students chose it. */
const TOY_RETIRED: Question[] = DEFAULT_QUESTIONS.map((q) => (q.id === "toy" ? { ...q, retired: true } : q));
const TOY = DEFAULT_QUESTIONS.find((q) => q.id === "toy")!;

/** The question a reset prompt asks, as the student sees it (the `question` part of the prompt). */
function questionShown(outcome: Outcome): string | undefined {
  const prompt = outcome.replies.find((r) => r.text.params !== undefined && "question" in r.text.params);
  return prompt === undefined ? undefined : String(prompt.text.params!.question);
}

/** The three question texts an attacker is shown for `id` from a chat of their own, as shown (unmasked). */
async function questionsSeen(target: TestWorld, chatUserId: string, id: string): Promise<string[]> {
  const chat = target.chat(chatUserId);
  const shown: (string | undefined)[] = [];
  await chat.send("/reset");
  shown.push(questionShown(await chat.send(id)));
  for (let i = 0; i < 2; i++) shown.push(questionShown(await chat.send("Wrong-Guess")));
  await chat.send("/cancel");
  return shown.filter((q) => q !== undefined);
}

let world: TestWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe("a retired question", () => {
  it("is never offered at set-up, as a button or by its old button", async () => {
    world = await TestWorld.create({}, undefined, { questions: TOY_RETIRED });
    const kid = world.chat("kid-aisha");
    await kid.send("/setup");
    await kid.send("S1002");
    await kid.send(DEMO_PASSWORDS.S1002);
    expect(kid.buttons).toHaveLength(7);
    expect(kid.buttons.join("\n")).not.toContain(TOY.text.en);
    // A button of the toy question (an old message, or one made up): refused, the same buttons again.
    const step = kid.last.replies.flatMap((r) => r.choices ?? [])[0]!.id.split(":")[0];
    await kid.deliver({ choice: `${step}:toy` });
    expect(kid.lastText).toContain("Tap a button");
    expect(kid.buttons.join("\n")).not.toContain(TOY.text.en);
  });

  it("is still asked of a student who chose it, in their language, and their reset works", async () => {
    world = await TestWorld.create({}, undefined, { questions: TOY_RETIRED });
    const kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", { toy: "Lego", colour: "Purple", food: "Chicken rice" });
    const zh = { locale: "zh" };
    await kid.send("/reset", zh);
    expect(questionShown(kid.last)).toBe(TOY.text.zh);
    await kid.send("Lego", zh);
    await kid.send("Purple", zh);
    await kid.send("Chicken rice", zh);
    expect(kid.last.replies.map((r) => r.text.key)).toContain("reset.verified");
  });

  it("can be a decoy for a made-up id on the typed-id route: its text does not tell a real id", async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE, undefined, { questions: TOY_RETIRED });
    await alreadySetUp(world, world.chat("kid-wei-ling"), "S1001", {
      toy: "Lego",
      colour: "Purple",
      food: "Rice",
    });
    const real = await questionsSeen(world, "friends-phone", "S1001");
    expect(real).toContain(TOY.text.en);
    const madeUp = new Set<string>();
    for (let i = 0; i < 40; i++)
      for (const q of await questionsSeen(world, `stranger-${i}`, `X${1000 + i}`)) madeUp.add(q);
    // Every question text the real id shows, a made-up id can show too: the retired one included.
    for (const question of real) expect(madeUp).toContain(question);
    expect(madeUp.size).toBe(DEFAULT_QUESTIONS.length);
  });
});

describe("an enrolment that names a question the school's list no longer has", () => {
  const GONE = { pet: "Rex", colour: "Purple", food: "Chicken rice" };

  it("gets a kind prompt that says what to do, never a blank one, and the right answers still work", async () => {
    world = await TestWorld.create();
    const kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", GONE);
    await kid.send("/reset");
    const shown = questionShown(kid.last);
    expect(shown?.trim()).not.toBe("");
    expect(shown).toContain("can't show this question");
    expect(shown).toContain("form teacher");
    await kid.send("Rex");
    await kid.send("Purple");
    await kid.send("Chicken rice");
    expect(kid.last.replies.map((r) => r.text.key)).toContain("reset.verified");
  });

  it("warns the admins in the log once an hour while it lasts, counting the prompts in between", async () => {
    const clock = useSchoolClock();
    try {
      world = await TestWorld.create();
      const kid = world.chat("kid-wei-ling");
      await alreadySetUp(world, kid, "S1001", GONE);
      const warnings = () =>
        world!.logs.lines
          .map((l) => JSON.parse(l) as { event?: string; questionId?: string; notLogged?: number })
          .filter((l) => l.event === "question_missing");
      for (let i = 0; i < 3; i++) {
        await kid.send("/reset");
        await kid.send("/cancel");
        clock.advance(10 * 60_000);
      }
      expect(warnings()).toEqual([expect.objectContaining({ questionId: "pet" })]);

      clock.advance(40 * 60_000);
      await kid.send("/reset");
      expect(warnings()).toHaveLength(2);
      expect(warnings()[1]!.notLogged).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("is kind in every language the bot speaks", async () => {
    world = await TestWorld.create();
    const kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", GONE);
    const english = translate({ key: "question.unknown" }, "en");
    for (const locale of ["zh", "ms", "ta"]) {
      await kid.send("/reset", { locale });
      const shown = questionShown(kid.last);
      expect(shown?.trim()).not.toBe("");
      expect(shown).not.toBe(english);
      await kid.send("/cancel", { locale });
    }
  });

  it("on the typed-id route, looks and costs like a made-up id: nothing blank tells the real id", async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE);
    await alreadySetUp(world, world.chat("kid-wei-ling"), "S1001", GONE);
    const argon = countArgon2();
    const attempt = async (chatUserId: string, id: string) => {
      argon.reset();
      const chat = world!.chat(chatUserId);
      const outcomes = [await chat.send("/reset"), await chat.send(id)];
      for (let i = 0; i < 3; i++) outcomes.push(await chat.send(`Wrong-Guess ${i + 1}`));
      return { outcomes, verifications: argon.verifications, hashes: argon.hashes };
    };
    const real = await attempt("friends-phone", "S1001");
    const madeUp = await attempt("stranger", "S9999");
    argon.restore();
    const questions = real.outcomes.map(questionShown).filter((q) => q !== undefined);
    expect(questions).toHaveLength(3);
    // The words-only prompt would tell it: no made-up id ever shows it. Listed questions only, as for one.
    const listed = DEFAULT_QUESTIONS.map((q) => q.text.en);
    for (const question of questions) expect(listed).toContain(question);
    expect(seenConversation(real.outcomes)).toEqual(seenConversation(madeUp.outcomes));
    expect(real.verifications).toBe(3);
    expect(madeUp.verifications).toBe(3);
    expect(real.hashes).toBe(madeUp.hashes);
  });
});
