import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { tooEasyToGuess } from "../../src/core/passwords/password-strength.js";
import { problemsWith } from "./config-problems.js";

/*
 * A password a student types must be hard to guess (at least 10^8 guesses by zxcvbn), and zxcvbn counts at
 * most 10^length guesses for any password: none shorter than 8 characters ever passes. A minimum below 8 was
 * taken at start and told to every child ("It needs at least 4 letters..."), then every such password was
 * refused as too easy to guess: a setting the bot could never honour.
 */
describe("PASSWORD_MIN_LENGTH below 8", () => {
  it("no password shorter than 8 characters is ever hard enough to guess, however random it looks", () => {
    for (const password of ["Xq9#", "zZ9!kQ", "q8#Lm2w", "Kp3$zQ9", "J7&tW2x"])
      expect(tooEasyToGuess(password, [])).toBe(true);
  });

  it.each(["4", "6", "7", "1", "0"])("%s stops the start, saying why and what to set", (min) => {
    const message = problemsWith({ PASSWORD_MIN_LENGTH: min });
    expect(message).toContain("1 setting needs fixing");
    expect(message).toContain(`PASSWORD_MIN_LENGTH: must be 8 or more, not ${min}`);
    expect(message).toContain("too easy to guess");
    expect(message).toContain("leave it unset for 8");
  });

  it("8 (the default), more, and unset are taken; past 128 is refused as before", () => {
    expect(loadConfig({}).core.password.minLength).toBe(8);
    expect(loadConfig({ PASSWORD_MIN_LENGTH: "8" }).core.password.minLength).toBe(8);
    expect(loadConfig({ PASSWORD_MIN_LENGTH: "12" }).core.password.minLength).toBe(12);
    expect(problemsWith({ PASSWORD_MIN_LENGTH: "129" })).toContain(
      'PASSWORD_MIN_LENGTH: must be a whole number from 8 to 128, not "129"',
    );
  });
});
