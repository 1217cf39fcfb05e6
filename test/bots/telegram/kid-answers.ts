import type { TelegramKid } from "./telegram-kid.js";

/** S1001's secret answers in these tests, by the word her question names. */
export const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };

/** The answer to the question (or the question id) in `text`. */
export const answerFor = (text: string) =>
  text.includes("animal") ? ANSWERS.animal : text.includes("colour") ? ANSWERS.colour : ANSWERS.food;

/** S1001 sets up her questions with ANSWERS in the kid's chat. */
export async function setUpS1001(kid: TelegramKid): Promise<void> {
  await kid.say("/setup");
  await kid.say("S1001");
  await kid.say("Garden-Lamp-21");
  for (const id of Object.keys(ANSWERS)) {
    await kid.press(`favourite ${id}`);
    await kid.say(answerFor(id));
  }
}

/** `/reset`, and the three questions answered right: the kid is at the new password's choice. */
export async function answerResetRight(kid: TelegramKid): Promise<void> {
  await kid.say("/reset");
  for (let i = 0; i < 3; i++) await kid.say(answerFor(kid.texts.at(-1)!));
}
