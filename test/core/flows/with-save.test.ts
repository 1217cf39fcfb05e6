import { describe, expect, it } from "vitest";
import { WithSave } from "../../../src/core/flows/flow.js";

describe("WithSave", () => {
  it("gives each write that fails (thrown or rejected) to the caller, does the others, and never rejects", async () => {
    const withSave = new WithSave();
    const done: string[] = [];
    withSave.add(() => {
      throw new Error("thrown");
    });
    withSave.add(() => Promise.reject(new Error("rejected")));
    withSave.add(async () => {
      done.push("audit");
    });
    const failed: string[] = [];
    await withSave.start((error) => failed.push((error as Error).message));
    expect(failed).toEqual(["thrown", "rejected"]);
    expect(done).toEqual(["audit"]);
    // Once started, a write is done at once by its caller.
    expect(withSave.add(async () => {})).toBe(false);
  });
});
