import { beforeEach, describe, expect, it, vi } from "vitest";
import { openStep, textsOf, WEI_LING } from "../helpers/dialog-helpers.js";
import { MINUTE, worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG } from "../helpers/staff-helpers.js";
import type { TestWorld, TestChat } from "../helpers/test-world.js";

const MENU = "Hi! I can help you with your school account password.\nWhat would you like to do?";
const MENU_BUTTONS = ["Set up my secret questions", "I forgot my password", "Help", "🌐 Language"];
const LANGUAGES = ["English", "中文", "Bahasa Melayu", "தமிழ்"];

/**
 * The start menu and the language list answer a reply that is none of their choices as a step does: "Tap a
 * button, or type its number (1–N)", then the same choices again (docs/guide.md, "Buttons or numbers"). A
 * typed number is its button there too, on every channel.
 */
describe("the start menu and the language list, answered with something else", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    kid = world.chat();
  });

  it.each([["9"], ["0"], ["12345"], [""], ["🐼"], ["?!"], [undefined]])(
    "%j after /start: the hint with the menu's range, then the menu again",
    async (typed) => {
      await kid.send("/start");
      const reply = await kid.send(typed);
      expect(textsOf(reply)).toEqual(["Tap a button, or type its number (1–4).", MENU]);
      expect(kid.buttons).toEqual(MENU_BUTTONS);
      expect(await openStep(world, kid)).toBeNull();
    },
  );

  it("a typed number picks the menu's button, as it does in a step", async () => {
    await kid.send("/start");
    await kid.send("1");
    expect(kid.lastText).toContain("Let's get you set up.");
    expect(await openStep(world, kid)).toBe("setup.id");
    await kid.send("/cancel");
    await kid.send("３"); // full-width, from a Chinese keyboard
    expect(kid.lastText).toContain("Here is what I can do:");
    await kid.send("4");
    expect(kid.buttons).toEqual(LANGUAGES);
  });

  it("a teacher hears the staff wording, with her menu's range", async () => {
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    await teacher.send("/start");
    const reply = await teacher.send("9");
    expect(reply.replies[0]?.text).toEqual({ key: "input.staffUseButtons", params: { max: 4 } });
    expect(teacher.buttons).toEqual([
      "Help a student get a new password",
      "Unlock a student",
      "Who has not set up yet",
      "🌐 Language",
    ]);
    // A teacher who picked a script she cannot read finds the way back on her menu, as a student does.
    await teacher.press("🌐 Language");
    expect(teacher.buttons).toEqual(LANGUAGES);
    await teacher.press("தமிழ்");
    await teacher.send("🐼");
    expect(teacher.lastText).toContain("அழுத்துங்கள்");
    await teacher.send("/language");
    const listed = await teacher.send("9");
    expect(listed.replies[0]?.text).toEqual({ key: "input.staffUseButtons", params: { max: 4 } });
  });

  it("what may be no answer to the menu gets no hint: words, a command word, a password typed after a dialog, a dialog that timed out", async () => {
    // "hi" to begin with, or a question: the menu is the answer.
    for (const words of ["hi", "hello", "how do I get a new password?"]) {
      await kid.send(words);
      expect(textsOf(kid.last)).toEqual([MENU]);
    }
    await kid.send("/start");
    await kid.send("menu");
    expect(textsOf(kid.last)).toEqual([MENU]);
    await kid.send("help");
    expect(kid.lastText).toContain("Here is what I can do:");
    // A password typed where none is asked for is deleted, and said to be; the menu follows, with no word
    // about buttons.
    const password = await kid.send(WEI_LING.password);
    expect(password.deleteInbound).toBe(true);
    expect(textsOf(password)).toEqual([
      "That message looked like a password, so I deleted it to keep it safe.",
      MENU,
    ]);
    // The answer to a dialog that timed out: why we stopped, then the menu.
    await kid.send("/setup");
    vi.setSystemTime(Date.now() + 16 * MINUTE);
    await kid.send("S1001");
    expect(textsOf(kid.last)).toEqual([
      "We stopped because you were away for a while. Nothing was changed. Let's start again.",
      MENU,
    ]);
  });

  it("/language then something else: the hint, and the list again; a number or a tap then picks", async () => {
    await kid.send("/language");
    expect(kid.buttons).toEqual(LANGUAGES);
    for (const typed of ["9", "hello", "🐼"]) {
      await kid.send(typed);
      expect(textsOf(kid.last)).toEqual([
        "Tap a button, or type its number (1–4).",
        "Which language would you like? 🌐",
      ]);
      expect(kid.buttons).toEqual(LANGUAGES);
    }
    await kid.send("2");
    expect(kid.lastText).toContain("好");
    expect(kid.buttons).toContain("我忘了密码");
    expect(await openStep(world, kid)).toBeNull();

    await kid.send("/language");
    await kid.send("9");
    await kid.press("English");
    expect(textsOf(kid.last)).toEqual(["Okay! I will speak English with you now.", MENU]);
    expect(await openStep(world, kid)).toBeNull();
  });

  it("the language list, left alone, ends without a word about being away; its buttons still work", async () => {
    await kid.send("/language");
    vi.setSystemTime(Date.now() + 16 * MINUTE);
    await kid.press("Bahasa Melayu");
    expect(kid.lastText).toContain("Bahasa Melayu");
    expect(kid.lastText).not.toMatch(/away|berhenti/);

    await kid.send("/language");
    vi.setSystemTime(Date.now() + 16 * MINUTE);
    await kid.send("hello");
    expect(kid.last.replies.map((r) => r.text.key)).toEqual(["menu.welcome"]);
  });

  it("/start, a command or a menu button at the language list closes it", async () => {
    await kid.send("/language");
    await kid.send("/start");
    expect(textsOf(kid.last)).toEqual([MENU]);
    expect(await openStep(world, kid)).toBeNull();
    await kid.send("/language");
    await kid.send("/setup");
    expect(kid.lastText).toContain("Let's get you set up.");
    expect(await openStep(world, kid)).toBe("setup.id");
  });
});
