import { HTTPReceiver, HTTPReceiverDeferredRequestError, SocketModeReceiver } from "@slack/bolt";
import type { Logger as BoltLogger } from "@slack/bolt";
import type { HttpServer } from "../../http/http-server.js";
import { refusedRequestLog } from "../../http/refused-request-log.js";
import type { Logger } from "../../logging/create-logger.js";

/** Everything Slack sends (events, button presses, box submissions, /sspr) arrives on this one path. */
export const SLACK_EVENTS_PATH = "/slack/events";
const SLACK_PREFIX = "/slack";
/** Slack's payloads are a few KB; the shared server's limit for its own routes. */
const MAX_BODY_BYTES = 256 * 1024;
/** Bolt refuses a request stamped more than this long ago; one stamped this far ahead is refused here. */
const MAX_STAMP_AHEAD_SECONDS = 5 * 60;

/**
 * HTTP mode: Bolt's receiver checks each request's signature and timestamp (older than 5 minutes is
 * refused; mountHttpReceiver refuses more than 5 minutes ahead) against the signing secret, reading the raw
 * body itself, and answers 401 before any listener runs. processBeforeResponse: the HTTP response waits for
 * the listener, so a box submission's answer (response_action) can travel in it; listeners that need no
 * answer acknowledge at once and work on. A listener must return once it has acknowledged: ack() stops
 * Bolt's own 3-second answer, so the response would then wait for the whole turn (see BoxTiming.submit).
 */
export function createHttpReceiver(signingSecret: string, logger: BoltLogger): HTTPReceiver {
  return new HTTPReceiver({
    signingSecret,
    endpoints: [SLACK_EVENTS_PATH],
    processBeforeResponse: true,
    logger,
  });
}

/**
 * True when a request's X-Slack-Request-Timestamp is more than 5 minutes ahead of `nowMs`. Bolt checks only
 * the past, so a correctly signed request stamped ahead would replay until its stamp was 5 minutes old.
 * A missing or unreadable stamp is left to Bolt, which refuses it.
 */
function stampedTooFarAhead(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== "string") return false;
  return Number(header) > Math.floor(nowMs / 1000) + MAX_STAMP_AHEAD_SECONDS;
}

/**
 * Puts the receiver under /slack on the shared HTTP server; other /slack paths get 404. A request stamped
 * too far in the future gets 401 before Bolt reads it, as Bolt answers a stale one; both bounds are read
 * against the system clock, as Bolt reads it (`clock`, the app's, only paces the log lines about them).
 */
export function mountHttpReceiver(
  http: HttpServer,
  receiver: HTTPReceiver,
  logger: Logger,
  clock: () => number = Date.now,
): void {
  const logRefused = refusedRequestLog(logger, clock);
  http.mount(SLACK_PREFIX, (req, res) => {
    // Slack always sends a Content-Length; without one (chunked) the size could not be capped before Bolt
    // buffers the whole body to check its signature.
    const length = req.headers["content-length"];
    if (length === undefined || Number(length) > MAX_BODY_BYTES) {
      res.once("finish", () => req.destroy());
      res.writeHead(length === undefined ? 411 : 413).end();
      return;
    }
    if (stampedTooFarAhead(req.headers["x-slack-request-timestamp"], Date.now())) {
      logRefused({}, "refused a Slack request stamped more than 5 minutes in the future");
      req.resume();
      res.writeHead(401).end();
      return;
    }
    try {
      receiver.requestListener(req, res);
    } catch (error) {
      if (!(error instanceof HTTPReceiverDeferredRequestError)) throw error;
      req.resume();
      res.writeHead(404).end();
    }
  });
}

/**
 * Socket Mode: the app opens a WebSocket to Slack (apps.connections.open with the app-level token), so no
 * public URL is needed; Slack authenticates the connection, not each request. `slackApiUrl` points that
 * call at a stand-in, as for the bot's own calls.
 */
export function createSocketModeReceiver(
  appToken: string,
  logger: BoltLogger,
  slackApiUrl: string | undefined,
): SocketModeReceiver {
  return new SocketModeReceiver({
    appToken,
    logger,
    ...(slackApiUrl === undefined ? {} : { installerOptions: { clientOptions: { slackApiUrl } } }),
  });
}
