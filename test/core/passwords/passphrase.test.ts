import { describe, expect, it } from "vitest";
import { generatePassphrase } from "../../../src/core/passwords/passphrase.js";
import { checkPasswordRules } from "../../../src/core/passwords/password-policy.js";

const SCHOOL_DEFAULT = { minLength: 8, maxLength: 128 };

describe("a generated password", () => {
  it("is three different words and a two-digit number, with capitals and a symbol", () => {
    for (let i = 0; i < 2000; i++) {
      const password = generatePassphrase(SCHOOL_DEFAULT);
      expect(password).toMatch(/^[A-Z][a-z]+-[A-Z][a-z]+-[A-Z][a-z]+-[1-9]\d$/);
      const words = password.split("-").slice(0, 3);
      // "Violin-Chess-Violin-92" reads like a typo, and a child copying it may "fix" it.
      expect(new Set(words).size).toBe(3);
    }
  });

  // "Cat-Cup-Egg-10" is 14 long: a school asking for 16 or more got shorter ones, which its directory refuses.
  it.each([16, 20, 24, 40, 100, 127, 128])(
    "is never shorter than PASSWORD_MIN_LENGTH (%i), nor longer than the most a password may be",
    (minLength) => {
      const rules = { minLength, maxLength: 128 };
      for (let i = 0; i < 300; i++) {
        const password = generatePassphrase(rules);
        expect(password.length).toBeGreaterThanOrEqual(minLength);
        expect(password.length).toBeLessThanOrEqual(128);
        expect(password).toMatch(/^([A-Z][a-z]+-){3,}[1-9]\d+$/);
        const words = password.split("-").slice(0, -1);
        expect(new Set(words).size).toBe(words.length);
      }
    },
  );

  it("made for a child, never holds her user ID or a part of her name, even inside a word", () => {
    // Kit: "Kite", "Kitten"; Rose: "Rose"; Nut: "Nut", "Peanut", "Coconut" (Active Directory refuses each).
    const student = { id: "kit", name: "Rose Nut Kit" };
    for (let i = 0; i < 500; i++) {
      const password = generatePassphrase(SCHOOL_DEFAULT, student).toLowerCase();
      for (const part of ["kit", "rose", "nut"]) expect(password).not.toContain(part);
      expect(checkPasswordRules(password, student, SCHOOL_DEFAULT)).toBeNull();
    }
  });
});
