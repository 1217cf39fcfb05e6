import { storedDialogDocument, type DialogName } from "../../src/core/dialog-state.js";
import { translate } from "../../src/core/i18n/translate.js";
import type { Outcome } from "../../src/core/messages.js";
import type { TestChat, TestWorld } from "./test-world.js";

/** A demo student from data/demo-school.json, with the password the school gave them. */
export const WEI_LING = { id: "S1001", name: "Tan Wei Ling", password: "Garden-Lamp-21" } as const;

/** The answers Wei Ling sets up, for the animal, colour and food questions. */
export const WEI_LING_ANSWERS: [string, string, string] = ["Tiger", "Purple", "Chicken rice"];

/** Answers whatever question is asked, the way Wei Ling set them up. */
export function weiLingAnswerFor(question: string): string {
  if (question.includes("animal")) return WEI_LING_ANSWERS[0];
  if (question.includes("colour")) return WEI_LING_ANSWERS[1];
  return WEI_LING_ANSWERS[2];
}

/**
 * Wei Ling's own phone ("wei-ling-phone") in a world, set up with WEI_LING_ANSWERS: left at the practice offer
 * that ends set-up, or with "No thanks" tapped there, as most children do.
 */
export async function weiLingSetUpOnOwnPhone(
  world: TestWorld,
  practice: "offered" | "declined" = "offered",
): Promise<TestChat> {
  const kid = world.chat("wei-ling-phone");
  await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
  if (practice === "declined") await kid.press("No thanks");
  return kid;
}

/** Wei Ling sets up her questions and answers all three right: the bot now asks how she wants her password. */
export async function reachNewPasswordChoice(kid: TestChat): Promise<void> {
  await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
  await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
  if (!kid.lastText.includes("all 3 answers are right")) throw new Error(`not verified: ${kid.lastText}`);
}

/** The id of the button labelled `label` in an earlier outcome, to press it again later (an old button). */
export function buttonIn(outcome: Outcome, label: string): string {
  const choice = outcome.replies
    .flatMap((r) => r.choices ?? [])
    .find((c) => translate(c.label).includes(label));
  if (choice === undefined) throw new Error(`no button "${label}" in that outcome`);
  return choice.id;
}

/** Every reply of an outcome as the student reads it. */
export function textsOf(outcome: Outcome): string[] {
  return outcome.replies.map((r) => translate(r.text));
}

/**
 * A wrong-password outcome split from the hint that the typed user ID looked like a password ("Your user ID
 * is not your password"): that hint is told from the text typed alone, the same whoever has the ID, so
 * no-enumeration checks compare what is left.
 */
export function apartFromIdShapeHint(outcome: Outcome): { rest: Outcome; hinted: boolean } {
  const isHint = (reply: Outcome["replies"][number]) => reply.text.key === "setup.idLookedLikePassword";
  return {
    rest: { ...outcome, replies: outcome.replies.filter((reply) => !isHint(reply)) },
    hinted: outcome.replies.some(isHint),
  };
}

/** Which step the chat's stored dialog is at, or null when none is open (as the engine would read it). */
export async function openStep(world: TestWorld, kid: TestChat): Promise<DialogName | null> {
  const stored = await world.deps.store.loadDialog(kid.ref);
  if (stored === null) return null;
  const parsed = storedDialogDocument.safeParse(JSON.parse(stored.json));
  return parsed.success ? parsed.data.state.name : null;
}

/** The step number of the chat's stored dialog (what its newest buttons carry), or null when none is open. */
export async function openStepNumber(world: TestWorld, kid: TestChat): Promise<number | null> {
  const stored = await world.deps.store.loadDialog(kid.ref);
  if (stored === null) return null;
  const parsed = storedDialogDocument.safeParse(JSON.parse(stored.json));
  return parsed.success ? parsed.data.step : null;
}
