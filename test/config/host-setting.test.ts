import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";

function problemsWith(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}

/*
 * An admin who writes HOST as an address with its port (127.0.0.1:3000) or as a URL (http://127.0.0.1) is
 * told at start, with every other problem, what HOST takes and where the port goes.
 */
describe("HOST written with a port or as a URL", () => {
  it("with a port: says to put the address alone in HOST and the port in PORT", () => {
    for (const host of ["127.0.0.1:3000", "0.0.0.0:8080", "[::1]:3000", "bot.school.example:3000"]) {
      const message = problemsWith({ HOST: host, PORT: "abc" });
      expect(message).toContain("2 settings need fixing");
      expect(message).toMatch(/HOST: .*the address alone.*PORT/);
    }
  });

  it("as a URL: says to leave out the scheme", () => {
    const message = problemsWith({ HOST: "http://127.0.0.1" });
    expect(message).toMatch(/HOST: .*the address alone, without http:\/\//);
  });

  it("an address or a name alone, an IPv6 address too, is taken as it is", () => {
    for (const host of ["127.0.0.1", "::1", "::", "0.0.0.0", "bot.school.example", "fe80::1%eth0"]) {
      expect(loadConfig({ HOST: host }).server.host).toBe(host);
    }
  });
});
