import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reachNewPasswordChoice, WEI_LING } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const HAS_NAME = "Please don't use your name or your user ID in your password.";
const HIDDEN = "That password has a hidden mark in it";
const NOT_ON_KEYBOARD = "You can't type that password on a school computer.";

describe("a password the student types for themselves", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
  });
  afterEach(async () => world.close());

  it.each(["Ling-Ling-2020!", "wei.sunshine.7", "TanWeiLing22", "s1001-Sunshine"])(
    "may not use her name or her user ID, as a word of its own (%j)",
    async (password) => {
      const outcome = await kid.send(password);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain(HAS_NAME);
      expect(kid.lastText).toContain("Type your new password.");
    },
  );

  it.each(["weiling2026", "Wei-Ling-2026", "Sunny-LingTan-8"])(
    "may not use two parts of her name together, as she writes her given name (%j)",
    async (password) => {
      await kid.send(password);
      expect(kid.lastText).toContain(HAS_NAME);
      expect(kid.lastText).toContain("Type your new password.");
    },
  );

  it('may contain a word that only holds a part of her name ("Dumpling" is not "Ling")', async () => {
    await kid.send("Dumpling-Soup-4");
    expect(kid.lastText).toContain("Type the same password again");
    await kid.send("Dumpling-Soup-4");
    expect(kid.lastText).toContain("Your new password is ready");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, "Dumpling-Soup-4")).not.toBeNull();
  });

  // Copied from a note or typed on a phone, such a mark is set in the directory as it is, and no keyboard at
  // a school computer's login types it: the child is locked out of the password she just chose.
  it.each([
    ["a zero-width space", "Sunny-Day-\u200b47"],
    ["a zero-width joiner between letters", "Sunny-D\u200day-47"],
    ["a right-to-left mark", "\u200fSunny-Day-47"],
    ["a byte-order mark", "\ufeffSunny-Day-47"],
    ["a line break", "Sunny-Day\n47-Rain"],
    ["a tab", "Sunny-Day\t47"],
    ["a NUL", "Sunny-Day-47\u0000"],
  ])(
    "may not hold a mark no login screen can type (%s): it is refused, and nothing is set",
    async (_what, password) => {
      const outcome = await kid.send(password);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain(HIDDEN);
      expect(kid.lastText).toContain("Type your new password.");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    },
  );

  // A school computer's login screen has a keyboard and nothing else: no emoji, and (the password box turns
  // the Chinese or Tamil keyboard off) only the letters, numbers and symbols printed on its keys. A password
  // of 9 dogs was set in the directory, and the child could never log in with it.
  it.each([
    ["emoji alone", "\u{1F436}".repeat(9)],
    ["an emoji among letters", "Sunny-Day-47\u{1F600}"],
    ["emoji joined as one (a family)", "Sunny-Day-47-\u{1F468}\u200d\u{1F469}\u200d\u{1F467}"],
    ["a flag", "Sunny-Day-47-\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"],
    ["a keycap emoji", "Sunny-Day-4\uFE0F\u20E3"],
    ["full-width letters with Chinese characters", "\uFF33\uFF55\uFF4E\uFF4E\uFF59-\u5929\u7A7A-47"],
    ["Chinese characters", "Sunny-\u5929\u7A7A-47"],
    ["Tamil letters", "Sunny-\u0BAE\u0BB4\u0BC8-47"],
    ["a letter with an accent", "Sunny-Caf\u00E9-47"],
    ["a curly quote a phone puts in", "Sunny\u2019s-Day-47"],
    ["a no-break space", "Sunny\u00A0Day-47"],
  ])(
    "may hold only what a keyboard types (%s): it is refused, saying what to use, and nothing is set",
    async (_what, password) => {
      const outcome = await kid.send(password);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain(NOT_ON_KEYBOARD);
      expect(kid.lastText).toContain("the letters A to Z, the numbers 0 to 9");
      expect(kid.lastText).toContain("Type your new password.");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    },
  );

  // A Chinese keyboard left in full-width mode types Ｓｕｎｎｙ for Sunny: to the child these are the letters A to
  // Z, so "use only the letters A to Z" sent her round again with the same password. She is told what the
  // keyboard did and how to switch it back.
  it.each([
    ["full-width letters", "\uFF33\uFF55\uFF4E\uFF4E\uFF59-Day-47"],
    [
      "full-width letters, digits and hyphens",
      "\uFF33\uFF55\uFF4E\uFF4E\uFF59\uFF0D\uFF24\uFF41\uFF59\uFF0D\uFF14\uFF17",
    ],
    ["an ideographic space", "Sunny\u3000Day-47"],
  ])(
    "full-width characters (%s) are told as a keyboard in full-width mode, and nothing is set",
    async (_what, password) => {
      const outcome = await kid.send(password);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain("That password has wide letters, numbers or marks, like Ａ, １ or ￥.");
      expect(kid.lastText).toContain("Switch your keyboard back to normal letters (半角)");
      expect(kid.lastText).not.toContain("the letters A to Z");
      expect(kid.lastText).toContain("Type your new password.");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    },
  );

  it("in Chinese, the full-width mode is named as the keyboard names it (全角, 半角)", async () => {
    await kid.send("/language");
    await kid.press("中文");
    await kid.send("\uFF33\uFF55\uFF4E\uFF4E\uFF59-Day-47");
    expect(kid.lastText).toContain("全角");
    expect(kid.lastText).toContain("半角");
  });

  // A phone's keyboard puts a space after a word picked from its suggestions, and nobody sees a space at the
  // end: set in the directory with it, the password she types at school (without it) is wrong.
  it.each([
    ["at the end", "Sunny-Day-47 "],
    ["at the start", " Sunny-Day-47"],
    ["at both ends", "  Sunny Day 47  "],
  ])(
    "may not start or end with a space (%s): it is refused, saying so, and nothing is set",
    async (_where, password) => {
      const outcome = await kid.send(password);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain("That password starts or ends with a space");
      expect(kid.lastText).toContain("Type your new password.");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    },
  );

  // Her second entry gets the phone keyboard's space as well ("Green-Robot-55 "): it was "not the same", and
  // both passwords again with no word why. No first entry had a space at an end, so saying so tells nothing.
  it.each([
    ["at the end", "Green-Robot-55 "],
    ["at the start", " Green-Robot-55"],
  ])(
    "at 'Type the same password again', a space %s is told as such, and the same question stays",
    async (_where, again) => {
      await kid.send("Green-Robot-55");
      const outcome = await kid.send(again);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain("That password starts or ends with a space");
      expect(kid.lastText).not.toContain("not the same");
      expect(kid.lastText).toContain("Type the same password again");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
      await kid.send("Green-Robot-55");
      expect(kid.lastText).toContain("Your new password is ready");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, "Green-Robot-55")).not.toBeNull();
    },
  );

  it("at 'Type the same password again', a different password with a space at its end is told the same", async () => {
    await kid.send("Green-Robot-55");
    await kid.send("Blue-Robot-99 ");
    expect(kid.lastText).toContain("That password starts or ends with a space");
    expect(kid.lastText).toContain("Type the same password again");
  });

  it.each([
    ["zh", "\u7A7A\u683C"],
    ["ms", "ruang kosong"],
    ["ta", "\u0B87\u0B9F\u0BC8\u0BB5\u0BC6\u0BB3\u0BBF"],
  ])("is told of the space in her own language (%s)", async (language, word) => {
    await world.deps.store.setChatLanguage(kid.ref, language);
    await kid.send("Sunny-Day-47 ");
    expect(kid.lastText).toContain(word);
  });

  // A child who chose "I'll type my own" and changed her mind types "back": it was "too short" (返回 "not on
  // the keyboard"), and only /cancel, and her 3 answers again, got her to "Make one for me".
  it.each(["back", "Back!", "/back", "返回", "kembali", "பின்"])(
    "'%s', which no new password can be, goes back to the choice, her answers still right",
    async (typed) => {
      const outcome = await kid.send(typed);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain("How would you like your new password?");
      expect(kid.lastText).not.toContain("too short");
      await kid.press("Make one for me");
      expect(kid.lastText).toContain("Your new password is:");
    },
  );

  it("may hold every symbol printed on a keyboard, and spaces", async () => {
    const password = "Sunny Day 47 ~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./";
    await kid.send(password);
    expect(kid.lastText).toContain("Type the same password again");
    await kid.send(password);
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
  });

  it.each([
    ["zh", "\u5B57\u6BCD A \u5230 Z"],
    ["ms", "huruf A hingga Z"],
    ["ta", "A \u0BAE\u0BC1\u0BA4\u0BB2\u0BCD Z"],
  ])("is told what to use instead in her own language (%s)", async (language, words) => {
    await world.deps.store.setChatLanguage(kid.ref, language);
    await kid.send("\u{1F436}".repeat(9));
    expect(kid.last.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(words);
  });

  // "Letters of other languages" did not read as hers to a child who typed her own script: the message names it.
  it.each([
    ["zh", "\u6211\u7684\u65B0\u5BC6\u7801\u662F\u7EA2\u8272", "\u4E2D\u6587\u5B57"],
    [
      "ta",
      "\u0BAA\u0BC2\u0BA9\u0BC8\u0BAA\u0BC2\u0BA9\u0BC8\u0BAA\u0BC2\u0BA9\u0BC8",
      "\u0BA4\u0BAE\u0BBF\u0BB4\u0BCD \u0B8E\u0BB4\u0BC1\u0BA4\u0BCD\u0BA4\u0BC1\u0B95\u0BB3",
    ],
  ])(
    "a password in her own script (%s) is told as such, and what to use instead",
    async (language, typed, script) => {
      await world.deps.store.setChatLanguage(kid.ref, language);
      await kid.send(typed);
      expect(kid.lastText).toContain(script);
      expect(kid.lastText).toContain(
        language === "zh" ? "\u5B57\u6BCD A \u5230 Z" : "A \u0BAE\u0BC1\u0BA4\u0BB2\u0BCD Z",
      );
    },
  );

  // OpenLDAP's ppolicy hashes a new userPassword only when it does not already name a hash scheme: a value
  // that starts with one ("{CLEARTEXT}ab", "{SSHA}…", "{CRYPT}…") is stored as it is. Typed here it passed
  // every check of the bot's and the school's (the minimum length counts the scheme's letters; pwdCheckQuality
  // below 2 checks nothing it cannot read), and set a password the policy refuses ("ab"), in clear in the
  // directory, or, where the server does not know the scheme at a login, one that works nowhere.
  it.each(["{CLEARTEXT}ab", "{SSHA}Sunny-Day-47", "{crypt}Sunny-Day-47", "{ARGON2}Sunny-Day-47"])(
    "may not start with a word in curly brackets, as a directory's hash scheme does (%j)",
    async (password) => {
      const outcome = await kid.send(password);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain("Please don't start your password with a word inside curly brackets.");
      expect(kid.lastText).toContain("Type your new password.");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    },
  );

  it("may hold curly brackets anywhere else, and start with one that closes no word", async () => {
    for (const password of ["Sunny-{Day}-47", "{Sunny-Day-47", "{}Sunny-Day-47"]) {
      await kid.send(password);
      expect(kid.lastText).toContain("Type the same password again");
      // Not the same: asked for a new password again, for the next one.
      await kid.send("Something-Else-12");
      expect(kid.lastText).toContain("Type your new password.");
    }
  });

  it("a common password with a zero-width space in it is not a new one", async () => {
    await kid.send("password1\u200b");
    expect(kid.lastText).not.toContain("Type the same password again");
  });
});

// A word for "back" goes back to the choice, never judged as her new password (when PASSWORD_MIN_LENGTH could
// be 4, "back" and "kembali" were long enough to be one, and the child had a password she never meant).
describe("'back' at 'Type your new password'", () => {
  let world: TestWorld;
  afterEach(async () => world.close());

  it.each(["back", " Back ", "BACK", "/back", "返回", "பின்", "kembali", "Kembali"])(
    "%j goes back to the choice, and no password is set",
    async (typed) => {
      world = await TestWorld.create();
      const kid = world.chat();
      await reachNewPasswordChoice(kid);
      await kid.press("I'll type my own");
      const outcome = await kid.send(typed);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain("How would you like your new password?");
      expect(kid.lastText).not.toContain("Type the same password again");
      expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    },
  );

  it("a password that only holds 'back' is a password", async () => {
    world = await TestWorld.create();
    const kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.press("I'll type my own");
    await kid.send("Back-Yard-72");
    expect(kid.lastText).toContain("Type the same password again");
  });
});
