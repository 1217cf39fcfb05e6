import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { ConfigError } from "../../src/core/errors.js";
import { bundledEntry } from "../helpers/bundled-entry.js";
import { TEST_PEPPER } from "../helpers/test-world.js";

/*
 * A reverse proxy in a container reaches the bot from an address Docker picks inside its network's range,
 * which can change when the network is made again: REVERSE_PROXY_ADDRESSES takes the range (172.18.0.0/16,
 * fd00::/8) as well as single addresses.
 */
const load = (addresses: string) =>
  loadConfig({ ANSWER_PEPPER: TEST_PEPPER, REVERSE_PROXY_ADDRESSES: addresses });

describe("REVERSE_PROXY_ADDRESSES with ranges", () => {
  it("takes IPv4 and IPv6 ranges beside single addresses", () => {
    expect(load("172.18.0.0/16, fd00::/8, 127.0.0.1, ::1").server.proxyAddresses).toEqual([
      "172.18.0.0/16",
      "fd00::/8",
      "127.0.0.1",
      "::1",
    ]);
  });

  it("refuses an entry that is no address or range, naming each one and what to write", () => {
    const wrong = [
      "172.18.0.0/33",
      "fd00::/129",
      "10.0.0.0/",
      "10.0.0.0/8/8",
      "proxy.school.local/24",
      "fd00::/x",
    ];
    const attempt = () => load(["127.0.0.1", ...wrong].join(","));
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/REVERSE_PROXY_ADDRESSES: .*172\.18\.0\.0\/16/);
    const message = (() => {
      try {
        attempt();
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    for (const entry of wrong) expect(message).toContain(`"${entry}"`);
    expect(message).not.toContain('"127.0.0.1"');
  });

  it("refuses a range of every address (/0), which would give every client the proxy's exemption", () => {
    for (const everyone of ["0.0.0.0/0", "::/0", "10.0.0.0/0"]) {
      expect(() => load(`127.0.0.1,${everyone}`)).toThrow(
        new RegExp(`"${everyone.replace(/[./]/g, "\\$&")}" is every address`),
      );
    }
    expect(load("128.0.0.0/1").server.proxyAddresses).toEqual(["128.0.0.0/1"]);
  });

  // 10.0.0.5/8 is read as 10.0.0.0/8: sixteen million addresses exempt where the admin most likely meant
  // the one address 10.0.0.5, or mistyped the range.
  it("refuses a range with bits set past its length, naming the entry and the range it would mean", () => {
    for (const [entry, range] of [
      ["10.0.0.5/8", "10.0.0.0/8"],
      ["172.18.0.1/16", "172.18.0.0/16"],
      ["fd00::1/8", "fd00::/8"],
      ["2001:db8:0:1::5/48", "2001:db8::/48"],
    ]) {
      const attempt = () => load(`127.0.0.1,${entry}`);
      expect(attempt).toThrow(ConfigError);
      expect(attempt).toThrow(`"${entry}" has bits set past its length: it would mean the range ${range}`);
    }
    expect(load("10.0.0.0/8,10.0.0.5/32,fd00::/8,fd00::1/128").server.proxyAddresses).toHaveLength(4);
  });

  it.each([
    ["172.18.0.0/33", /REVERSE_PROXY_ADDRESSES: .*ranges.*"172\.18\.0\.0\/33"/],
    ["10.0.0.5/8", /REVERSE_PROXY_ADDRESSES: "10\.0\.0\.5\/8" has bits set .* 10\.0\.0\.0\/8/],
  ])("stops the bot's start with exit code 2 and the entry named (%s)", async (entry, told) => {
    const child = spawn(process.execPath, [bundledEntry("bot")], {
      cwd: new URL("../../", import.meta.url),
      env: { PATH: process.env.PATH ?? "", REVERSE_PROXY_ADDRESSES: entry, CONSOLE: "false" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^The bot cannot start: /);
    expect(stderr).toMatch(told);
  });
});
