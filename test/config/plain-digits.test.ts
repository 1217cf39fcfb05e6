import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

/**
 * A number setting is read as an admin reads it: digits 0 to 9. JavaScript's Number() also takes "0x10"
 * (16), "1e3" (1000), "0b11", "+5" and "1.0", so a value an admin may mean otherwise was taken silently.
 */
describe("a number setting takes plain digits only", () => {
  it.each([
    ["DIALOG_IDLE_MINUTES", "0x10", "16"],
    ["PLATFORM_TIMEOUT_MS", "1e3", "1000"],
    ["RESET_MAX_FAILURES", "0b11", "3"],
    ["RESET_MAX_FAILURES", "+5", "5"],
    ["STAFF_PASSWORD_AGAIN_MINUTES", "15.0", "15"],
  ])("%s=%s is refused, naming what to type (%s)", (variable, value, digits) => {
    const message = problemsWith({ [variable]: value });
    expect(message).toContain("1 setting needs fixing");
    expect(message).toContain(`${variable}: must be written in plain digits: type ${digits}, not "${value}"`);
  });

  it("a port in hex is refused the same way", () => {
    expect(problemsWith({ PORT: "0x1F90" })).toContain(
      'PORT: must be written in plain digits: type 8080, not "0x1F90"',
    );
  });

  it("a value that is no number in range keeps the message with the range", () => {
    expect(problemsWith({ DIALOG_IDLE_MINUTES: "0x10000" })).toContain(
      'DIALOG_IDLE_MINUTES: must be a whole number from 1 to 1440, not "0x10000"',
    );
    expect(problemsWith({ PORT: "1e9" })).toContain('PORT: must be a port number from 1 to 65535, not "1e9"');
  });

  it("plain digits, with spaces round them or leading zeros, are still read", () => {
    const config = loadConfig({ DIALOG_IDLE_MINUTES: " 010 ", PORT: "8080" });
    expect(config.core.dialogIdleSeconds).toBe(600);
    expect(config.server.port).toBe(8080);
  });
});
