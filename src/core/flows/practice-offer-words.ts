import { buttonNumberNamed } from "../button-named-by-number.js";
import { digestsEqual } from "../answers/keyed-digest.js";
import { isKnownNormalisationVersion, normaliseAnswer } from "../answers/normalise-answer.js";
import { plainWord } from "../reserved-words.js";
import { isSecretTyped, type TypedSecret } from "../secret-again.js";
import type { FlowContext } from "./flow.js";
import { setupAnswerDigest } from "./setup-answer-digest.js";

/**
 * The words of "Check that I remember" a child types for that button at "Shall we check that you remember
 * your answers?": its verb, alone or with what it checks. Compared as one plain word.
 */
const CHECK_WORDS: ReadonlySet<string> = new Set(
  [
    ...["check", "check it", "check them", "check my answers", "lets check", "let's check", "check now"],
    ...["看看", "看一看", "看一下", "检查", "检查一下", "看看吧"],
    ...["semak", "semak jawapan", "semak jawapan saya", "jom semak", "mari semak"],
    ...["பார்", "பார்ப்போம்", "சரிபார்", "சரிபார்ப்போம்"],
  ].map(plainWord),
);

/** What the practice offer knows of the secrets it follows, by their keyed digests only. */
interface OfferSecrets {
  personId: string;
  password?: TypedSecret | undefined;
  /** Set-up's keyed digests of the three answers it saved (savedDigests); absent in older states. */
  savedDigests?: string[] | undefined;
  /** The normalisation those answers were saved with; absent in older states. */
  normalisationVersion?: number | undefined;
}

/**
 * The offer's button ("check" or "done") that typed words name: "check", 看看, "semak", பார் (CHECK_WORDS), or
 * "option 1", "button 2", "pilihan 1" (buttonNumberNamed); null for any other words. Such words could be an
 * answer set-up just saved ("Check", a hobby) or the password, sent again: then they name no button (and are
 * deleted as maybe a secret). Told by set-up's keyed digests, so a state left by older code, without them,
 * reads no such words as a button.
 */
export function practiceOfferWords(
  ctx: FlowContext,
  state: OfferSecrets,
  text: string,
): "check" | "done" | null {
  const number = buttonNumberNamed(text);
  const named = CHECK_WORDS.has(plainWord(text)) || number === 1 ? "check" : number === 2 ? "done" : null;
  if (named === null || !knowsItsSecrets(state)) return null;
  if (isSecretTyped(ctx, state.password, text)) return null;
  const digest = setupAnswerDigest(ctx, state.personId, normaliseAnswer(state.normalisationVersion, text));
  const anAnswer = state.savedDigests.reduce((same, saved) => digestsEqual(saved, digest) || same, false);
  return anAnswer ? null : named;
}

function knowsItsSecrets(
  state: OfferSecrets,
): state is OfferSecrets & { savedDigests: string[]; normalisationVersion: number } {
  return (
    state.savedDigests !== undefined &&
    state.normalisationVersion !== undefined &&
    isKnownNormalisationVersion(state.normalisationVersion)
  );
}
