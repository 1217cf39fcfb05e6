import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

/** STAFF_PASSWORD_AGAIN_MINUTES: how long a staff member's password, typed in her own chat, holds there. */
describe("STAFF_PASSWORD_AGAIN_MINUTES", () => {
  it("is 15 minutes unless set, and 0 (never ask on a staff-only chat) is allowed", () => {
    expect(loadConfig({}).core.staffPasswordAgainMs).toBe(15 * 60_000);
    expect(loadConfig({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }).core.staffPasswordAgainMs).toBe(0);
    expect(loadConfig({ STAFF_PASSWORD_AGAIN_MINUTES: "60" }).core.staffPasswordAgainMs).toBe(60 * 60_000);
  });

  it.each([["-5"], ["fifteen"], ["1.5"], ["100000"]])(
    "%s is refused at start, saying what to set",
    (value) => {
      const message = problemsWith({ STAFF_PASSWORD_AGAIN_MINUTES: value });
      expect(message).toContain("1 setting needs fixing");
      expect(message).toContain(
        `STAFF_PASSWORD_AGAIN_MINUTES: must be a whole number from 0 to 1440, not "${value}"`,
      );
    },
  );
});
