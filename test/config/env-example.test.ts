import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { configVariableNames } from "../../src/config/load-config.js";

describe(".env.example", () => {
  it("documents every setting the bot reads, each with a comment above it", async () => {
    const example = await readFile(new URL("../../.env.example", import.meta.url), "utf8");
    const lines = example.split("\n");
    for (const name of configVariableNames()) {
      const at = lines.findIndex((line) => line.startsWith(`${name}=`));
      expect(at, `${name} is missing from .env.example`).toBeGreaterThan(0);
      const above = lines
        .slice(0, at)
        .reverse()
        .find((line) => !/^[A-Z0-9_]+=/.test(line));
      expect(above, `${name} has no comment`).toMatch(/^# /);
    }
  });
});
