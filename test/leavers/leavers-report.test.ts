import { describe, expect, it } from "vitest";
import { leaversReport } from "../../src/tools/leavers-report.js";

describe("the leavers tool's report, as the admin reads it", () => {
  it("counts people in good English: one person, several people", () => {
    expect(leaversReport({ checked: 1, removed: false, leavers: [], disabled: 0, ambiguous: [] })).toBe(
      "Checked 1 person. Would remove 0.\n",
    );
    expect(
      leaversReport({ checked: 3, removed: true, leavers: ["S1001", "S1002"], disabled: 0, ambiguous: [] }),
    ).toBe("Checked 3 people. Removed 2:\n  S1001\n  S1002\n");
  });

  it("says how many were kept because their account is disabled in the directory (not leavers)", () => {
    expect(
      leaversReport({ checked: 3, removed: false, leavers: ["gone.kid"], disabled: 1, ambiguous: [] }),
    ).toBe(
      "Checked 3 people. Would remove 1:\n  gone.kid\n" +
        "Kept 1 person whose account is disabled in the directory: they have not left.\n",
    );
    expect(leaversReport({ checked: 5, removed: true, leavers: [], disabled: 2, ambiguous: [] })).toBe(
      "Checked 5 people. Removed 0.\n" +
        "Kept 2 people whose accounts are disabled in the directory: they have not left.\n",
    );
  });
  it("lists apart, by id, the people kept because their id matches more than one directory entry", () => {
    expect(
      leaversReport({ checked: 4, removed: true, leavers: ["gone.kid"], disabled: 1, ambiguous: ["s1002"] }),
    ).toBe(
      "Checked 4 people. Removed 1:\n  gone.kid\n" +
        "Kept 1 person whose account is disabled in the directory: they have not left.\n" +
        "Kept 1 person whose ID matches more than one directory entry. Fix the directory so that each ID is " +
        "on one entry; until then the bot cannot help them:\n  s1002\n",
    );
    expect(
      leaversReport({ checked: 5, removed: false, leavers: [], disabled: 0, ambiguous: ["a7", "b8"] }),
    ).toBe(
      "Checked 5 people. Would remove 0.\n" +
        "Kept 2 people whose IDs match more than one directory entry. Fix the directory so that each ID is " +
        "on one entry; until then the bot cannot help them:\n  a7\n  b8\n",
    );
  });
});
