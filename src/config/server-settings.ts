import { z } from "zod";
import { everyAddressEntries, hostBitsEntries, wrongProxyEntries } from "../http/proxy-address-list.js";
import { commaList, flag, integer, optionalString, wholeNumberIn } from "./env-types.js";

/** A port number, or undefined when unset (the caller picks the default and knows it was not chosen). */
const optionalPort = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v.trim() === "") return undefined;
    const n = wholeNumberIn(v, 1, 65_535, `must be a port number from 1 to 65535, not "${v}"`);
    if (typeof n === "string") {
      ctx.addIssue({ code: "custom", message: n });
      return z.NEVER;
    }
    return n;
  });

/**
 * What is wrong with a HOST that is more than an address: a URL, or an address with its port (one colon
 * and digits, or [v6]:port; a bare IPv6 address has several colons and is fine). Listening would refuse
 * it only as "not an address of this machine", without saying where the port goes.
 */
function hostProblem(host: string): string | undefined {
  if (host.includes("://"))
    return "takes the address alone, without http:// or a path, e.g. 127.0.0.1 (the port goes in PORT)";
  if (/^[^:]+:\d+$/.test(host) || /^\[.*\]:\d+$/.test(host))
    return "has a port in it: HOST takes the address alone, e.g. 127.0.0.1, and PORT the port, e.g. 3000";
  return undefined;
}

/** The one HTTP server (webhooks, probes, metrics), outbound time limits and whether the terminal runs. */
export const serverSettings = z
  .object({
    PORT: optionalPort,
    HOST: optionalString.superRefine((host, ctx) => {
      const problem = host === undefined ? undefined : hostProblem(host);
      if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
    }),
    CONSOLE: flag(true),
    METRICS_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 16, {
      message: "must be at least 16 characters; make one with: openssl rand -hex 32",
    }),
    PLATFORM_TIMEOUT_MS: integer(10_000, 100, 120_000),
    READY_REDIS_TIMEOUT_MS: integer(1_000, 50, 30_000),
    LEAVERS_INTERVAL_HOURS: integer(0, 0, 24 * 30),
    REVERSE_PROXY_ADDRESSES: commaList.superRefine((addresses, ctx) => {
      const wrong = wrongProxyEntries(addresses);
      if (wrong.length > 0)
        ctx.addIssue({
          code: "custom",
          message: `takes IP addresses or ranges separated by commas, e.g. 127.0.0.1,172.18.0.0/16,fd00::/8, not ${wrong.map((w) => `"${w}"`).join(", ")} (no host names or ports; a range's length after the / is at most 32 for IPv4, 128 for IPv6)`,
        });
      for (const everyone of everyAddressEntries(addresses))
        ctx.addIssue({
          code: "custom",
          message: `"${everyone}" is every address: list only the proxy's own address or its network's range (e.g. 172.18.0.0/16), or every client would share the proxy's exemption from the per-client limit`,
        });
      for (const { entry, range } of hostBitsEntries(addresses))
        ctx.addIssue({
          code: "custom",
          message: `"${entry}" has bits set past its length: it would mean the range ${range}; write the one address without a length (e.g. ${entry.split("/")[0]}), or the range as ${range}`,
        });
    }),
  })
  .transform((env) => ({
    port: env.PORT ?? 3000,
    /** PORT was set on purpose: the terminal channel then serves probes and metrics too. */
    portSet: env.PORT !== undefined,
    host: env.HOST,
    consoleWanted: env.CONSOLE,
    metricsToken: env.METRICS_TOKEN,
    platformTimeoutMs: env.PLATFORM_TIMEOUT_MS,
    readyRedisTimeoutMs: env.READY_REDIS_TIMEOUT_MS,
    leaversIntervalHours: env.LEAVERS_INTERVAL_HOURS,
    /** The reverse proxy's addresses and ranges: the HTTP server's per-address connection share does not apply to them. */
    proxyAddresses: env.REVERSE_PROXY_ADDRESSES,
  }));

export type ServerSettings = z.output<typeof serverSettings>;
