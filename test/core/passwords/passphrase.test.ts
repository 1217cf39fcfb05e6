import { describe, expect, it } from "vitest";
import { generatePassphrase } from "../../../src/core/passwords/passphrase.js";

describe("a generated password", () => {
  it("is three different words and a two-digit number, with capitals and a symbol", () => {
    for (let i = 0; i < 2000; i++) {
      const password = generatePassphrase();
      expect(password).toMatch(/^[A-Z][a-z]+-[A-Z][a-z]+-[A-Z][a-z]+-[1-9]\d$/);
      const words = password.split("-").slice(0, 3);
      // "Violin-Chess-Violin-92" reads like a typo, and a child copying it may "fix" it.
      expect(new Set(words).size).toBe(3);
    }
  });
});
