import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep } from "../helpers/dialog-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

const MINUTE = 60_000;
const START = new Date("2026-03-02T08:00:00Z").getTime();

describe("a dialog left alone ends politely", () => {
  let world: TestWorld;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(START);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await world.close();
  });

  /** Opens set-up and gets to the password step at START. */
  async function waitingForPassword(env: Record<string, string> = {}) {
    world = await TestWorld.create(env);
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    expect(kid.lastText).toContain("Now type your password");
    return kid;
  }

  it("after 15 minutes without a message, the next one hears why we stopped and gets the menu", async () => {
    const kid = await waitingForPassword();
    vi.setSystemTime(START + 15 * MINUTE + 1_000);
    expect(await openStep(world, kid)).toBeNull();

    await kid.send("hello");
    expect(kid.lastText).toContain("We stopped because you were away for a while");
    expect(kid.lastText).toContain("Nothing was changed");
    expect(kid.buttons).toEqual([
      "Set up my secret questions",
      "I forgot my password",
      "Help",
      "🌐 Language",
    ]);

    // Said once only.
    await kid.send("hello");
    expect(kid.lastText).not.toContain("away");
  });

  it("after 14 minutes the dialog is still there and goes on", async () => {
    const kid = await waitingForPassword();
    vi.setSystemTime(START + 14 * MINUTE);
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("each message restarts the 15 minutes", async () => {
    const kid = await waitingForPassword();
    vi.setSystemTime(START + 14 * MINUTE);
    await kid.send("/help");
    vi.setSystemTime(START + 28 * MINUTE);
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you");
  });

  it("a password typed after the dialog expired is still deleted from the chat", async () => {
    const kid = await waitingForPassword();
    vi.setSystemTime(START + 20 * MINUTE);
    const late = await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("We stopped because you were away");
    expect(late.deleteInbound).toBe(true);
  });

  it("a command after the timeout simply runs", async () => {
    const kid = await waitingForPassword();
    vi.setSystemTime(START + 16 * MINUTE);
    await kid.send("/reset");
    expect(kid.lastText).toContain("I can only make a new password in the chat you used to set up");
  });

  /** Sets up Wei Ling's questions at START and opens the practice round's first question. */
  async function inPracticeRound() {
    world = await TestWorld.create();
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    expect(kid.lastText).toContain("Practice, question 1 of 3");
    return kid;
  }

  it("a practice round left alone says the answers are saved, not that nothing was changed", async () => {
    const kid = await inPracticeRound();
    vi.setSystemTime(START + 15 * MINUTE + 1_000);
    await kid.send("Tiger");
    expect(kid.lastText).toContain("We stopped because you were away for a while");
    expect(kid.lastText).toContain("Your secret answers are saved.");
    expect(kid.lastText).not.toContain("Nothing was changed");
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).not.toBeNull();
  });

  it("so does one that reached the dialog's lifetime, however busy", async () => {
    const kid = await inPracticeRound();
    for (let minutes = 10; minutes < 30; minutes += 10) {
      vi.setSystemTime(START + minutes * MINUTE);
      await kid.send("help");
      expect(kid.lastText).toContain("Practice, question 1 of 3");
    }
    vi.setSystemTime(START + 30 * MINUTE + 1_000);
    await kid.send("Tiger");
    expect(kid.lastText).toContain("Your secret answers are saved.");
    expect(kid.lastText).not.toContain("Nothing was changed");
  });

  it("after set-up's own questions time out, it says the chat is linked but the questions are not saved", async () => {
    world = await TestWorld.create();
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    vi.setSystemTime(START + 16 * MINUTE);
    await kid.send("Tiger");
    expect(kid.lastText).toContain("We stopped because you were away for a while");
    expect(kid.lastText).toContain("This chat is linked to your account");
    expect(kid.lastText).toContain("Type /setup to start again");
    expect(kid.lastText).not.toContain("Nothing was changed");
    expect(await world.deps.store.linkedPeople(kid.ref)).toEqual(["s1001"]);
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).toBeNull();
  });

  it("a button of the expired dialog pressed after the time-out hears why we stopped, not that the button is old", async () => {
    world = await TestWorld.create();
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    vi.setSystemTime(START + 16 * MINUTE);
    await kid.press("favourite animal");
    expect(kid.lastText).toContain("We stopped because you were away for a while");
    expect(kid.lastText).toContain("This chat is linked to your account");
    expect(kid.lastText).not.toContain("button is old");
    expect(kid.buttons).toContain("Set up my secret questions");
    // Told once: the next message is not told again.
    await kid.send("hello");
    expect(kid.lastText).not.toContain("We stopped");
  });

  it("so does a set-up that reached the dialog's lifetime after the password", async () => {
    world = await TestWorld.create();
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    for (let minutes = 10; minutes < 30; minutes += 10) {
      vi.setSystemTime(START + minutes * MINUTE);
      await kid.send("help");
    }
    vi.setSystemTime(START + 30 * MINUTE + 1_000);
    await kid.send("Tiger");
    expect(kid.lastText).toContain("This chat is linked to your account");
    expect(kid.lastText).not.toContain("Nothing was changed");
    // She was never away: what ended it was the time it took.
    expect(kid.lastText).toContain("We stopped because this took too long.");
    expect(kid.lastText).not.toContain("away");
  });

  it("a lifetime's end is told as the time it took, in every language and to staff too", async () => {
    const told = {
      zh: "这次用的时间太长了",
      ms: "ini mengambil masa terlalu lama",
      ta: "இது மிக நீண்ட நேரம் எடுத்ததால்",
    };
    world = await TestWorld.create();
    for (const [language, words] of Object.entries(told)) {
      const kid = world.chat(`kid-${language}`);
      await kid.send("/language");
      await kid.send(String({ zh: 2, ms: 3, ta: 4 }[language]));
      vi.setSystemTime(START);
      await kid.send("/setup");
      await kid.send(WEI_LING.id);
      for (let minutes = 10; minutes < 30; minutes += 10) {
        vi.setSystemTime(START + minutes * MINUTE);
        await kid.send("/help");
      }
      vi.setSystemTime(START + 30 * MINUTE + 1_000);
      await kid.send("hello");
      expect(kid.lastText, language).toContain(words);
    }
    const teacher = world.chat("teacher");
    vi.setSystemTime(START);
    await teacher.send("/setup");
    await teacher.send("T2001");
    await teacher.send("Teach-Four-A-2026");
    await teacher.send("/guided");
    for (let minutes = 10; minutes < 30; minutes += 10) {
      vi.setSystemTime(START + minutes * MINUTE);
      await teacher.send("/help");
    }
    vi.setSystemTime(START + 30 * MINUTE + 1_000);
    await teacher.send("S1001");
    expect(teacher.lastText).toContain("We stopped because this took too long.");
  });

  /** Wei Ling, set up already, runs set-up again at START and gets past the password. */
  async function settingUpAgain() {
    world = await TestWorld.create();
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Choose question 1 of 3");
    return kid;
  }

  it("a set-up run again that times out says the old questions still work, not 'type /setup to start again'", async () => {
    const kid = await settingUpAgain();
    const saved = await world.deps.store.getEnrolment(WEI_LING.id);
    await kid.press("favourite animal");
    vi.setSystemTime(START + 16 * MINUTE);
    await kid.send("Lion");
    expect(kid.lastText).toContain("We stopped because you were away for a while");
    expect(kid.lastText).toContain("I did not change your secret questions. Your old ones still work.");
    expect(kid.lastText).not.toContain("Type /setup to start again");
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).toEqual(saved);
  });

  it("so does its button pressed after the time-out, and one that reached the dialog's lifetime", async () => {
    const kid = await settingUpAgain();
    vi.setSystemTime(START + 16 * MINUTE);
    await kid.press("favourite animal");
    expect(kid.lastText).toContain("We stopped because you were away for a while");
    expect(kid.lastText).toContain("Your old ones still work");

    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    for (let minutes = 26; minutes < 46; minutes += 10) {
      vi.setSystemTime(START + minutes * MINUTE);
      await kid.send("help");
    }
    vi.setSystemTime(START + 46 * MINUTE + 1_000);
    await kid.send("Lion");
    expect(kid.lastText).toContain("We stopped because this took too long.");
    expect(kid.lastText).toContain("Your old ones still work");
    expect(kid.lastText).not.toContain("Type /setup to start again");
  });

  it("DIALOG_IDLE_MINUTES=5 ends it after 5 minutes instead", async () => {
    const kid = await waitingForPassword({ DIALOG_IDLE_MINUTES: "5" });
    vi.setSystemTime(START + 5 * MINUTE + 1_000);
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("We stopped because you were away");
  });

  it("DIALOG_IDLE_MINUTES=30 keeps it at 20 minutes", async () => {
    const kid = await waitingForPassword({ DIALOG_IDLE_MINUTES: "30" });
    vi.setSystemTime(START + 20 * MINUTE);
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you");
  });
});
