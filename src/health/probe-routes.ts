import { createHash, timingSafeEqual } from "node:crypto";
import type { Registry } from "prom-client";
import type { HttpServer, RouteRequest, RouteResponse } from "../http/http-server.js";
import type { Logger } from "../logging/create-logger.js";
import { LogThrottle } from "../logging/log-throttle.js";
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
  /** Where a refused scrape is told (at most once a minute for each reason). */
  logger?: Logger;
  /** The app's clock, for that once a minute. */
  clock?: () => number;
}

/** A refused scrape is logged at most once in this long for each reason: a scanner may send them by the thousand. */
export const METRICS_REFUSED_LOG_MS = 60_000;

/** Why a scrape was refused: no Authorization header (or an empty token), another scheme, or a wrong token. */
type Refusal = "no_token" | "not_bearer" | "wrong_token";

/** What the scraper is told for each refusal: never the token it sent. */
const REFUSAL_WORDS: Record<Refusal, string> = {
  no_token:
    "no bearer token: /metrics needs the header Authorization: Bearer <the value of METRICS_TOKEN>. In Prometheus, set authorization: { credentials_file: <a file holding it> } (or bearer_token_file) on this scrape job",
  not_bearer:
    "the Authorization header is not a bearer token: send Authorization: Bearer <the value of METRICS_TOKEN> (not Basic)",
  wrong_token:
    "the bearer token does not match METRICS_TOKEN: copy the bot's METRICS_TOKEN value into the scraper's token (no quotes, no spaces or line break at its end)",
};

/**
 * The challenge a 401 carries (RFC 6750 §3): the scheme and realm, and error="invalid_token" only when a
 * token was sent; a request with no bearer token gets no error code. Never the token itself.
 */
const CHALLENGE: Record<Refusal, string> = {
  no_token: 'Bearer realm="metrics"',
  not_bearer: 'Bearer realm="metrics"',
  wrong_token: 'Bearer realm="metrics", error="invalid_token"',
};

/**
 * Why `header` does not carry `expected`, or null when it does. The scheme's name is case-insensitive
 * (RFC 7235: "bearer" is "Bearer"); the token is compared in constant time.
 */
function bearerRefusal(expected: string, header: string | string[] | undefined): Refusal | null {
  if (header === undefined || (typeof header === "string" && header.trim() === "")) return "no_token";
  const match = typeof header === "string" ? /^\s*bearer(?: +(.*))?$/i.exec(header) : null;
  if (match === null) return "not_bearer";
  const given = (match[1] ?? "").trim();
  if (given === "") return "no_token";
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(expected), digest(given)) ? null : "wrong_token";
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

  const throttle = new LogThrottle();
  const clock = options.clock ?? Date.now;
  const refused = (request: RouteRequest, reason: Refusal): RouteResponse => {
    const leftOut = throttle.admit(reason, clock(), METRICS_REFUSED_LOG_MS);
    if (leftOut !== null) {
      options.logger?.warn(
        { event: "metrics_refused", reason, requestId: request.requestId, ...leftOut },
        `refused a scrape of /metrics: ${REFUSAL_WORDS[reason]}`,
      );
    }
    return { status: 401, body: REFUSAL_WORDS[reason], headers: { "www-authenticate": CHALLENGE[reason] } };
  };

  http.route("GET", "/metrics", async (request: RouteRequest) => {
    if (options.metricsToken !== undefined) {
      const refusal = bearerRefusal(options.metricsToken, request.headers.authorization);
      if (refusal !== null) return refused(request, refusal);
    }
    return {
      status: 200,
      body: await options.registry.metrics(),
      contentType: options.registry.contentType,
    };
  });
}
