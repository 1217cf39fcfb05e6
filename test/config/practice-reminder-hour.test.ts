import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

/** PRACTICE_REMINDER_HOUR_UTC: from which hour (UTC) a day's practice reminders go to the children's chats. */
describe("PRACTICE_REMINDER_HOUR_UTC", () => {
  it("is 8 (16:00 in Singapore) unless set, and takes any hour of the day", () => {
    expect(loadConfig({}).core.practiceReminderHourUtc).toBe(8);
    expect(loadConfig({ PRACTICE_REMINDER_HOUR_UTC: "0" }).core.practiceReminderHourUtc).toBe(0);
    expect(loadConfig({ PRACTICE_REMINDER_HOUR_UTC: "23" }).core.practiceReminderHourUtc).toBe(23);
  });

  it("a clock time or an hour past 23 stops the start, naming the setting and what it takes", () => {
    for (const value of ["16:00", "24", "-1", "4pm"]) {
      const message = problemsWith({ PRACTICE_REMINDER_HOUR_UTC: value });
      expect(message).toContain("PRACTICE_REMINDER_HOUR_UTC: must be a whole number from 0 to 23");
    }
  });
});
