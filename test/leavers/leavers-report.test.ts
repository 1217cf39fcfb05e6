import { describe, expect, it } from "vitest";
import { leaversReport } from "../../src/tools/leavers-report.js";

describe("the leavers tool's report, as the admin reads it", () => {
  it("counts people in good English: one person, several people", () => {
    expect(leaversReport({ checked: 1, removed: false, leavers: [] })).toBe(
      "Checked 1 person. Would remove 0.\n",
    );
    expect(leaversReport({ checked: 3, removed: true, leavers: ["S1001", "S1002"] })).toBe(
      "Checked 3 people. Removed 2:\n  S1001\n  S1002\n",
    );
  });
});
