import { describe, expect, it } from "vitest";
import { resolveClass } from "../../../../src/core/flows/staff/typed-class.js";

/** What a teacher or admin typed after /coverage, read against the classes she may view (4A and 5B). */
describe("a class typed after /coverage", () => {
  const classes = ["4A", "5B"];

  it.each(["", "my class", "班"])("%j names no class: she means her own", (typed) => {
    expect(resolveClass(typed, classes)).toEqual({ kind: "none" });
  });

  it('"Teach-Four-A-2026" names no class, and is told as a password', () => {
    expect(resolveClass("Teach-Four-A-2026", classes)).toEqual({ kind: "none", password: true });
  });

  it.each(["4A", "4a", "Class 4A", "4A.", "「4A」", "4 A", "4-a"])("%j is 4A", (typed) => {
    expect(resolveClass(typed, classes)).toEqual({ kind: "one", name: "4A" });
  });

  it.each(["4A 5B", "Class 4A and 5B", "4 A, 5 B"])("%j is both classes", (typed) => {
    expect(resolveClass(typed, classes)).toEqual({ kind: "several", names: ["4A", "5B"] });
  });

  it("'all' is every class only where it may mean that (a teacher's)", () => {
    expect(resolveClass("all my classes", classes, { all: true })).toEqual({ kind: "all" });
    expect(resolveClass("all my classes", classes)).toEqual({ kind: "unknown", typed: "all my classes" });
  });

  it("a class the school really calls so is read as typed", () => {
    expect(resolveClass("My Class", ["My Class"])).toEqual({ kind: "one", name: "My Class" });
    expect(resolveClass("ALL", ["All"], { all: true })).toEqual({ kind: "one", name: "All" });
    expect(resolveClass("Class 4A", ["Class 4A", "4A"])).toEqual({ kind: "one", name: "Class 4A" });
  });

  it("anything else is unknown, kept as typed", () => {
    expect(resolveClass("6C", classes)).toEqual({ kind: "unknown", typed: "6C" });
    expect(resolveClass("4A 6C", classes)).toEqual({ kind: "unknown", typed: "4A 6C" });
  });
});
