import type { Logger } from "../logging/create-logger.js";
import { LogThrottle } from "../logging/log-throttle.js";
import type { ConnectionDrop, ConnectionShareLimits } from "./connection-share.js";
import { REFUSED_REQUEST_LOG_MS } from "./refused-request-log.js";

/**
 * Writes a warning for a connection refused or shed at most once a minute for each reason (a flood of them
 * must not fill the log), with `notLogged`: how many were left out since the line before. The address is
 * the client's (or the reverse proxy's); nothing the client sent is on the line. A full server's line names
 * the client holding the most connections (`fullest`, `fullestHolds`: an address, or an IPv6 /64): who filled it.
 */
export function droppedConnectionLog(
  logger: Logger,
  limits: ConnectionShareLimits,
  clock: () => number = Date.now,
): (drop: ConnectionDrop) => void {
  const throttle = new LogThrottle();
  return (drop) => {
    const { reason, address, client, open, fullest } = drop;
    const leftOut = throttle.admit(reason, clock(), REFUSED_REQUEST_LOG_MS);
    if (leftOut === null) return;
    const network = client === address ? {} : { network: client };
    const holder = fullest === undefined ? {} : { fullest: fullest.client, fullestHolds: fullest.holds };
    const fields = { event: "connection_dropped", reason, address, ...network, open, ...holder, ...leftOut };
    logger.warn(fields, droppedWords(drop, limits));
  };
}

function droppedWords(
  { reason, address, client, fullest }: ConnectionDrop,
  limits: ConnectionShareLimits,
): string {
  const holder = client === address ? "that address" : `its network ${client}`;
  switch (reason) {
    case "client_share":
      return `refused a connection from ${address}: ${holder} already holds ${limits.maxConnectionsPerClient} connections, its share of the server's ${limits.maxConnections}, and none is idle (a reverse proxy's own address belongs in REVERSE_PROXY_ADDRESSES)`;
    case "server_full":
      return `refused a connection from ${address}: all ${limits.maxConnections} connections the server takes are open and none is idle${fullest === undefined ? "" : `; ${fullest.client} holds ${fullest.holds} of them, the most`}`;
    case "idle_shed":
      return `closed an idle keep-alive connection from ${address} to let a new connection in (the server's ${limits.maxConnections} connections, or the share of ${limits.maxConnectionsPerClient} of one address or IPv6 /64, were all open)`;
  }
}
