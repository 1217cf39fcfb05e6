import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { parseSocketUrl } from "../../src/config/redis-socket-url.js";
import { problemsWith } from "./config-problems.js";

const PEPPER = "a-pepper-that-is-long-enough-0123456789";
const SOCKET = "/run/redis/redis-server.sock";

describe("REDIS_URL as a Unix socket on this host (unix://)", () => {
  it("names the socket by its full path, with a password and a database if wanted", () => {
    expect(parseSocketUrl(`unix://${SOCKET}`)).toEqual({ path: SOCKET });
    expect(parseSocketUrl(`unix://${SOCKET}?db=2`)).toEqual({ path: SOCKET, db: 2 });
    expect(parseSocketUrl(`unix://:s3cret@${SOCKET}`)).toEqual({ path: SOCKET, password: "s3cret" });
    expect(parseSocketUrl(`UNIX://bot:s3cret@${SOCKET}?db=0`)).toEqual({
      path: SOCKET,
      username: "bot",
      password: "s3cret",
      db: 0,
    });
  });

  it("reads a password with URL codes, and with @, ? or : in it as they are", () => {
    expect(parseSocketUrl(`unix://:pa%2Fss%25@${SOCKET}`)).toEqual({ path: SOCKET, password: "pa/ss%" });
    expect(parseSocketUrl(`unix://:a@b?c:d@${SOCKET}?db=1`)).toEqual({
      path: SOCKET,
      password: "a@b?c:d",
      db: 1,
    });
  });

  it("is accepted as REDIS_URL, and counts as a real Redis", () => {
    const config = loadConfig({ ANSWER_PEPPER: PEPPER, REDIS_URL: `unix://:s3cret@${SOCKET}?db=1` });
    expect(config.redis.isReal).toBe(true);
    expect(config.redis.url).toBe(`unix://:s3cret@${SOCKET}?db=1`);
  });

  it("refuses a relative or missing path, or a host, and says to write the full path", () => {
    for (const url of [
      "unix://run/redis/redis-server.sock",
      "unix://:hunter2-secret@run/redis.sock",
      "unix:redis.sock",
      "unix://",
      "unix:///",
      "unix://:hunter2-secret@",
      "unix://:hunter2-secret@?db=1",
      `unix://:hunter2-secret@localhost${SOCKET}`,
    ]) {
      const message = problemsWith({ REDIS_URL: url });
      expect(message, url).toMatch(/REDIS_URL: .*full path.*unix:\/\/\/run\/redis\/redis-server\.sock/);
      expect(message, url).not.toContain("hunter2-secret");
    }
  });

  it("when the login seems to hold a / or lost its end to a # in .env, says how to write them", () => {
    for (const url of [
      // a base64 password (openssl rand -base64) with a / in it
      `unix://:hunter2/secret+x=@${SOCKET}`,
      `unix://bot:hunter2/secret@${SOCKET}?db=1`,
      // .env read REDIS_URL=unix://:hunter2-secret?#x@/run/... as a comment from the #
      "unix://:hunter2-secret?",
    ]) {
      const message = problemsWith({ REDIS_URL: url });
      expect(message, url).toMatch(/REDIS_URL: .*full path.*%2F.*#.*%23/);
      expect(message, url).not.toContain("hunter2");
    }
    // No login: no word about passwords.
    expect(problemsWith({ REDIS_URL: "unix://localhost/run/redis.sock" })).not.toMatch(/%2F/);
  });

  it("refuses a database that is not a number, and any setting but db, never showing the password", () => {
    const cases: [string, RegExp][] = [
      [`unix://:hunter2-secret@${SOCKET}?db=one`, /db=.*number/],
      [`unix://:hunter2-secret@${SOCKET}?db=-1`, /db=.*number/],
      [`unix://${SOCKET}?password=hunter2-secret`, /only \?db=.*unix:\/\/:PASSWORD@\//],
      [`unix://${SOCKET}?hunter2-secret`, /only \?db=/],
      ["unix://:hunter2-secret%zz@/run/redis.sock", /%25/],
    ];
    for (const [url, expected] of cases) {
      const message = problemsWith({ REDIS_URL: url });
      expect(message, url).toMatch(/REDIS_URL: /);
      expect(message, url).toMatch(expected);
      expect(message, url).not.toContain("hunter2-secret");
    }
  });

  it("a URL that is no Redis URL at all names the socket form too", () => {
    const message = problemsWith({ REDIS_URL: "htp://bot:hunter2-secret@nowhere" });
    expect(message).toContain("unix:///run/redis/redis-server.sock");
    expect(message).not.toContain("hunter2-secret");
  });
});
