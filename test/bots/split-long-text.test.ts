import { describe, expect, it } from "vitest";
import { fitWholeCharacters, splitLongText } from "../../src/bots/split-long-text.js";

describe("splitting a text too long for one message", () => {
  it("a text that fits comes back as it is", () => {
    expect(splitLongText("Hello\n\nthere", 20)).toEqual(["Hello\n\nthere"]);
    expect(splitLongText("", 20)).toEqual([""]);
  });

  it("pieces end at line breaks, as full as the limit allows, and nothing is lost", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `• Student number ${i} (S${1000 + i})`);
    const pieces = splitLongText(lines.join("\n"), 100);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(100);
    expect(pieces.join("\n")).toBe(lines.join("\n"));
    // Each piece but the last could not have taken the next line.
    for (let i = 0; i < pieces.length - 1; i++) {
      expect(`${pieces[i]}\n${pieces[i + 1]!.split("\n")[0]}`.length).toBeGreaterThan(100);
    }
  });

  it("a blank line where the text is cut does not become an empty message", () => {
    const pieces = splitLongText(`${"a".repeat(8)}\n\n\n${"b".repeat(8)}`, 9);
    expect(pieces).toEqual(["a".repeat(8), "b".repeat(8)]);
  });

  it("a single line past the limit is cut at a space, else between characters, never inside an emoji", () => {
    expect(splitLongText("alpha beta gamma delta", 12)).toEqual(["alpha beta", "gamma delta"]);
    const emoji = "👩‍👩‍👧🇲🇾😀".repeat(10);
    const pieces = splitLongText(emoji, 9);
    expect(pieces.join("")).toBe(emoji);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(9);
      // Whole pictures only: the family (8 units), a flag (4) and a face (2) each stay in one piece.
      expect(piece).toMatch(/^(👩‍👩‍👧|🇲🇾|😀)+$/u);
    }
  });

  it("counts as Telegram does, in UTF-16 units: a text of emoji fits half as many", () => {
    const faces = "😀".repeat(3000);
    const pieces = splitLongText(faces, 4096);
    expect(pieces.map((piece) => piece.length)).toEqual([4096, 6000 - 4096]);
  });
});

describe("fitting a text into a field", () => {
  it("ends between two characters as a reader sees them", () => {
    expect(fitWholeCharacters("ab😀c", 3)).toBe("ab");
    expect(fitWholeCharacters("ab😀c", 4)).toBe("ab😀");
    expect(fitWholeCharacters("e\u0301e\u0301", 3)).toBe("e\u0301");
    expect(fitWholeCharacters("short", 75)).toBe("short");
  });
});
