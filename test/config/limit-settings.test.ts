import { describe, expect, it } from "vitest";
import { loadConfig, settingWarnings } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

/** The error loadConfig throws for this environment (the test fails if it does not throw one). */

const LDAP = {
  DIRECTORY: "ldap",
  LDAP_URL: "ldaps://dc.school.local",
  LDAP_BIND_DN: "cn=bot,dc=school",
  LDAP_BIND_PASSWORD: "pw",
  LDAP_BASE_DN: "dc=school",
};

/**
 * A block shorter than the window its failures are counted in ends while the window is still full: the chat
 * is let in, then refused at its first answer with a wrong "wait 1 minute", and a patient guesser gets one
 * try per block instead of the limit's number per window. Such a pair is refused at start.
 */
describe("settings whose combination would weaken a limit", () => {
  it("a chat's pause shorter than the window its failures and answer checks count in is refused, naming both", () => {
    const message = problemsWith({ CHAT_THROTTLE_MINUTES: "10", CHAT_FAILURE_WINDOW_MINUTES: "60" });
    expect(message).toContain("1 setting needs fixing");
    expect(message).toMatch(/CHAT_THROTTLE_MINUTES: .*at least CHAT_FAILURE_WINDOW_MINUTES \(60\)/);
    expect(message).toContain("(10)");
  });

  it("a pause as long as the window, or longer, is fine", () => {
    const same = loadConfig({ CHAT_THROTTLE_MINUTES: "30", CHAT_FAILURE_WINDOW_MINUTES: "30" });
    expect(same.core.reset.answerChecks.perChatBlockMs).toBe(same.core.reset.answerChecks.perChatWindowMs);
    expect(() =>
      loadConfig({ CHAT_THROTTLE_MINUTES: "120", CHAT_FAILURE_WINDOW_MINUTES: "30" }),
    ).not.toThrow();
  });

  it("a student's suspension shorter than the window their failed resets count in is refused, naming both", () => {
    const message = problemsWith({ RESET_SUSPEND_HOURS: "1", RESET_FAILURE_WINDOW_MINUTES: "1440" });
    expect(message).toMatch(/RESET_SUSPEND_HOURS: .*at least RESET_FAILURE_WINDOW_MINUTES \(1440\)/);
    expect(() =>
      loadConfig({ RESET_SUSPEND_HOURS: "24", RESET_FAILURE_WINDOW_MINUTES: "1440" }),
    ).not.toThrow();
  });

  it.each([
    ["SETUP_SPRAY_WINDOW_HOURS", "LINK_FAILURE_WINDOW_MINUTES"],
    ["RESET_SPRAY_WINDOW_HOURS", "RESET_FAILURE_WINDOW_MINUTES"],
  ])(
    "a spray watch's window no longer than the wait to settle (%s, %s) is warned of at start: it could never alert",
    (window, settle) => {
      const [warning] = settingWarnings({ [window]: "24", [settle]: "1440" });
      expect(warning).toContain(`${window} (24) is not longer than ${settle} (1440 minutes)`);
      expect(warning).toContain(`Set ${window} to more than 24.`);
      expect(settingWarnings({ [window]: "25", [settle]: "1440" })).toEqual([]);
      expect(settingWarnings({})).toEqual([]);
    },
  );

  it("a dialog's lifetime shorter than its idle limit is refused, naming both", () => {
    const message = problemsWith({ DIALOG_MAX_MINUTES: "10", DIALOG_IDLE_MINUTES: "15" });
    expect(message).toMatch(/DIALOG_MAX_MINUTES: .*at least DIALOG_IDLE_MINUTES/);
  });

  it("the defaults are coherent", () => {
    expect(() => loadConfig({})).not.toThrow();
  });

  it("a reset's reservation outlasts the slowest password change the LDAP settings allow", () => {
    expect(loadConfig({}).core.reset.reservationMs).toBe(2 * 60_000);
    expect(loadConfig(LDAP).core.reset.reservationMs).toBe(2 * 60_000);
    // Connect, StartTLS, the service login, the search, the change, the put-back, the goodbye: each may take
    // LDAP_TIMEOUT_MS, and no other reset may start meanwhile.
    const slow = loadConfig({ ...LDAP, LDAP_TIMEOUT_MS: "60000" });
    expect(slow.core.reset.reservationMs).toBeGreaterThan(7 * 60_000);
  });
});
