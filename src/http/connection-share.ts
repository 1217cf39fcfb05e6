import type { BlockList, Socket } from "node:net";
import { connectionClient, plainAddress } from "./connection-client.js";
import { isProxyAddress, proxyAddressList } from "./proxy-address-list.js";

/**
 * Why a connection was closed to keep the cap: `client_share` (a new one from an address that already
 * holds its share), `server_full` (a new one while every open connection is in use), `idle_shed` (an idle
 * keep-alive connection, closed to make room for a new one).
 */
export type ConnectionDropReason = "client_share" | "server_full" | "idle_shed";

/** One connection closed to keep the cap, as the log and the metric are told of it. */
export interface ConnectionDrop {
  reason: ConnectionDropReason;
  /** The remote address of the connection closed (a client's, or the reverse proxy's). */
  address: string;
  /** The client it counts for (connectionClient): the address, or an IPv6 address's /64. */
  client: string;
  /** Open connections the share counts, once it is closed. */
  open: number;
  /** When the server is full (server_full): the client holding the most connections, and how many. */
  fullest?: { client: string; holds: number };
}

export interface ConnectionShareLimits {
  /** Connections open at once, for the whole server. */
  maxConnections: number;
  /** Connections one client (an IPv4 address, an IPv6 /64) may hold at once. */
  maxConnectionsPerClient: number;
  /**
   * Addresses and ranges (172.18.0.0/16) the per-address share does not apply to: a reverse proxy carries
   * every client's requests. Each must be valid (the settings check them).
   */
  unsharedAddresses: readonly string[];
}

interface Tracked {
  address: string;
  client: string;
  /** Requests read and not yet answered. */
  inFlight: number;
  /** `bytesRead` when its last answer was done; null before its first. */
  bytesWhenIdle: number | null;
}

/**
 * Keeps the server's connection cap fair: no address holds more than its share, and when the server (or
 * an address's share) is full, an idle keep-alive connection is closed to let a new one in. Only then is
 * the new one refused. Node's own `maxConnections` cannot do this: it drops the new connection first.
 */
export class ConnectionShare {
  /** Open connections by the client they count for (connectionClient). */
  private readonly byClient = new Map<string, Set<Socket>>();
  private readonly tracked = new Map<Socket, Tracked>();
  private readonly unshared: BlockList;

  constructor(
    private readonly limits: ConnectionShareLimits,
    private readonly dropped: (drop: ConnectionDrop) => void,
  ) {
    this.unshared = proxyAddressList(limits.unsharedAddresses);
  }

  /** For each connection the server accepts: keeps it (closing an idle one to make room if need be) or closes it. */
  admit(socket: Socket): void {
    const address = plainAddress(socket.remoteAddress ?? "");
    const proxy = isProxyAddress(this.unshared, address);
    // A proxy's own connections take nothing from the share of the hosts of its IPv6 /64.
    const client = proxy ? address : connectionClient(address);
    const own = this.byClient.get(client);
    const ownCount = own?.size ?? 0;
    if (!proxy && ownCount >= this.limits.maxConnectionsPerClient) {
      if (!this.shedIdleOf(own)) return this.refuse(socket, "client_share", address, client);
    }
    if (this.tracked.size >= this.limits.maxConnections && !this.shedIdleOfFullest()) {
      return this.refuse(socket, "server_full", address, client);
    }
    const sockets = own ?? new Set<Socket>();
    sockets.add(socket);
    this.byClient.set(client, sockets);
    this.tracked.set(socket, { address, client, inFlight: 0, bytesWhenIdle: null });
    socket.once("close", () => this.forget(socket));
  }

  requestStarted(socket: Socket): void {
    const tracked = this.tracked.get(socket);
    if (tracked !== undefined) tracked.inFlight += 1;
  }

  requestEnded(socket: Socket): void {
    const tracked = this.tracked.get(socket);
    if (tracked === undefined) return;
    tracked.inFlight = Math.max(0, tracked.inFlight - 1);
    if (tracked.inFlight === 0) tracked.bytesWhenIdle = socket.bytesRead;
  }

  /** Open connections the share counts. */
  get open(): number {
    return this.tracked.size;
  }

  private refuse(socket: Socket, reason: ConnectionDropReason, address: string, client: string): void {
    socket.destroy();
    const fullest = reason === "server_full" ? this.fullest() : undefined;
    const open = this.tracked.size;
    this.dropped({ reason, address, client, open, ...(fullest === undefined ? {} : { fullest }) });
  }

  /** The client holding the most open connections: the one likeliest to have filled the server. */
  private fullest(): { client: string; holds: number } | undefined {
    let fullest: { client: string; holds: number } | undefined;
    for (const [client, sockets] of this.byClient) {
      if (fullest === undefined || sockets.size > fullest.holds) fullest = { client, holds: sockets.size };
    }
    return fullest;
  }

  /**
   * Idle: answered, and nothing read since (a connection that has sent nothing yet is not: the headers'
   * time limit ends it, and a client that has just connected is about to send).
   */
  private isIdle(socket: Socket): boolean {
    const tracked = this.tracked.get(socket);
    return (
      tracked !== undefined &&
      tracked.inFlight === 0 &&
      tracked.bytesWhenIdle !== null &&
      socket.bytesRead === tracked.bytesWhenIdle
    );
  }

  private shedIdleOf(sockets: Set<Socket> | undefined): boolean {
    for (const socket of sockets ?? []) {
      if (!this.isIdle(socket)) continue;
      const { address, client } = this.tracked.get(socket)!;
      this.forget(socket);
      socket.destroy();
      this.dropped({ reason: "idle_shed", address, client, open: this.tracked.size });
      return true;
    }
    return false;
  }

  /** Sheds from the client holding the most connections first: the likeliest to be the one taking them. */
  private shedIdleOfFullest(): boolean {
    const fullestFirst = [...this.byClient.values()].sort((a, b) => b.size - a.size);
    return fullestFirst.some((sockets) => this.shedIdleOf(sockets));
  }

  private forget(socket: Socket): void {
    const tracked = this.tracked.get(socket);
    if (tracked === undefined) return;
    this.tracked.delete(socket);
    const sockets = this.byClient.get(tracked.client);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.byClient.delete(tracked.client);
  }
}
