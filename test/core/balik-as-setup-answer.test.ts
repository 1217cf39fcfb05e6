import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStep, WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const ASKED = "Did you want to go back and choose another question? Or is that your answer?";

/*
 * "balik" means "back" in Malay, and it is also a real answer ("balik kampung" is what a Malay child does in
 * the holidays; "Balik" may be a pet's name). Set-up read it as "back" at every answer prompt, so a child
 * whose answer it is could never save it, while a reset checks the same word as her answer first (answers
 * saved before could be it) and only then asks. Now set-up does as the reset does: the word is taken as her
 * answer first (hashed, as any answer), then she is asked whether she meant to go back.
 */
describe('"balik" typed as a set-up answer', () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling-phone");
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("What is your favourite animal?");
  });
  afterEach(async () => world.close());

  /** Her answer to the question in `text`, with `animal` as the animal's. */
  const answerFor = (text: string, animal: string) =>
    text.includes("animal") ? animal : text.includes("colour") ? "Purple" : "Laksa";

  async function answerTheRest(): Promise<void> {
    await kid.press("What is your favourite colour?");
    await kid.send("Purple");
    await kid.press("What is your favourite food?");
    await kid.send("Laksa");
  }

  it("is asked about; 'It is my answer' saves it, and her reset takes it", async () => {
    const outcome = await kid.send("Balik");
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(ASKED);
    expect(kid.buttons).toEqual(["Choose another question", "It is my answer"]);
    await kid.press("It is my answer");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
    await answerTheRest();
    expect(kid.lastText).toContain("Shall we check that you remember your answers?");
    await kid.press("No thanks");
    // A reset checks the word as her answer first, then asks whether she meant to go back.
    await kid.send("/reset");
    for (let i = 0; i < 3; i++) {
      const asked = kid.lastText;
      await kid.send(answerFor(asked, "balik"));
      if (asked.includes("animal")) await kid.press("No, it was my answer");
    }
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("'Choose another question' goes back to the questions, nothing saved of it", async () => {
    await kid.send("balik");
    await kid.press("Choose another question");
    expect(await openStep(world, kid)).toBe("setup.question");
    expect(kid.lastText).toContain("Choose question 1 of 3.");
    expect(kid.buttons).toContain("What is your favourite animal?");
    await kid.press("What is your favourite animal?");
    await kid.send("Tiger");
    await answerTheRest();
    expect(kid.lastText).toContain("Shall we check that you remember your answers?");
    await kid.press("Check that I remember");
    for (let i = 0; i < 3; i++) await kid.send(answerFor(kid.lastText, "Tiger"));
    expect(kid.lastText).toContain("All 3 answers match.");
  });

  it("as the third answer, nothing is saved until she says it is her answer", async () => {
    await kid.send("Tiger");
    await kid.press("What is your favourite colour?");
    await kid.send("Purple");
    await kid.press("What is your favourite food?");
    await kid.send("balik");
    expect(kid.lastText).toContain(ASKED);
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).toBeNull();
    await kid.press("It is my answer");
    expect(kid.lastText).toContain("Shall we check that you remember your answers?");
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).not.toBeNull();
  });

  it("is asked in every language", async () => {
    await kid.send("balik", { locale: "ms" });
    expect(kid.lastText).toContain("Kamu mahu kembali dan pilih soalan lain? Atau adakah itu jawapan kamu?");
    await kid.send("/cancel");
  });

  it("'balik kampung' and other answers are saved at once, as before", async () => {
    await kid.send("balik kampung");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
  });
});
