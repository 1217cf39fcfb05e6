import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  WEI_LING,
  WEI_LING_ANSWERS,
  buttonIn,
  openStep,
  openStepNumber,
  reachNewPasswordChoice,
} from "../helpers/dialog-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

describe("buttons", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  /** Set-up up to "Choose question 1 of 3"; returns the outcome that shows the question buttons. */
  async function choosingFirstQuestion() {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    const questions = await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("Choose question 1 of 3");
    return { kid, questions };
  }

  it("a button from an earlier step is old: it changes nothing and the dialog goes on", async () => {
    const { kid, questions } = await choosingFirstQuestion();
    await kid.press("favourite animal");
    await kid.send("Tiger");
    expect(kid.lastText).toContain("Choose question 2 of 3");

    // Pressing "favourite food" on the first question message, which is still on the screen.
    await kid.deliver({ choice: buttonIn(questions, "favourite food") });
    expect(kid.lastText).toContain("That button is old");
    expect(kid.lastText).toContain("Choose question 2 of 3");
    expect(await openStep(world, kid)).toBe("setup.question");

    // The newest buttons work; the animal question is not offered twice.
    expect(kid.buttons).toHaveLength(7);
    expect(kid.buttons.join()).not.toContain("animal");
    await kid.press("favourite colour");
    expect(kid.lastText).toContain("What is your favourite colour?");
  });

  it("pressing the same button twice (a double tap) picks the question once", async () => {
    const { kid, questions } = await choosingFirstQuestion();
    const animal = buttonIn(questions, "favourite animal");
    await kid.deliver({ choice: animal });
    expect(kid.lastText).toContain("What is your favourite animal?");
    await kid.deliver({ choice: animal });
    expect(kid.lastText).toContain("That button is old");
    expect(await openStep(world, kid)).toBe("setup.answer");
    await kid.send("Tiger");
    expect(kid.lastText).toContain("Choose question 2 of 3");
  });

  it("a button pressed where the bot waits for typed words is told to type, and asked again", async () => {
    const kid = world.chat();
    await kid.send("/setup");
    await kid.deliver({ choice: `${await openStepNumber(world, kid)}:animal` });
    expect(kid.lastText).toContain("That button doesn't work here. Please type your reply.");
    expect(kid.lastText).not.toContain("pictures or stickers");
    expect(kid.lastText).toContain("Type your user ID.");
    expect(await openStep(world, kid)).toBe("setup.id");

    // At a reset's answer prompt too: nothing is checked or counted, and the question is asked again.
    await kid.send("/cancel");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("/reset");
    await kid.deliver({ choice: `${await openStepNumber(world, kid)}:generate` });
    expect(kid.lastText).toContain("That button doesn't work here. Please type your reply.");
    expect(kid.lastText).toContain("Question 1 of 3");
    expect(await openStep(world, kid)).toBe("reset.answer");
  });

  for (const forged of ["999:animal", "garbage", "", ":", "m:admin", "1:../../etc"]) {
    it(`a forged choice ${JSON.stringify(forged)} is treated as an old button`, async () => {
      const { kid } = await choosingFirstQuestion();
      await kid.deliver({ choice: forged });
      expect(kid.lastText).toContain("That button is old");
      expect(await openStep(world, kid)).toBe("setup.question");
      await kid.press("favourite animal");
      expect(kid.lastText).toContain("What is your favourite animal?");
    });
  }

  it("a forged choice with the current step but an unknown question asks for the buttons", async () => {
    const { kid, questions } = await choosingFirstQuestion();
    const step = buttonIn(questions, "favourite animal").split(":")[0];
    await kid.deliver({ choice: `${step}:pet-rock` });
    expect(kid.lastText).toContain("Tap a button, or type its number");
    expect(kid.buttons).toHaveLength(8);
    expect(await openStep(world, kid)).toBe("setup.question");
  });

  it("a forged choice when no dialog is open is old too, and opens nothing", async () => {
    const kid = world.chat();
    await kid.deliver({ choice: "3:generate" });
    expect(kid.lastText).toContain("That button is old");
    expect(await openStep(world, kid)).toBeNull();
  });

  // On Telegram "That button is old" is only a pop-up over the pressed button: with nothing open, a child who
  // taps "Check that I remember" hours later would get no message at all to go on from.
  it("an old button with nothing open says so and shows the menu to go on from", async () => {
    const kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const offer = kid.last;
    await kid.press("No thanks");
    await kid.deliver({ choice: buttonIn(offer, "Check that I remember") });
    expect(kid.lastText).toContain("That button is old");
    expect(kid.buttons).toContain("I forgot my password");
    expect(await openStep(world, kid)).toBeNull();
  });

  it("typing where buttons are expected asks for the buttons and shows them again", async () => {
    const { kid } = await choosingFirstQuestion();
    // Words that name no question ("animal" names one, and picks it: question-words-after-answer.test.ts).
    const typed = await kid.send("giraffe");
    expect(kid.lastText).toContain("Tap a button, or type its number");
    expect(kid.buttons).toHaveLength(8);
    // Her animal's answer typed before its question: it must not stay in the chat above the question.
    expect(typed.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("I deleted that message.");
    await kid.press("favourite animal");
    expect(kid.lastText).toContain("What is your favourite animal?");
  });

  it("typing other words at the new-password choice asks for the buttons and sets nothing", async () => {
    const kid = world.chat();
    await reachNewPasswordChoice(kid);
    await kid.send("a nice one please");
    expect(kid.lastText).toContain("Tap a button, or type its number");
    expect(kid.buttons).toEqual(["Make one for me", "I'll type my own"]);
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    // A button's own words are that button (button-words-typed.test.ts).
    await kid.send("Make one for me");
    expect(kid.lastText).toContain("Your new password is");
  });

  it("an old choice button after the password was made does not make another one", async () => {
    const kid = world.chat();
    await reachNewPasswordChoice(kid);
    const choice = kid.last;
    await kid.press("Make one for me");
    const first = String(kid.last.replies[0]?.text.params?.password);
    await kid.deliver({ choice: buttonIn(choice, "Make one for me") });
    expect(kid.lastText).toContain("That button is old");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, first)).not.toBeNull();
  });

  it("a question button pressed where text is expected is old, and the answer prompt stays", async () => {
    const { kid, questions } = await choosingFirstQuestion();
    await kid.press("favourite animal");
    await kid.deliver({ choice: buttonIn(questions, "favourite food") });
    expect(kid.lastText).toContain("That button is old");
    expect(kid.lastText).toContain("What is your favourite animal?");
  });
});
