import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";

/** The variables of a dotenv file as compose (`env_file`) and systemd (`EnvironmentFile`) pass them. */
async function envFile(path: URL): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const line of (await readFile(path, "utf8")).split("\n")) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (match !== null) env[match[1] as string] = match[2] as string;
  }
  return env;
}

describe("an empty variable means not set", () => {
  it("an admin who copies .env.example to .env as it is gets the same bot as with no settings at all", async () => {
    const example = await envFile(new URL("../../.env.example", import.meta.url));
    expect(Object.keys(example).length).toBeGreaterThan(50);
    expect(loadConfig(example)).toEqual(loadConfig({}));
  });

  it("REDIS_PREFIX= keeps the keys under sspr:, not at the top level of a shared Redis", () => {
    expect(loadConfig({ REDIS_PREFIX: "" }).redis.prefix).toBe("sspr:");
    expect(loadConfig({ REDIS_PREFIX: "   " }).redis.prefix).toBe("sspr:");
  });

  it("a value of only spaces counts as unset for numbers, choices and words alike", () => {
    const blank = {
      LOG_LEVEL: " ",
      AUDIT_MAX_EVENTS: "  ",
      AUDIT_RETENTION_DAYS: "\t",
      AUDIT_MAX_ATTEMPTS_PER_CHAT_HOUR: " ",
      DIRECTORY: " ",
      LDAP_FLAVOUR: " ",
    };
    expect(loadConfig(blank)).toEqual(loadConfig({}));
  });
});
