import { createHash, timingSafeEqual } from "node:crypto";
import type { Registry } from "prom-client";
import type { HttpServer, RouteRequest } from "../http/http-server.js";
import type { DirectoryStatus } from "./directory-health.js";
import { outcomeWithin } from "./outcome-within.js";

export interface ProbeRouteOptions {
  /** Resolves when Redis answers PING; rejects (or hangs) when it does not. */
  pingRedis: () => Promise<unknown>;
  /** How long /readyz waits for that PING. */
  redisTimeoutMs: number;
  directoryStatus: () => DirectoryStatus;
  registry: Registry;
  /** When set, /metrics needs `Authorization: Bearer <token>`. */
  metricsToken?: string;
}

/** The scheme's name is case-insensitive (RFC 7235: "bearer" is "Bearer"); the token is compared in constant time. */
function bearerMatches(expected: string, header: string | string[] | undefined): boolean {
  const match = typeof header === "string" ? /^\s*bearer +(.*)$/i.exec(header) : null;
  if (match === null) return false;
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(expected), digest((match[1] as string).trim()));
}

/**
 * GET /readyz and GET /metrics on the shared server (GET /healthz is the server's own). Readiness depends on
 * Redis only: without it no dialog can step. The directory's state is reported, not required, because the
 * bot must stay up to tell students that the school system is not answering.
 */
export function addProbeRoutes(http: HttpServer, options: ProbeRouteOptions): void {
  http.route("GET", "/readyz", async () => {
    const redisUp = (await outcomeWithin(options.pingRedis, options.redisTimeoutMs)).kind === "answered";
    const directory = options.directoryStatus();
    const body = {
      status: redisUp ? "ready" : "not ready",
      down: redisUp ? [] : ["redis"],
      redis: redisUp ? "up" : "down",
      directory: directory.state,
      ...(directory.checkedAt === undefined
        ? {}
        : { directoryCheckedAt: new Date(directory.checkedAt).toISOString() }),
    };
    return {
      status: redisUp ? 200 : 503,
      body: JSON.stringify(body),
      contentType: "application/json",
    };
  });

  http.route("GET", "/metrics", async (request: RouteRequest) => {
    if (
      options.metricsToken !== undefined &&
      !bearerMatches(options.metricsToken, request.headers.authorization)
    ) {
      return { status: 401, body: "a bearer token is required (METRICS_TOKEN)" };
    }
    return {
      status: 200,
      body: await options.registry.metrics(),
      contentType: options.registry.contentType,
    };
  });
}
