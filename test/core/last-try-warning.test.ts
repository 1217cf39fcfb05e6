import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  alreadySetUp,
  answersFor,
  resetTranscript,
  TYPED_ID_ROUTE,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child who cannot remember her answers tries again and again. Each wrong try said only "Sorry, that didn't
 * work ... Type /reset to try again", and the fifth paused her reset for a day without a word of warning:
 * she (and her parent) learnt of the pause only when it had begun. In her own chat, the try before the last
 * one now says that the next wrong one pauses it, and that her form teacher can help instead.
 */
const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
const WRONG = answersFor({ animal: "Tiger", colour: "Purple", food: "Pizza" });

const LAST_TRY = {
  en: "Careful: if your next try is wrong too, you can't get a new password from me for about 24 hours.",
  zh: "小心：如果下一次也错了，大约 24 小时内你不能在我这里拿新密码。",
  ms: "Hati-hati: kalau cubaan seterusnya salah juga, kamu tidak boleh dapat kata laluan baharu daripada saya selama kira-kira 24 jam.",
  ta: "கவனம்: அடுத்த முயற்சியும் தவறானால், சுமார் 24 மணி நேரம் என்னிடமிருந்து புதிய கடவுச்சொல் பெற முடியாது.",
} as const;

describe("the wrong try before the last one", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    useSchoolClock();
    world = await TestWorld.create();
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  const keysOfLastReply = () => kid.last.replies.map((r) => r.text.key);

  it("tries 1 to 3 say only that it did not work; the 4th warns; the 5th pauses as before", async () => {
    for (let i = 1; i <= 3; i++) {
      await resetTranscript(kid, "S1001", WRONG);
      expect(keysOfLastReply(), `try ${i}`).toEqual(["reset.failed"]);
    }
    await resetTranscript(kid, "S1001", WRONG);
    expect(keysOfLastReply()).toEqual(["reset.failedLastTry"]);
    expect(kid.lastText).toContain(LAST_TRY.en);
    expect(kid.lastText).toContain("Not sure of your answers? Ask your form teacher to help you.");
    expect(await world.suspendedUntil("S1001")).toBeNull();

    await resetTranscript(kid, "S1001", WRONG);
    expect(keysOfLastReply()).toEqual(["reset.wrongAnswers", "reset.pausedNow"]);
    expect(await world.suspendedUntil("S1001")).not.toBeNull();
  });

  for (const [language, words] of Object.entries(LAST_TRY)) {
    it(`in ${language}, with the school's own numbers (3 tries, 6 hours)`, async () => {
      await world.close();
      world = await TestWorld.create({ RESET_MAX_FAILURES: "3", RESET_SUSPEND_HOURS: "6" });
      kid = world.chat(`kid-${language}`);
      await alreadySetUp(world, kid, "S1001", ANSWERS);
      await kid.send("/language");
      await kid.send(String(["en", "zh", "ms", "ta"].indexOf(language) + 1));
      await resetTranscript(kid, "S1001", WRONG);
      expect(keysOfLastReply()).toEqual(["reset.failed"]);
      await resetTranscript(kid, "S1001", WRONG);
      expect(keysOfLastReply()).toEqual(["reset.failedLastTry"]);
      expect(kid.lastText).toContain(words.replace("24", "6"));
    });
  }

  it("a typed ID from another chat is never warned: a real ID's tries read as a made-up ID's", async () => {
    await world.close();
    world = await TestWorld.create(TYPED_ID_ROUTE);
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
    const classmate = world.chat("classmate");
    const prober = world.chat("prober");
    for (let i = 1; i <= 4; i++) {
      await resetTranscript(classmate, "S1001", WRONG);
      await resetTranscript(prober, "S9999", WRONG);
      expect(
        classmate.last.replies.map((r) => r.text.key),
        `try ${i}`,
      ).toEqual(["reset.failed"]);
      expect(
        prober.last.replies.map((r) => r.text.key),
        `try ${i}`,
      ).toEqual(["reset.failed"]);
    }
  });
});
