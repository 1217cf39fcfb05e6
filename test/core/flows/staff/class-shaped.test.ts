import { describe, expect, it } from "vitest";
import { classShaped } from "../../../../src/core/flows/staff/unknown-class.js";
import { classAfterWord } from "../../../../src/core/flows/staff/typed-class.js";

/*
 * What a staff member typed for a class the directory does not have is said back, and filed in the audit,
 * only when it is shaped like the school's classes: anything else may be her password.
 */
describe("a typed class the school does not have", () => {
  const demo = ["4A", "5B"];

  it.each([
    ["9Z", "9Z"],
    ["class 9z", "9z"],
    ["Class: 9Z", "9Z"],
    ["9Z.", "9Z"],
    ["10C", "10C"],
  ])("%s is said back as %s", (typed, said) => {
    expect(classShaped(typed, demo)).toBe(said);
  });

  it.each(["purple elephant dance 7", "Rose7", "S1001", "4A 9Z", "A9", "9ZZZZ", "", "class"])(
    "%j is not",
    (typed) => {
      expect(classShaped(typed, demo)).toBeNull();
    },
  );

  it("follows the school's own shape of class", () => {
    expect(classShaped("P7-Red", ["P4-Blue", "P5-Green"])).toBe("P7-Red");
    expect(classShaped("9Z", ["P4-Blue", "P5-Green"])).toBeNull();
  });

  it("says nothing back when the directory gave no classes", () => {
    expect(classShaped("9Z", [])).toBeNull();
  });

  it("the word for class marks a class, whether or not the school has it", () => {
    expect(classAfterWord("class:9Z")).toBe("9Z");
    expect(classAfterWord("Class 9Z.")).toBe("9Z");
    expect(classAfterWord("9Z班")).toBe("9Z");
    expect(classAfterWord("9Z")).toBeNull();
    expect(classAfterWord("S1001")).toBeNull();
    // The word alone, as "class:" with no name after it: a class not named, never a person's ID.
    expect(classAfterWord("class")).toBe("");
    expect(classAfterWord("班")).toBe("");
    expect(classAfterWord("class:")).toBe("");
    expect(classAfterWord("Kelas :")).toBe("");
  });
});
