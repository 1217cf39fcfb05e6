import { describe, expect, it } from "vitest";
import { loadConfig, settingWarnings } from "../../src/config/load-config.js";

describe("REDIS_PREFIX", () => {
  it("a space at its start or end is kept, so a bot already running under it keeps every student", () => {
    for (const written of [" sspr:", "sspr: ", "\tschool-a: "]) {
      expect(loadConfig({ REDIS_PREFIX: written }).redis.prefix, JSON.stringify(written)).toBe(written);
    }
  });

  it("such a space is one warning at start that says what to do, for a bot in use and for a new one", () => {
    const warnings = settingWarnings({ REDIS_PREFIX: "sspr: " });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('REDIS_PREFIX "sspr: " has a space');
    expect(warnings[0]).toMatch(/already in use: leave it.*new bot: remove the space/);
    expect(settingWarnings({ REDIS_PREFIX: "sspr:" })).toEqual([]);
  });

  it("a prefix of only spaces means the default sspr:, never a key that begins with a space", () => {
    expect(loadConfig({ REDIS_PREFIX: "   " }).redis.prefix).toBe("sspr:");
    expect(settingWarnings({ REDIS_PREFIX: "   " })).toEqual([]);
  });
});
