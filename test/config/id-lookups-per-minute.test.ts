import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { limitRules } from "../../src/core/limits/limit-rules.js";
import { problemsWith } from "./config-problems.js";

const SPREE = { minFailures: 10, minStudents: 5, windowMs: 600_000, quietMs: 600_000 };

describe("CHAT_MAX_ID_LOOKUPS_PER_MINUTE", () => {
  it("paces a chat's user ID lookups to 5 a minute unless set", () => {
    const rules = limitRules(loadConfig({}).core, SPREE);
    expect(rules["id-lookups"].burst).toEqual({ maxFailures: 5, windowMs: 60_000 });
    const set = limitRules(loadConfig({ CHAT_MAX_ID_LOOKUPS_PER_MINUTE: "8" }).core, SPREE);
    expect(set["id-lookups"].burst?.maxFailures).toBe(8);
  });

  it("refuses 0 (no chat could set up) and more than the hour's 60, naming the setting", () => {
    for (const value of ["0", "61"]) {
      expect(problemsWith({ CHAT_MAX_ID_LOOKUPS_PER_MINUTE: value })).toContain(
        "CHAT_MAX_ID_LOOKUPS_PER_MINUTE",
      );
    }
  });
});
