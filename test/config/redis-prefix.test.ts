import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { redisSettings } from "../../src/config/redis-settings.js";
import { storeKeys } from "../../src/store/keys.js";

describe("REDIS_PREFIX", () => {
  it("stray spaces around it in an .env are not part of the bot's keys", () => {
    for (const written of [" sspr:", "sspr: ", "\tschool-a: "]) {
      const prefix = loadConfig({ REDIS_PREFIX: written }).redis.prefix;
      expect(prefix, JSON.stringify(written)).toBe(written.trim());
      expect(storeKeys(prefix).jobs("reminder"), JSON.stringify(written)).not.toMatch(/\s/);
    }
  });

  it("a prefix of only spaces means the default sspr:, never a key that begins with a space", () => {
    expect(redisSettings.parse({ REDIS_PREFIX: " school-a: " }).prefix).toBe("school-a:");
    expect(redisSettings.parse({ REDIS_PREFIX: "   " }).prefix).toBe("sspr:");
  });
});
