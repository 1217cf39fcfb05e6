import { EventEmitter } from "node:events";
import type { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { ConnectionShare } from "../../src/http/connection-share.js";
import { droppedConnectionLog } from "../../src/http/dropped-connection-log.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

/*
 * A home or a phone gets a whole IPv6 /64 and may use a new address of it for each connection: counted per
 * address, one client could take the server's every connection. An IPv6 client is counted per /64; an IPv4
 * one per address, and an IPv4 client on a dual-stack socket (::ffff:1.2.3.4) as that IPv4 address.
 * (The test machine's loopback has one IPv6 address, so these connections are stand-ins, as the server's
 * connection event hands them over.)
 */
const LIMITS = { maxConnections: 6, maxConnectionsPerClient: 2 };

/** A connection from `remoteAddress`, kept open and busy; `destroyed` once the server closes it. */
function connectionFrom(remoteAddress: string): Socket {
  const socket = Object.assign(new EventEmitter(), {
    remoteAddress,
    bytesRead: 0,
    destroyed: false,
    destroy() {
      socket.destroyed = true;
      return socket;
    },
  });
  return socket as unknown as Socket;
}

function server(unsharedAddresses: string[] = []) {
  const logs = new CapturedLogs();
  const limits = { ...LIMITS, unsharedAddresses };
  const share = new ConnectionShare(limits, droppedConnectionLog(logs.logger, limits));
  const open = (address: string) => {
    const socket = connectionFrom(address);
    share.admit(socket);
    return !socket.destroyed;
  };
  const dropped = () =>
    logs.lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.event === "connection_dropped");
  return { open, dropped };
}

describe("the per-client share of the HTTP server's connections", () => {
  it("counts IPv6 addresses of one /64 as one client, whatever the address", () => {
    const { open, dropped } = server();
    expect(open("2001:db8:1:2::a")).toBe(true);
    expect(open("2001:db8:1:2:ffff:1:2:3")).toBe(true);
    expect(open("2001:db8:1:2::c")).toBe(false);
    expect(open("2001:db8:1:3::a")).toBe(true);
    expect(dropped()).toEqual([
      expect.objectContaining({
        reason: "client_share",
        address: "2001:db8:1:2::c",
        network: "2001:db8:1:2::/64",
      }),
    ]);
    expect(dropped()[0]!.msg).toContain("2001:db8:1:2::/64");
  });

  it("reads an IPv6 address in any of its written forms", () => {
    const { open } = server();
    expect(open("2001:db8::1")).toBe(true);
    expect(open("2001:0DB8:0000:0000:ffff::2")).toBe(true);
    expect(open("2001:db8:0:0:1:2:3.4.5.6")).toBe(false);
    expect(open("fe80::1%eth0")).toBe(true);
    expect(open("fe80::2%eth1")).toBe(true);
    expect(open("fe80::3")).toBe(false);
  });

  it("counts a reverse proxy's IPv6 address alone: its connections take nothing from its /64's share", () => {
    const { open } = server(["2001:db8:1:2::10"]);
    for (let i = 0; i < 3; i++) expect(open("2001:db8:1:2::10")).toBe(true);
    expect(open("2001:db8:1:2::20")).toBe(true);
    expect(open("2001:db8:1:2::21")).toBe(true);
    expect(open("2001:db8:1:2::22")).toBe(false);
  });

  it("counts IPv4 per address, and an IPv4-mapped IPv6 address as its IPv4 address", () => {
    const { open } = server();
    expect(open("192.0.2.1")).toBe(true);
    expect(open("::ffff:192.0.2.1")).toBe(true);
    expect(open("::ffff:192.0.2.1")).toBe(false);
    expect(open("192.0.2.2")).toBe(true);
    expect(open("192.0.2.2")).toBe(true);
  });

  it("names the /64 holding the most when the server is full", () => {
    const { open, dropped } = server();
    open("2001:db8:aa::1");
    open("2001:db8:aa::2");
    open("192.0.2.1");
    open("192.0.2.2");
    open("192.0.2.3");
    open("192.0.2.4");
    expect(open("192.0.2.5")).toBe(false);
    expect(dropped()).toEqual([
      expect.objectContaining({ reason: "server_full", fullest: "2001:db8:aa::/64", fullestHolds: 2 }),
    ]);
  });
});
