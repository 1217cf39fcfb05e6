/**
 * The little words a child ends a sentence with that add a tone, not a meaning: Malay and Singlish *la*,
 * *lah*, *leh*, *loh*, *lor*, *meh* ("dunno la", "tak tau lah") and Chinese 啦, 吧, 呀, 哦, 喔, 嘛, 了, 啊, 呢, 咯
 * (不知道啦, 没有了). "I don't know" said with one is still "I don't know".
 */
export const SPOKEN_PARTICLES: readonly string[] = ["la", "lah", "leh", "loh", "lor", "meh"];
export const CHINESE_PARTICLES: readonly string[] = [..."啦吧呀哦喔嘛了啊呢咯"];

/** A space, punctuation mark or emoji ("!", "~", "😅", "🙏🏽"): no word of the sentence. */
const MARK = /^(?:[^\p{L}\p{N}\p{M}]|[\uFE00-\uFE0F\u20E3])$/u;
/** A spoken particle at the end ("la"), found by the caller to stand as a word of its own. */
const PARTICLE_AT_END = new RegExp(`(?:${SPOKEN_PARTICLES.join("|")})$`, "iu");
/** A Chinese particle after another Chinese character: 不知道啦, 没有了. */
const CHINESE_PARTICLE = new RegExp(`(?<=\\p{Script=Han})[${CHINESE_PARTICLES.join("")}]$`, "u");
/**
 * *lah* written onto its word, as Malay writes it ("lupalah", "entahlah"), and *la* onto a word of four
 * letters or more ("lupala"): not onto "no" or "ya", whose "Nola" and "Yala" are names.
 */
const PARTICLE_WRITTEN_ON = /(?<=\p{Script=Latin}{2})lah$|(?<=\p{Script=Latin}{4})la$/iu;

/** `text` as typed, then each reading of it without its particles at the end (withoutParticles). */
export function asTypedOrWithoutParticles(text: string): string[] {
  return [text, ...withoutParticles(text)];
}

/**
 * `text` without the particles at its end, one more each time (and the marks after each): "dunno la!!" gives
 * ["dunno"], 我忘了啦 gives [我忘了, 我忘]. Empty when it ends with none. Each is a way to read it: the caller
 * looks for the one it knows (我忘了 is "I forgot", 我忘 alone is nothing).
 */
export function withoutParticles(text: string): string[] {
  const readings: string[] = [];
  let rest = withoutMarksAtEnd(text.normalize("NFKC"));
  for (let i = 0; i < 3; i++) {
    const shorter =
      withoutParticleWord(rest) ??
      [CHINESE_PARTICLE, PARTICLE_WRITTEN_ON]
        .map((particle) => rest.replace(particle, ""))
        .find((without) => without !== rest);
    if (shorter === undefined) break;
    rest = withoutMarksAtEnd(shorter);
    if (rest === "") break;
    readings.push(rest);
  }
  return readings;
}

/** `text` without the spaces, punctuation and emoji at its end (character by character: no regex backtracks). */
function withoutMarksAtEnd(text: string): string {
  const chars = [...text];
  let end = chars.length;
  while (end > 0 && MARK.test(chars[end - 1] ?? "")) end -= 1;
  return chars.slice(0, end).join("");
}

/** `text` without a spoken particle that is a word of its own after another word ("dunno la"); else undefined. */
function withoutParticleWord(text: string): string | undefined {
  const particle = PARTICLE_AT_END.exec(text);
  if (particle === null) return undefined;
  const before = text.slice(0, particle.index);
  const word = withoutMarksAtEnd(before);
  return word !== before && word !== "" ? word : undefined;
}
