import { createRequire } from "node:module";
import type * as Core from "@zxcvbn-ts/core";
import type * as Common from "@zxcvbn-ts/language-common";
import type * as English from "@zxcvbn-ts/language-en";

/**
 * How hard a password a student chose is to guess, by zxcvbn (@zxcvbn-ts, MIT): leaked-password lists,
 * English words, names, keyboard runs ("qwerty"), repeats ("aaaaaaaa1"), sequences ("abcdefgh"), dates, l33t
 * ("P@ssw0rd") and her own words, each with what is added to it ("Password1!"). A hand-kept list only knew
 * whole passwords. The directory's own policy stays the authority; this stops what a guesser tries first.
 */

/**
 * The least guesses zxcvbn must estimate for a chosen password: 10^8, beyond what a guesser at a login
 * screen gets through (where its score 3 begins). Two or three words a child likes and a number
 * ("Mango-Tiger-47", "big-red-bus-on-mars-7") reach 10^10 and more, as every password the bot makes does; a
 * common password with digits or symbols added ("Password1!", "Qwerty123"), a run or repeat ("abcdefgh",
 * "aaaaaaaa1"), a leaked-list word with a year ("ilovecats", "Summer2026!") stay far below, and the refusal
 * shows how. The guesses, not the score: zxcvbn counts 8 random characters as exactly 10^8 (10^length) and
 * starts score 3 a margin of 5 above it, so the score refused every 8-character password, the least a child
 * is told she may type.
 */
const MIN_GUESSES = 1e8;

/**
 * zxcvbn's cost grows fast with length, and a crafted password of symbols near the 128 allowed cost a second
 * of main thread. The first 32 characters are scored: a password refused on them starts with something
 * guessable, one that passes is stronger still whole. 4 l33t swaps still find "P@ssw0rd" (measured: under
 * 10 ms for any password, about 1 ms for a child's; building the dictionaries once, about 0.4 s).
 */
const SCORED_LENGTH = 32;
const L33T_MAX_SUBSTITUTIONS = 4;

/**
 * The example the refusal shows (password.tooCommon). A child may copy it, as it is or with her own number
 * (built-on-the-example.ts refuses that first); it scores as a leaked password would too. Its words are not the made passwords' and its one digit is fewer than they have, so it is
 * never a password the bot made for anyone.
 */
export const PASSWORD_EXAMPLE = "Jolly-Socks-Jump-8";

/** Words of a school that zxcvbn's English lists rank too low, and a few of the games children name. */
const SCHOOL_WORDS = [
  "school",
  "student",
  "teacher",
  "classroom",
  "homework",
  "principal",
  "roblox",
  "fortnite",
  PASSWORD_EXAMPLE.toLowerCase(),
];

let factory: Core.ZxcvbnFactory | undefined;

/**
 * Built on the first check (or by prepareStrengthCheck at start), not at import: every module that imports
 * the password rules, and every test, would otherwise load about 7 MB of word lists.
 */
function strengthFactory(): Core.ZxcvbnFactory {
  if (factory !== undefined) return factory;
  const require = createRequire(import.meta.url);
  const { ZxcvbnFactory } = require("@zxcvbn-ts/core") as typeof Core;
  const common = require("@zxcvbn-ts/language-common") as typeof Common;
  const en = require("@zxcvbn-ts/language-en") as typeof English;
  const options: Core.OptionsType = {
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, school: SCHOOL_WORDS },
    maxLength: SCORED_LENGTH,
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
  };
  factory = new ZxcvbnFactory(options);
  return factory;
}

/** Loads the word lists now, so the first child to type a password does not wait for them. */
export function prepareStrengthCheck(): void {
  strengthFactory();
}

/**
 * Whether `password` is too easy to guess. `ownWords`: what a guesser who knows her tries first (her name's
 * parts, her user ID, the school's name for the account).
 */
export function tooEasyToGuess(password: string, ownWords: readonly string[]): boolean {
  const inputs = ownWords.filter((word) => word.trim() !== "");
  return strengthFactory().check(password, inputs).guesses < MIN_GUESSES;
}
