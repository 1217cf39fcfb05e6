import { PASSWORD_EXAMPLE } from "./password-strength.js";

/**
 * Digits and symbols a child puts for a letter ("J0lly", "$ocks"), as zxcvbn's l33t table has them: the
 * example's words written so are still the example's.
 */
const LOOKS_LIKE: Readonly<Record<string, string>> = {
  a: "a4@",
  e: "e3",
  i: "i1!|",
  l: "l1|!",
  o: "o0",
  s: "s5$",
  t: "t7+",
};

/** A word of the example as a pattern: any case, each letter or what stands for it. */
function wordPattern(word: string): RegExp {
  const letters = [...word.toLowerCase()].map((letter) => {
    const forms = LOOKS_LIKE[letter] ?? letter;
    return `[${forms.replace(/[\\\]^-]/gu, "\\$&")}]`;
  });
  return new RegExp(letters.join(""), "iu");
}

/** The words of PASSWORD_EXAMPLE ("Jolly", "Socks", "Jump"), as patterns. */
const EXAMPLE_WORDS: readonly RegExp[] = PASSWORD_EXAMPLE.split(/[^A-Za-z]+/u)
  .filter((word) => word !== "")
  .map(wordPattern);

/**
 * Whether `password` is the example the refusals show (PASSWORD_EXAMPLE) with only its order, case,
 * separators, digits or symbols changed: "jolly socks jump 2", "JollySocksJump!", "Jump.Jolly.Socks.99".
 * Every child who was refused has seen those words, so a guesser tries them first. A word of her own beside
 * them ("Jolly-Socks-Jumping-Mango-5") makes it hers, judged as any other password.
 */
export function builtOnTheExample(password: string): boolean {
  let rest = password;
  for (const word of EXAMPLE_WORDS) {
    const found = word.exec(rest);
    if (found === null) return false;
    rest = rest.slice(0, found.index) + " " + rest.slice(found.index + found[0].length);
  }
  return !/\p{L}/u.test(rest);
}
