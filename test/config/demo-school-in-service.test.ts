import { describe, expect, it } from "vitest";
import { demoSchoolWarnings } from "../../src/config/load-config.js";
import { DEMO_SCHOOL_FILE } from "../../src/directory/school-file.js";

const TELEGRAM = { TELEGRAM_BOT_TOKEN: "7000000001:AAE-not-a-real-token-0123456789" };
const SLACK = { SLACK_BOT_TOKEN: "xoxb-not-real", SLACK_APP_TOKEN: "xapp-not-real" };

/*
 * An admin who sets up Telegram or Slack, Redis and the pepper, and forgets DIRECTORY, gets a bot that
 * answers students with the demo school: its passwords are in the README, so whoever finds the bot can link
 * as its admin A3001 and run /unlock telegram:…, /audit and /export on the real chats.
 */
describe("the demo school behind a chat platform", () => {
  it("warns at start, saying which settings give the real school", () => {
    for (const env of [
      TELEGRAM,
      SLACK,
      { ...TELEGRAM, DIRECTORY: "memory" },
      // Read as "memory" by the settings, whatever its case.
      { ...TELEGRAM, DIRECTORY: " Memory " },
      // The demo school's own file, named.
      { ...SLACK, DIRECTORY_FILE: "data/demo-school.json" },
      { ...SLACK, DIRECTORY_FILE: DEMO_SCHOOL_FILE },
    ]) {
      const warnings = demoSchoolWarnings(env);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain("demo school");
      expect(warnings[0]).toContain("DIRECTORY=ldap");
      expect(warnings[0]).toContain("DIRECTORY_FILE");
      expect(warnings.join("\n")).not.toMatch(/not-a-real-token|not-real/);
    }
  });

  it("says nothing with the school's directory or file, or on the terminal alone", () => {
    expect(demoSchoolWarnings({ ...TELEGRAM, DIRECTORY: "ldap" })).toEqual([]);
    expect(demoSchoolWarnings({ ...SLACK, DIRECTORY_FILE: "/etc/sspr/school.json" })).toEqual([]);
    expect(demoSchoolWarnings({})).toEqual([]);
    expect(demoSchoolWarnings({ TELEGRAM_BOT_TOKEN: " " })).toEqual([]);
  });
});
