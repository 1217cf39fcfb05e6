import { describe, expect, it } from "vitest";
import { LogThrottle } from "../../src/logging/log-throttle.js";

const HOUR = 60 * 60_000;

describe("a throttled log line", () => {
  it("is written once per interval for a key, and the next one says how many were left out", () => {
    const throttle = new LogThrottle();
    expect(throttle.admit("pepper:a", 0, HOUR)).toEqual({});
    expect(throttle.admit("pepper:a", 10 * 60_000, HOUR)).toBeNull();
    expect(throttle.admit("pepper:a", HOUR - 1, HOUR)).toBeNull();
    expect(throttle.admit("pepper:a", HOUR, HOUR)).toEqual({ notLogged: 2 });
    expect(throttle.admit("pepper:a", HOUR + 1, HOUR)).toBeNull();
    expect(throttle.admit("pepper:a", 3 * HOUR, HOUR)).toEqual({ notLogged: 1 });
  });

  it("keeps each key apart: another key's first line is written at once", () => {
    const throttle = new LogThrottle();
    expect(throttle.admit("pepper:a", 0, HOUR)).toEqual({});
    expect(throttle.admit("pepper:b", 1, HOUR)).toEqual({});
    expect(throttle.admit("pepper:a", 2, HOUR)).toBeNull();
    expect(throttle.admit("pepper:b", HOUR + 1, HOUR)).toEqual({ notLogged: 0 });
  });
});
