import { describe, expect, it } from "vitest";
import { storedTextOnItsLine } from "../../src/core/stored-text-line.js";

describe("stored text shown to staff on its line", () => {
  it("keeps the joining marks that build an emoji or a letter, as written", () => {
    const family = "👨\u200D👩\u200D👧";
    const scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
    const halfForm = "क्\u200Dष";
    expect(storedTextOnItsLine(`${family} ${scotland} ${halfForm}`)).toBe(
      `${family} ${scotland} ${halfForm}`,
    );
  });

  it("still shows a new line, a line separator and a direction mark as �", () => {
    expect(storedTextOnItsLine("S1\nA\u2028B\u202E1001S\u2066\u200B")).toBe("S1�A�B�1001S��");
  });
});
