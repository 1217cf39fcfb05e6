import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { SECRET_AGAIN_MS } from "../../src/core/dialog-expiry.js";
import { useSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * At set-up's "Now type your password", a stuck child types "what do i do now", "help me", "?", "i forgot" or
 * "I don't know". Each was checked as her password and counted as a wrong try (three pause her ID), and she
 * was sent back to "Type your user ID". Now she is told what to do (for "i forgot": ask her form teacher),
 * with "If what you just typed really is your password, type it again", and no try is used. A password may
 * be any words ("I Forgot!" passes the directory's rules): the same words typed again at once are checked.
 * They are deleted from the chat like any password, and kept only as a keyed digest.
 */
const HELP = [
  ["what do i do now", "en"],
  ["What do I do now?", "en"],
  ["help me", "en"],
  ["Help", "en"],
  ["?", "en"],
  ["我该怎么办", "zh"],
  ["saya nak buat apa", "ms"],
  ["நான் என்ன செய்ய வேண்டும்", "ta"],
  // A word for "stop" (the bot itself once said 输入“取消”停下): how to stop, in the same words.
  ["stop", "en"],
  ["取消", "zh"],
  ["batal", "ms"],
  ["ரத்து", "ta"],
] as const;
const FORGOT = [
  ["i forgot", "en"],
  ["I Forgot!", "en"],
  ["I don't know", "en"],
  ["i dont know 😭", "en"],
  ["I dont remember", "en"],
  ["forgot password", "en"],
  ["我忘了", "zh"],
  ["我想不起来", "zh"],
  ["saya lupa", "ms"],
  ["tak ingat", "ms"],
  ["lupa", "ms"],
  ["Saya terlupa!", "ms"],
  ["மறந்துவிட்டது", "ta"],
  ["மறந்துவிட்டேன்", "ta"],
  ["நான் மறந்துட்டேன்", "ta"],
  // "I forgot my password", "I don't know my password" as a sentence, and with the little word a child ends it
  // with (la, lah, 啦, 了): each was sent to the directory as her password and used a try.
  ["我忘了我的密码", "zh"],
  ["我不知道我的密码", "zh"],
  ["不记得", "zh"],
  ["忘了", "zh"],
  ["我的密码忘了啦", "zh"],
  ["我忘记密码了", "zh"],
  ["saya lupa kata laluan saya", "ms"],
  ["saya tak tahu kata laluan saya", "ms"],
  ["lupa la", "ms"],
  ["Saya dah lupa password lah!", "ms"],
  ["tak ingat kata laluan", "ms"],
  ["என் கடவுச்சொல் தெரியாது", "ta"],
  ["நினைவில் இல்லை", "ta"],
  ["நான் என் கடவுச்சொல்லை மறந்துவிட்டேன்", "ta"],
  ["எனக்கு கடவுச்சொல் நினைவில்லை", "ta"],
  ["I forgot my password la", "en"],
  // A word or two, as a child types it: each was sent to the directory as her password and used a try.
  ["forgot", "en"],
  ["Forgot!!", "en"],
  ["forget", "en"],
  ["forgotten", "en"],
  ["dunno", "en"],
  ["i dunno", "en"],
  ["can't remember", "en"],
  ["dont remember", "en"],
  ["not sure", "en"],
] as const;
const TYPE_AGAIN: Record<string, string> = {
  en: "If what you just typed really is your password, type it again.",
  zh: "如果你刚才输入的真的是你的密码，请再输入一次。",
  ms: "Kalau yang kamu taip tadi memang kata laluan kamu, taip sekali lagi.",
  ta: "நீ இப்போது தட்டச்சு செய்தது உண்மையிலேயே உன் கடவுச்சொல் என்றால், அதை மீண்டும் தட்டச்சு செய்.",
};

describe("asking for help at set-up's 'Now type your password'", () => {
  let world: TestWorld;
  let kid: TestChat;
  let clock: ReturnType<typeof useSchoolClock>;
  beforeEach(async () => {
    clock = useSchoolClock();
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  const atPasswordPrompt = async (language = "en") => {
    await kid.send("/setup", { locale: language });
    await kid.send(WEI_LING.id, { locale: language });
    expect(await openStep(world, kid)).toBe("setup.password");
  };

  it.each(HELP)(
    "'%s' (%s): what to type, and her password asked again; no try used",
    async (text, language) => {
      await atPasswordPrompt(language);
      const tries = vi.spyOn(world.memoryDirectory, "authenticate");
      const sent = await kid.send(text, { locale: language });
      expect(sent.deleteInbound).toBe(true);
      expect(sent.replies.map((r) => r.text.key)).toEqual(["setup.stuckAtPassword", "setup.askPassword"]);
      expect(kid.lastText).toContain(TYPE_AGAIN[language]);
      expect(tries).not.toHaveBeenCalled();
      expect(await openStep(world, kid)).toBe("setup.password");
    },
  );

  it.each(FORGOT)(
    "'%s' (%s): ask her form teacher, and her password asked again; no try used",
    async (text, language) => {
      await atPasswordPrompt(language);
      const tries = vi.spyOn(world.memoryDirectory, "authenticate");
      const sent = await kid.send(text, { locale: language });
      expect(sent.deleteInbound).toBe(true);
      expect(sent.replies.map((r) => r.text.key)).toEqual(["setup.forgotAtPassword", "setup.askPassword"]);
      expect(kid.lastText).toContain(TYPE_AGAIN[language]);
      expect(tries).not.toHaveBeenCalled();
      expect(await openStep(world, kid)).toBe("setup.password");
    },
  );

  it("three such sentences in Chinese, on three set-ups, use no try: her ID is not paused, and her password links", async () => {
    const tries = vi.spyOn(world.memoryDirectory, "authenticate");
    for (const words of ["我忘了我的密码", "我不知道我的密码", "不记得"]) {
      await atPasswordPrompt("zh");
      await kid.send(words, { locale: "zh" });
    }
    expect(tries).not.toHaveBeenCalled();
    await atPasswordPrompt("zh");
    await kid.send(WEI_LING.password, { locale: "zh" });
    expect(await openStep(world, kid)).toBe("setup.question");
  });

  // Such words with a password's marks ("Lupa-Kata-Laluan!") look like a password a child made: checked at once.
  it.each(["Lupa-Kata-Laluan!", "I-Forgot-My-Password!", "Saya.Lupa.Kata-Laluan"])(
    "'%s', shaped like a password, is checked as one",
    async (password) => {
      await atPasswordPrompt();
      const tries = vi.spyOn(world.memoryDirectory, "authenticate");
      const sent = await kid.send(password);
      expect(sent.replies.map((r) => r.text.key)).toContain("setup.wrongPassword");
      expect(tries).toHaveBeenCalledTimes(1);
    },
  );

  it("'i forgot' says to ask her form teacher", async () => {
    await atPasswordPrompt();
    await kid.send("i forgot");
    expect(kid.lastText).toContain("form teacher");
  });

  it("asking many times uses no try: after six, two wrong passwords still do not pause her ID, and the right one links", async () => {
    await atPasswordPrompt();
    const asks = ["i forgot", "what do i do now", "?", "help me", "I don't know", "i forgot"];
    for (const ask of asks) await kid.send(ask);
    for (let i = 0; i < 2; i++) {
      await kid.send("Wrong-Guess-99");
      expect(kid.lastText).toContain("that user ID and password don't match");
      await kid.send(WEI_LING.id);
    }
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
  });

  it.each(["i forgot", "I Forgot!", "Help me?"])(
    "a real password '%s', typed twice in a row, is checked and links her",
    async (password) => {
      await world.memoryDirectory.setPassword(WEI_LING.id, password, { mustChange: false });
      await atPasswordPrompt();
      const first = await kid.send(password);
      expect(first.deleteInbound).toBe(true);
      expect(await openStep(world, kid)).toBe("setup.password");
      const second = await kid.send(password);
      expect(second.deleteInbound).toBe(true);
      expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
      expect(await world.redisDump()).not.toContain(password);
      expect(world.logs.text).not.toContain(password);
    },
  );

  it("the words again only right after: 'i forgot', other words, 'i forgot' is help each time", async () => {
    await atPasswordPrompt();
    const tries = vi.spyOn(world.memoryDirectory, "authenticate");
    await kid.send("i forgot");
    await kid.send("what do i do now");
    const third = await kid.send("i forgot");
    expect(third.replies.map((r) => r.text.key)).toEqual(["setup.forgotAtPassword", "setup.askPassword"]);
    expect(tries).not.toHaveBeenCalled();
  });

  it.each([[["/help"]], [["/language"]], [["/language", "1"]], [["/cancel", "/setup", WEI_LING.id]]])(
    "the words again only as the very next message: 'i forgot', %j, 'i forgot' is help again, no try used",
    async (between) => {
      await atPasswordPrompt();
      const tries = vi.spyOn(world.memoryDirectory, "authenticate");
      await kid.send("i forgot");
      for (const text of between) await kid.send(text);
      expect(await openStep(world, kid)).toBe("setup.password");
      const again = await kid.send("i forgot");
      expect(again.replies.map((r) => r.text.key)).toEqual(["setup.forgotAtPassword", "setup.askPassword"]);
      expect(tries).not.toHaveBeenCalled();
    },
  );

  it("the words again after the time limit are help again, no try used; just before it they are checked", async () => {
    await world.memoryDirectory.setPassword(WEI_LING.id, "i forgot", { mustChange: false });
    await atPasswordPrompt();
    const tries = vi.spyOn(world.memoryDirectory, "authenticate");
    await kid.send("i forgot");
    clock.advance(SECRET_AGAIN_MS);
    const late = await kid.send("i forgot");
    expect(late.replies.map((r) => r.text.key)).toEqual(["setup.forgotAtPassword", "setup.askPassword"]);
    expect(tries).not.toHaveBeenCalled();
    clock.advance(SECRET_AGAIN_MS - 1_000);
    await kid.send("i forgot");
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
  });

  it("the help words are kept only as a keyed digest, never in clear", async () => {
    await atPasswordPrompt();
    await kid.send("I Forgot!");
    expect(await world.redisDump()).not.toMatch(/forgot/i);
  });

  it("words around a phrase are still a password to check", async () => {
    await atPasswordPrompt();
    const sent = await kid.send("i forgot it was Garden");
    expect(sent.replies.map((r) => r.text.key)).toContain("setup.wrongPassword");
  });

  it("a made-up ID gets the same words: they tell nothing about which IDs exist", async () => {
    await atPasswordPrompt();
    await kid.send("i forgot");
    const other = world.chat("prober");
    await other.send("/setup");
    await other.send("S9999");
    await other.send("i forgot");
    expect(other.lastText).toBe(kid.lastText);
  });
});
