import type * as Crypto from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { generatePassphrase } from "../../../src/core/passwords/passphrase.js";
import { checkNewPassword } from "../../../src/core/passwords/password-policy.js";

// A fixed seed for the words and numbers the bot picks, so the same 200 passwords are checked on every run.
let seed = 20_261_203;
vi.mock("node:crypto", async (original) => ({
  ...(await original<typeof Crypto>()),
  randomInt: (minOrMax: number, max?: number) => {
    const [low, high] = max === undefined ? [0, minOrMax] : [minOrMax, max];
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return low + (seed % (high - low));
  },
}));

/**
 * A password the bot made may be typed back by the child as her own: it must pass every rule hers must,
 * "too easy to guess" too (the bot cannot tell her a password it chose is weak).
 */
describe("a password the bot makes, typed back as her own", () => {
  it.each([
    [8, 200],
    [16, 25],
    [24, 25],
  ])("passes every rule, how easy to guess included (minimum %i, %i passwords)", (minLength, count) => {
    const rules = { minLength, maxLength: 128 };
    const student = { id: "S1001", name: "Tan Wei Ling" };
    for (let i = 0; i < count; i++) {
      const password = generatePassphrase(rules, student);
      expect(checkNewPassword(password, student, rules), password).toBeNull();
    }
  });
});
