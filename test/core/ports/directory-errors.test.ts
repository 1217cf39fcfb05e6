import { describe, expect, it } from "vitest";
import { ConfigError, StoreUnavailableError } from "../../../src/core/errors.js";
import {
  DirectoryUnavailableError,
  NoSuchPersonError,
  PasswordRejectedError,
} from "../../../src/core/ports/directory-errors.js";
import { createLogger } from "../../../src/logging/create-logger.js";

describe("error codes", () => {
  const errors = [
    new DirectoryUnavailableError(),
    new PasswordRejectedError("too-short"),
    new NoSuchPersonError("s1002"),
    new StoreUnavailableError(),
    new ConfigError("set REDIS_URL"),
  ];

  it("name each kind of error once", () => {
    expect(new Set(errors.map((e) => e.code)).size).toBe(errors.length);
    expect(errors.map((e) => e.name)).toEqual([
      "DirectoryUnavailableError",
      "PasswordRejectedError",
      "NoSuchPersonError",
      "StoreUnavailableError",
      "ConfigError",
    ]);
  });

  it("reach the log line, where an operator searches for them", () => {
    const lines: string[] = [];
    const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
    for (const err of errors) logger.error({ err }, "failed");
    expect(lines.map((line) => (JSON.parse(line) as { err: { code: string } }).err.code)).toEqual(
      errors.map((e) => e.code),
    );
  });
});
