import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStep, textsOf, WEI_LING, weiLingSetUpOnOwnPhone } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const OFFER = "Shall we check that you remember your answers? It only takes a minute.";
const USE_BUTTONS = "Tap a button, or type its number (1–2).";

/*
 * At "Shall we check that you remember your answers?" (buttons 1 "Check that I remember", 2 "No thanks"),
 * a child who wrote the button's number as a word ("one", "first", 一, "satu", ஒன்று) had it deleted as "maybe
 * your password or a secret answer" and was asked to tap a button. Set-up now marks the offer when none of
 * the answers it just saved is a number word (told by their keyed digests): such a word is then that button,
 * or, past the last button ("three"), kept and answered with how to choose. An answer that is a number word
 * ("Satu", a cat's name) is still deleted there, as before.
 */
describe("a number written as a word at the practice offer", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it.each(["one", "first", "the first one", "1st", "一", "第一", "satu", "pertama", "ஒன்று", "முதல்"])(
    "'%s' is the first button: the practice round starts, nothing deleted",
    async (typed) => {
      const kid = await weiLingSetUpOnOwnPhone(world);
      const sent = await kid.send(typed);
      expect(sent.deleteInbound).toBe(false);
      expect(textsOf(sent)[0]).toContain("Practice, question 1 of 3:");
      expect(await openStep(world, kid)).toBe("setup.practice");
    },
  );

  it.each(["two", "second", "二", "dua", "kedua", "இரண்டு", "ke-2", "ரெண்டு"])(
    "'%s' is the second button: no thanks, nothing deleted",
    async (typed) => {
      const kid = await weiLingSetUpOnOwnPhone(world);
      const sent = await kid.send(typed);
      expect(sent.deleteInbound).toBe(false);
      expect(textsOf(sent)).toEqual([
        "Okay! Remember your answers. You will need them if you forget your password.",
      ]);
      expect(await openStep(world, kid)).toBeNull();
    },
  );

  it.each(["three", "tiga", "third"])("'%s' is kept, and she is told how to choose", async (typed) => {
    const kid = await weiLingSetUpOnOwnPhone(world);
    const sent = await kid.send(typed);
    expect(sent.deleteInbound).toBe(false);
    expect(textsOf(sent)).toEqual([USE_BUTTONS, OFFER]);
    expect(await openStep(world, kid)).toBe("setup.practiceOffer");
  });

  it("an answer she just saved that is a number word is still deleted there, and picks nothing", async () => {
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Satu", "Purple", "Chicken rice"]);
    for (const typed of ["satu", "Satu!", "two"]) {
      const sent = await kid.send(typed);
      expect(sent.deleteInbound).toBe(true);
      expect(textsOf(sent)).not.toContain(
        "Okay! Remember your answers. You will need them if you forget your password.",
      );
      expect(await openStep(world, kid)).toBe("setup.practiceOffer");
    }
  });

  // "nombor dua" ("number two") picks a button where buttons wait; saved as an answer it is still her answer.
  it("an answer 'Nombor Dua' sent again is deleted there, not read as 'No thanks'", async () => {
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Nombor Dua", "Purple", "Chicken rice"]);
    const sent = await kid.send("nombor dua");
    expect(sent.deleteInbound).toBe(true);
    expect(await openStep(world, kid)).toBe("setup.practiceOffer");
  });

  /** The open dialog's state changed as `edit` says, as a replica of older code would have left it. */
  async function editState(kid: TestChat, edit: (state: Record<string, unknown>) => Record<string, unknown>) {
    const stored = (await world.deps.store.loadDialog(kid.ref))!;
    const document = JSON.parse(stored.json) as { state: Record<string, unknown> };
    const json = JSON.stringify({ ...document, state: edit(document.state) });
    expect(await world.deps.store.saveDialog(kid.ref, stored.revision, json, 600)).toBe(true);
  }

  // A rolling deploy: code older than "nombor dua" being read as a number took the answer and marked it as no
  // number word. Sent again at the offer, it is still deleted, not read as "No thanks".
  it("'Nombor Dua' that older code took and marked as no number word is still deleted sent again", async () => {
    const kid = world.chat("wei-ling-phone");
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("Nombor Dua");
    await editState(kid, (state) => ({
      ...state,
      picked: (state.picked as Record<string, unknown>[]).map(({ numberWordsVersion: _v, ...p }) => ({
        ...p,
        noQuestionOrNumberWord: true,
      })),
    }));
    await kid.press("favourite colour");
    await kid.send("Purple");
    await kid.press("favourite food");
    await kid.send("Chicken rice");
    expect(kid.lastText).toContain("Shall we check");
    const sent = await kid.send("nombor dua");
    expect(sent.deleteInbound).toBe(true);
    expect(await openStep(world, kid)).toBe("setup.practiceOffer");
  });

  // The offer itself left by older code, which found no number word among the answers ("Nombor Dua" was none
  // to it): "nombor dua" there may still be that answer.
  it("'nombor dua' at an offer older code marked as having no number-word answer is deleted", async () => {
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Nombor Dua", "Purple", "Chicken rice"]);
    await editState(kid, ({ numberWordsVersion: _v, ...state }) => ({ ...state, noNumberWordAnswer: true }));
    const sent = await kid.send("nombor dua");
    expect(sent.deleteInbound).toBe(true);
    expect(await openStep(world, kid)).toBe("setup.practiceOffer");
    // "two" older code read as well: still the second button there.
    await kid.send("two");
    expect(await openStep(world, kid)).toBeNull();
  });

  // Version 2 read "nombor dua" but not spoken Tamil's ரெண்டு ("two") nor Malay's ke-2 ("2nd"): an answer
  // "Rendu" it took and marked as no number word, sent again at the offer, is still deleted.
  it("'ரெண்டு' that version 2 took and marked as no number word is still deleted sent again", async () => {
    const kid = world.chat("wei-ling-phone");
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("ரெண்டு");
    await editState(kid, (state) => ({
      ...state,
      picked: (state.picked as Record<string, unknown>[]).map((p) => ({
        ...p,
        noQuestionOrNumberWord: true,
        numberWordsVersion: 2,
      })),
    }));
    await kid.press("favourite colour");
    await kid.send("Purple");
    await kid.press("favourite food");
    await kid.send("Chicken rice");
    expect(kid.lastText).toContain("Shall we check");
    const sent = await kid.send("ரெண்டு");
    expect(sent.deleteInbound).toBe(true);
    expect(await openStep(world, kid)).toBe("setup.practiceOffer");
  });

  it("'ke-2' at an offer version 2 marked as having no number-word answer is deleted; 'dua' is No thanks", async () => {
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Ke-2", "Purple", "Chicken rice"]);
    await editState(kid, (state) => ({ ...state, noNumberWordAnswer: true, numberWordsVersion: 2 }));
    const sent = await kid.send("ke-2");
    expect(sent.deleteInbound).toBe(true);
    expect(await openStep(world, kid)).toBe("setup.practiceOffer");
    await kid.send("dua");
    expect(await openStep(world, kid)).toBeNull();
  });
});
