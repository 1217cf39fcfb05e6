import { describe, expect, it } from "vitest";
import { settingsFileCutWarnings } from "../../src/config/settings-file-cut.js";

describe("a setting .env cut at a #", () => {
  it("is named with what to write instead, one warning each, never its value", () => {
    const warnings = settingsFileCutWarnings({
      SSPR_SETTINGS_FILE_CUT: "LDAP_BIND_PASSWORD,REDIS_URL",
      LDAP_BIND_PASSWORD: "Blue",
    });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain("LDAP_BIND_PASSWORD in .env has a # in its value");
    expect(warnings[0]).toContain('LDAP_BIND_PASSWORD="..."');
    expect(warnings[1]).toContain("%23");
    expect(warnings.join("\n")).not.toContain("Blue");
  });

  it("says nothing when nothing was cut", () => {
    expect(settingsFileCutWarnings({})).toEqual([]);
  });
});
