import { z } from "zod";
import { flag, integer, optionalString, wholeNumberIn } from "./env-types.js";

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

/** The one HTTP server (webhooks, probes, metrics), outbound time limits and whether the terminal runs. */
export const serverSettings = z
  .object({
    PORT: optionalPort,
    HOST: optionalString,
    CONSOLE: flag(true),
    METRICS_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 16, {
      message: "must be at least 16 characters; make one with: openssl rand -hex 32",
    }),
    PLATFORM_TIMEOUT_MS: integer(10_000, 100, 120_000),
    READY_REDIS_TIMEOUT_MS: integer(1_000, 50, 30_000),
    LEAVERS_INTERVAL_HOURS: integer(0, 0, 24 * 30),
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
  }));

export type ServerSettings = z.output<typeof serverSettings>;
