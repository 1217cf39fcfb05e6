import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { randomUUID } from "node:crypto";
import { ConfigError } from "../core/errors.js";
import type { Logger } from "../logging/create-logger.js";
import { ConnectionShare, type ConnectionDropReason } from "./connection-share.js";
import { droppedConnectionLog } from "./dropped-connection-log.js";
import { readBody, RequestTooLargeError } from "./read-body.js";

/** What a route sees: the headers first, and the body only if it asks (so it can refuse early). */
export interface RouteRequest {
  /** A new id per request, on the server's log lines about it: put it on the route's lines of its work too. */
  requestId: string;
  headers: IncomingHttpHeaders;
  /** Reads the whole body; rejects with RequestTooLargeError past the server's limit. */
  readBody(): Promise<Buffer>;
}

export interface RouteResponse {
  status: number;
  body?: string;
  contentType?: string;
  /** More headers (lower-case names); the server sets content-type and content-length itself. */
  headers?: Record<string, string>;
}

/** One exact method + path, answered from a small request object. Use for our own endpoints. */
export type RouteHandler = (request: RouteRequest) => Promise<RouteResponse>;

/**
 * A raw Node listener for everything under a path prefix. Use for a framework that reads the request
 * itself, e.g. Slack Bolt's HTTPReceiver, which must see the raw body to check the request signature.
 */
export type MountedListener = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServerOptions {
  port: number;
  logger: Logger;
  /** Bodies larger than this are refused with 413 before they are read to the end. */
  maxBodyBytes?: number;
  /** Interface to listen on; all interfaces when unset. */
  host?: string;
  /** A client must send all its request headers within this (Node's own default: 60 s). */
  headersTimeoutMs?: number;
  /** A client must send its whole request, headers and body, within this (Node's own default: 300 s). */
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs?: number;
  /** How often Node looks for connections past the two limits above; a limit is enforced this late at most. */
  connectionsCheckingIntervalMs?: number;
  /**
   * Connections open at once. One more is let in by closing an idle keep-alive connection (of the client
   * holding the most), else it is closed as soon as it is accepted (Node has no cap).
   */
  maxConnections?: number;
  /** Connections one client (an IPv4 address, an IPv6 /64) may hold at once (its share of maxConnections), kept as above. */
  maxConnectionsPerClient?: number;
  /** Requests one connection may carry; the last is answered with `Connection: close` (Node: no limit). */
  maxRequestsPerSocket?: number;
  /** Remote addresses and ranges (172.18.0.0/16) the per-address share does not apply to: a reverse proxy in front (REVERSE_PROXY_ADDRESSES). */
  proxyAddresses?: readonly string[];
  /** Told of each connection refused or shed (for the metric); the server logs them itself. */
  onConnectionDropped?: (reason: ConnectionDropReason) => void;
}

/** The limits a server runs with, every default filled in. */
export type HttpServerLimits = Required<
  Pick<
    HttpServerOptions,
    | "headersTimeoutMs"
    | "requestTimeoutMs"
    | "keepAliveTimeoutMs"
    | "connectionsCheckingIntervalMs"
    | "maxConnections"
    | "maxConnectionsPerClient"
    | "maxRequestsPerSocket"
  >
>;

/** Telegram updates are a few KB; Slack's largest payloads (view submissions) stay well under this. */
const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/**
 * Telegram and Slack send one small JSON body from well-connected servers, in well under a second, and Slack
 * gives up on an answer after 3 s; probes and Prometheus send no body. So a client still sending its headers
 * after 10 s, or its request after 15 s, is broken or holding the port on purpose, and is cut off (408).
 * Node's defaults (60 s, 300 s) let anyone who reaches the port hold a connection for minutes.
 */
const DEFAULT_LIMITS: HttpServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  // Node's default; Telegram and Slack reuse a connection within it, and an idle one costs a socket.
  keepAliveTimeoutMs: 5_000,
  connectionsCheckingIntervalMs: 1_000,
  // Telegram opens at most 40 webhook connections (setWebhook's max_connections default); Slack, the
  // probes and Prometheus a few more. The cap stops a flood of connections from using up file descriptors.
  maxConnections: 256,
  // A quarter of the cap: room for Telegram's 40 and some, while one client (an address, an IPv6 /64) can take no more,
  // so no single client can lock the platforms out. A reverse proxy's address is exempt (proxyAddresses).
  maxConnectionsPerClient: 64,
  // Telegram and Slack open a new connection after this many requests, which costs them nothing; a client
  // keeping one connection busy forever with small requests has to come back through the cap.
  maxRequestsPerSocket: 100,
};

/**
 * The process's one HTTP server: webhooks of every channel and GET /healthz on one port. A path routed for GET
 * answers HEAD too (GET's status and headers, no body). Channels add their
 * endpoints with `route` (exact path) or `mount` (a prefix, e.g. "/slack"), then `listen` once.
 */
export class HttpServer {
  private readonly routes = new Map<string, Map<string, RouteHandler>>();
  private readonly mounts: { prefix: string; listener: MountedListener }[] = [];
  private readonly server: Server;
  private readonly maxBodyBytes: number;
  private readonly share: ConnectionShare;
  /** The time and connection limits in force (the options, else the defaults). */
  readonly limits: HttpServerLimits;

  constructor(private readonly options: HttpServerOptions) {
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const limits: HttpServerLimits = { ...DEFAULT_LIMITS };
    for (const key of Object.keys(limits) as (keyof HttpServerLimits)[]) {
      const value = options[key];
      if (value !== undefined) limits[key] = value;
    }
    this.limits = limits;
    this.server = createServer(
      {
        // Node refuses a headers limit above the request limit.
        headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
        requestTimeout: limits.requestTimeoutMs,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        connectionsCheckingInterval: limits.connectionsCheckingIntervalMs,
      },
      (req, res) => void this.dispatch(req, res),
    );
    this.server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
    this.share = this.shareConnections(limits);
    this.route("GET", "/healthz", async () => ({ status: 200, body: "ok", contentType: "text/plain" }));
  }

  /** The cap and the per-address share, on the server's own connection count (see ConnectionShare). */
  private shareConnections(limits: HttpServerLimits): ConnectionShare {
    const shareLimits = {
      maxConnections: limits.maxConnections,
      maxConnectionsPerClient: limits.maxConnectionsPerClient,
      unsharedAddresses: this.options.proxyAddresses ?? [],
    };
    const log = droppedConnectionLog(this.options.logger, shareLimits);
    const share = new ConnectionShare(shareLimits, (drop) => {
      log(drop);
      this.options.onConnectionDropped?.(drop.reason);
    });
    this.server.on("connection", (socket: Socket) => share.admit(socket));
    this.server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      share.requestStarted(req.socket);
      res.once("close", () => share.requestEnded(req.socket));
    });
    return share;
  }

  route(method: string, path: string, handler: RouteHandler): void {
    const byMethod = this.routes.get(path) ?? new Map<string, RouteHandler>();
    if (byMethod.has(method)) throw new Error(`${method} ${path} is already routed`);
    byMethod.set(method, handler);
    this.routes.set(path, byMethod);
  }

  /** Hands every request whose path is `prefix` or starts with `prefix/` to `listener`, untouched. */
  mount(prefix: string, listener: MountedListener): void {
    if (!/^\/[^/]/.test(prefix) || prefix.endsWith("/")) throw new Error(`bad mount prefix "${prefix}"`);
    this.mounts.push({ prefix, listener });
  }

  /**
   * Starts listening; resolves with the bound port (useful with port 0 in tests). A port in use or a host
   * that is not this machine's is a ConfigError naming PORT or HOST: a setting to fix, not a crash.
   */
  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", (error) => reject(this.listenProblem(error)));
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.off("error", reject);
        resolve();
      });
    });
    const { port, address } = this.server.address() as AddressInfo;
    // Where the probes and /metrics can be reached from, which the admin should not have to guess.
    const host = this.options.host;
    if (host === undefined) {
      this.options.logger.info(
        { port, host: "all interfaces" },
        `HTTP server listening on port ${port} of all interfaces (set HOST to limit it)`,
      );
    } else {
      const shown = address.includes(":") ? `[${address}]` : address;
      this.options.logger.info({ port, host: address }, `HTTP server listening on ${shown}:${port}`);
    }
    return port;
  }

  private listenProblem(error: NodeJS.ErrnoException): Error {
    const { port, host } = this.options;
    switch (error.code) {
      case "EADDRINUSE":
        return new ConfigError(
          `PORT ${port} is in use by another process (another copy of the bot, or another service): stop it, or set another PORT`,
        );
      case "EACCES":
        return new ConfigError(`PORT ${port} needs privileges this user lacks: use a port above 1023`);
      case "EADDRNOTAVAIL":
      case "ENOTFOUND":
      case "EAI_AGAIN":
        return new ConfigError(
          `HOST ${host ?? ""} is not an address of this machine (${error.code}): set an interface's address such as 127.0.0.1, a name of this host, or leave HOST unset for all interfaces`,
        );
      default:
        return error;
    }
  }

  /** Stops accepting requests and drops idle keep-alive connections; resolves when the server is closed. */
  async close(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    await closed;
  }

  /**
   * A 404's words: the paths there are for GET (the probes and /metrics), so a mistyped probe path is not
   * an empty answer. Not the request's path (a scanner's words), nor the webhooks' (only the bot sets them).
   */
  private notFoundWords(): string {
    const gets = [...this.routes].filter(([, byMethod]) => byMethod.has("GET")).map(([path]) => path);
    return `not found: this server answers GET ${orList(gets)} (docs/operations.md, "Probes")`;
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    try {
      const mounted = this.mounts.find((m) => path === m.prefix || path.startsWith(`${m.prefix}/`));
      if (mounted !== undefined) {
        await mounted.listener(req, res);
        return;
      }
      const byMethod = this.routes.get(path);
      const method = req.method ?? "GET";
      // HEAD is answered as GET (load balancers and uptime checkers probe with it); Node leaves out the body.
      const handler = byMethod?.get(method) ?? (method === "HEAD" ? byMethod?.get("GET") : undefined);
      if (handler === undefined) {
        req.resume();
        if (byMethod === undefined) {
          send(res, { status: 404, body: this.notFoundWords() });
          return;
        }
        const allowed = allowedMethods(byMethod);
        send(res, { status: 405, body: `method not allowed: ${path} takes ${allowed}` }, allowed);
        return;
      }
      send(
        res,
        await handler({ requestId, headers: req.headers, readBody: () => readBody(req, this.maxBodyBytes) }),
      );
    } catch (error) {
      if (error instanceof RequestTooLargeError) {
        // Stop reading the rest of a large body, but only once the 413 is out.
        res.once("finish", () => req.destroy());
        send(res, { status: 413 });
        return;
      }
      // The path only: query strings and bodies may carry anything.
      this.options.logger.error({ err: error, requestId, method: req.method, path }, "HTTP request failed");
      if (!res.headersSent) send(res, { status: 500 });
      else res.end();
    }
  }
}

/** "a", "a or b", "a, b or c". */
function orList(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)!}`;
}

/** A path's methods for a 405's Allow header: HEAD beside GET, as it is answered too. */
function allowedMethods(byMethod: Map<string, RouteHandler>): string {
  const methods = [...byMethod.keys()];
  if (byMethod.has("GET") && !byMethod.has("HEAD")) methods.splice(methods.indexOf("GET") + 1, 0, "HEAD");
  return methods.join(", ");
}

function send(res: ServerResponse, response: RouteResponse, allow?: string): void {
  if (res.headersSent) return;
  const body = response.body ?? "";
  // The length is set here, not left to Node: Node sends none for HEAD, whose headers should be GET's.
  const headers: Record<string, string> = {
    ...response.headers,
    "content-type": response.contentType ?? "text/plain",
    "content-length": String(Buffer.byteLength(body)),
  };
  if (allow !== undefined) headers.allow = allow;
  res.writeHead(response.status, headers).end(body);
}
