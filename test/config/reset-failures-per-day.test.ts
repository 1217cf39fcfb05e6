import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { limitRules } from "../../src/core/limits/limit-rules.js";
import { problemsWith } from "./config-problems.js";

const SPREE = { minFailures: 10, minStudents: 5, windowMs: 600_000, quietMs: 900_000 };
const DAY = 24 * 60 * 60_000;
const studentRule = (env: Record<string, string>) => limitRules(loadConfig(env).core, SPREE).student;

/**
 * RESET_MAX_FAILURES_PER_DAY: failed resets of one student within 24 hours that suspend her self-service reset
 * too, so that 4 an hour (under RESET_MAX_FAILURES' 5) cannot go on for ever.
 */
describe("RESET_MAX_FAILURES_PER_DAY", () => {
  it("is 10 within 24 hours unless set, besides the 5 within the hour, with the same suspension", () => {
    expect(studentRule({})).toEqual({
      maxFailures: 5,
      windowMs: 60 * 60_000,
      blockMs: DAY,
      longWindow: { maxFailures: 10, windowMs: DAY },
    });
    expect(studentRule({ RESET_MAX_FAILURES_PER_DAY: "20" }).longWindow).toEqual({
      maxFailures: 20,
      windowMs: DAY,
    });
  });

  it("unset, is never below RESET_MAX_FAILURES: a school that allows 20 an hour is not held to 10 a day", () => {
    expect(studentRule({ RESET_MAX_FAILURES: "20" }).longWindow?.maxFailures).toBe(20);
  });

  it("0 turns it off, and it adds nothing when the window is already a day or more", () => {
    expect(studentRule({ RESET_MAX_FAILURES_PER_DAY: "0" }).longWindow).toBeUndefined();
    expect(studentRule({ RESET_FAILURE_WINDOW_MINUTES: "1440" }).longWindow).toBeUndefined();
  });

  it("set below RESET_MAX_FAILURES, it is refused at start, naming both", () => {
    const message = problemsWith({ RESET_MAX_FAILURES_PER_DAY: "3" });
    expect(message).toMatch(/RESET_MAX_FAILURES_PER_DAY: \(3\) must be at least RESET_MAX_FAILURES \(5\)/);
    expect(message).toContain("0 turns the day's limit off");
    expect(() => loadConfig({ RESET_MAX_FAILURES_PER_DAY: "5" })).not.toThrow();
  });

  it("a word or a negative number is refused", () => {
    expect(problemsWith({ RESET_MAX_FAILURES_PER_DAY: "-1" })).toMatch(
      /RESET_MAX_FAILURES_PER_DAY: must be a whole number from 0 to 1000, not "-1"/,
    );
    expect(problemsWith({ RESET_MAX_FAILURES_PER_DAY: "ten" })).toContain("RESET_MAX_FAILURES_PER_DAY");
  });
});
