import { describe, expect, it } from "vitest";
import { loadConfig, noSchoolNamed } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

const REAL = {
  REDIS_URL: "redis://127.0.0.1:6379",
  ANSWER_PEPPER: "a-pepper-that-is-long-enough-for-the-bot-0123456789",
  LEAVERS_INTERVAL_HOURS: "24",
};

/*
 * The scheduled leavers job over a real Redis and the demo school (DIRECTORY forgotten or misspelt) would
 * take every real student for a leaver and remove their answers and links.
 */
describe("LEAVERS_INTERVAL_HOURS over a real Redis", () => {
  it("refuses to start with the demo school, naming the settings that give the school's own", () => {
    for (const env of [REAL, { ...REAL, DIRECTORY: "memory" }]) {
      const message = problemsWith(env);
      expect(message).toContain("LEAVERS_INTERVAL_HOURS");
      expect(message).toContain("DIRECTORY=ldap");
      expect(message).toContain("DIRECTORY_FILE");
    }
  });

  it("starts with a school file named, with the job off, or with the in-memory demo", () => {
    expect(() => loadConfig({ ...REAL, DIRECTORY_FILE: "data/demo-school.json" })).not.toThrow();
    expect(() => loadConfig({ ...REAL, LEAVERS_INTERVAL_HOURS: "0" })).not.toThrow();
    expect(() => loadConfig({ LEAVERS_INTERVAL_HOURS: "24" })).not.toThrow();
  });
});

describe("noSchoolNamed (npm run leavers refuses to run when it is true)", () => {
  it("is true with no directory setting, DIRECTORY=memory or a blank DIRECTORY_FILE", () => {
    expect(noSchoolNamed({})).toBe(true);
    expect(noSchoolNamed({ DIRECTORY: " Memory " })).toBe(true);
    expect(noSchoolNamed({ DIRECTRY: "ldap", DIRECTORY_FILE: " " })).toBe(true);
  });

  it("is false with DIRECTORY=ldap or any school file named", () => {
    expect(noSchoolNamed({ DIRECTORY: "LDAP" })).toBe(false);
    expect(noSchoolNamed({ DIRECTORY_FILE: "data/demo-school.json" })).toBe(false);
    expect(noSchoolNamed({ DIRECTORY: "memory", DIRECTORY_FILE: "/etc/sspr/school.json" })).toBe(false);
  });
});
