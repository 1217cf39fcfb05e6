import { withoutParticleWord } from "./particle-word.js";
import { traditionalToSimplified } from "./traditional-to-simplified.js";

/**
 * The form of an answer that is hashed and compared. Every enrolment stores the version that made its
 * hashes, and is always checked with that version: a new version never changes an old answer's meaning.
 *
 * Version 1: NFKC, lower case, letters and digits only. It drops combining marks, which breaks Tamil and
 * other Indic scripts (பூனை became பன, so புலி and பலி were the same answer).
 *
 * Version 2: NFKC, then `toLowerCase()` without a locale, then keep only letters, digits and combining
 * marks (general categories L, N, Mn, Mc) except the variation selectors U+FE00–FE0F and U+E0100–E01EF.
 * Everything else goes: spaces, punctuation, symbols (emoji), controls and format characters (ZWJ, ZWNJ,
 * soft hyphen). It does not depend on the screen language or on a locale.
 *
 * Version 3: version 2 without the accents and other marks over or under a Latin letter (é, ë, ñ, the dot of
 * İ), as Unicode's decomposition (NFD) writes them apart: a phone's keyboard writes "Pokémon" or "Zoë" for
 * the child who typed pokemon or zoe, and the school computer at her reset does not. Only marks that belong
 * to no script of their own (Unicode's "Inherited") and follow a Latin letter go: Tamil vowel signs and the
 * virama are Tamil letters, and the Japanese voicing mark of が follows kana, so those stay.
 *
 * Version 4: version 3, and four spellings of one answer made one. A Malay or Singlish particle (lah, la,
 * leh, lor, meh) that is the last word, after another, goes ("kucing lah" is kucing); Traditional Chinese
 * characters are written Simplified (熊貓 is 熊猫, by OpenCC's character table); Tamil ெ + ள typed for the
 * vowel sign ௌ, which looks the same, is ௌ (வெளவால் is வௌவால்); and Greek final ς is σ.
 */
export const NORMALISATION_VERSION = 4;

/** The versions this code can check. Anything else stored in an enrolment is refused, not guessed. */
export const KNOWN_NORMALISATION_VERSIONS: readonly number[] = [1, 2, 3, 4];

export function isKnownNormalisationVersion(version: number): boolean {
  return KNOWN_NORMALISATION_VERSIONS.includes(version);
}

const DROP_V1 = /[^\p{L}\p{N}]/gu;
// \p{M} is Mn, Mc and Me; Me (enclosing marks such as U+20E3, the keycap) is not kept.
const DROP_V2 = /[^\p{L}\p{N}\p{Mn}\p{Mc}]|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]/gu;
// A Latin letter and the marks over or under it (decomposed): the letter is kept, the marks go.
const MARKS_OVER_LATIN = /(\p{Script=Latin})(?:(?=\p{M})\p{Script=Inherited})+/gu;

/**
 * Version 3's step before version 2's: the marks over or under Latin letters left out ("José" is "Jose"). A
 * family phone's typed name is matched with it too (flows/person-named).
 */
export function withoutLatinAccents(text: string): string {
  return text.normalize("NFD").replace(MARKS_OVER_LATIN, "$1").normalize("NFC");
}

// ெ (U+0BC6) and ள (U+0BB3) with no vowel sign or virama on the ள: the two halves of ௌ as a keyboard
// without ௌ writes it. ள with its own sign (வெளி, வெள்ளை) is the letter ள and stays.
const TAMIL_AU_TYPED = /\u0BC6\u0BB3(?!\p{M})/gu;

/** Version 4's steps on version 3's folded text; the particle goes before the spaces do. */
function normaliseV4(folded: string): string {
  return withoutLatinAccents(traditionalToSimplified(withoutParticleWord(folded)))
    .replace(DROP_V2, "")
    .replace(TAMIL_AU_TYPED, "\u0BCC")
    .replaceAll("\u03C2", "\u03C3");
}

/**
 * A pure function: the same version and text always give the same string. Throws RangeError for a
 * version this code does not know (see isKnownNormalisationVersion).
 */
export function normaliseAnswer(version: number, text: string): string {
  const folded = text.normalize("NFKC").toLowerCase();
  if (version === 1) return folded.replace(DROP_V1, "");
  if (version === 2) return folded.replace(DROP_V2, "");
  if (version === 3) return withoutLatinAccents(folded).replace(DROP_V2, "");
  if (version === 4) return normaliseV4(folded);
  throw new RangeError(`unknown answer normalisation version ${version}`);
}

/** Fixed test vectors for version 2: typed text, what is hashed. docs/languages.md lists the same. */
export const NORMALISATION_V2_VECTORS: ReadonlyArray<readonly [typed: string, normalised: string]> = [
  ["Spider-Man", "spiderman"],
  ["spider man", "spiderman"],
  ["ＳＰＩＤＥＲ　ＭＡＮ", "spiderman"],
  ["Nasi Lemak!", "nasilemak"],
  ["Ayam goreng 2", "ayamgoreng2"],
  ["熊猫", "熊猫"],
  ["熊 猫。", "熊猫"],
  ["ｶﾀｶﾅ", "カタカナ"],
  ["பூனை", "பூனை"],
  ["புலி", "புலி"],
  ["பலி", "பலி"],
  ["க்\u200Dஷ", "க்ஷ"],
  ["🐼 Panda ❤️", "panda"],
  ["pan\u00ADda", "panda"],
  ["Ⅻ", "xii"],
  ["Straße", "straße"],
  ["İstanbul", "i\u0307stanbul"],
  ["1️⃣", "1"],
];

/** Fixed test vectors for version 3 (besides version 2's, which it folds the same): docs/languages.md lists them. */
export const NORMALISATION_V3_VECTORS: ReadonlyArray<readonly [typed: string, normalised: string]> = [
  ["Pokémon", "pokemon"],
  ["Poke\u0301mon", "pokemon"],
  ["ZOË", "zoe"],
  ["Crème brûlée", "cremebrulee"],
  ["jalapeño", "jalapeno"],
  ["İstanbul", "istanbul"],
  ["Ｃａｆé", "cafe"],
  ["பூனை", "பூனை"],
  ["கொம்பு", "கொம்பு"],
  ["がっこう", "がっこう"],
  ["Straße", "straße"],
];

/** Fixed test vectors for version 4 (besides version 3's, which it folds the same): docs/languages.md lists them. */
export const NORMALISATION_V4_VECTORS: ReadonlyArray<readonly [typed: string, normalised: string]> = [
  ["熊貓", "熊猫"],
  ["熊猫", "熊猫"],
  ["雞飯", "鸡饭"],
  ["臺灣", "台湾"],
  ["什麼", "什么"],
  ["什么", "什么"],
  ["kucing", "kucing"],
  ["kucing lah", "kucing"],
  ["Kucing lah!", "kucing"],
  ["kucing la", "kucing"],
  ["Nasi lemak, leh", "nasilemak"],
  ["kucing lor", "kucing"],
  ["kucing meh?", "kucing"],
  ["kucinglah", "kucinglah"],
  ["Koala", "koala"],
  ["Lah", "lah"],
  ["la", "la"],
  ["Kenny Loh", "kennyloh"],
  ["kucing ah", "kucingah"],
  ["வௌவால்", "வௌவால்"],
  ["வெளவால்", "வௌவால்"],
  ["வெ\u0BD7வால்", "வௌவால்"],
  ["வெளி", "வெளி"],
  ["வெள்ளை", "வெள்ளை"],
  ["கொம்பு", "கொம்பு"],
  ["க\u0BC6\u0BBEம்பு", "கொம்பு"],
  ["கோழி", "கோழி"],
  ["க\u0BC7\u0BBEழி", "கோழி"],
  ["ΟΔΥΣΣΕΥΣ", "οδυσσευσ"],
  ["οδυσσευς", "οδυσσευσ"],
  ["ΟΔΥΣΣΕΥΣ ΚΑΙ", "οδυσσευσκαι"],
  ["Pokémon", "pokemon"],
];
