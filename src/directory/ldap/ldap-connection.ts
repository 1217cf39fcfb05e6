import { readFileSync } from "node:fs";
import { connect as netConnect, isIP, type Socket } from "node:net";
import { connect as tlsConnect, type ConnectionOptions } from "node:tls";
import { Client, type ClientOptions } from "ldapts";
import { ConfigError } from "../../core/errors.js";
import { cannotRead } from "../../config/unreadable-file.js";

/** Where and how to reach the directory (from LDAP_URL, LDAP_STARTTLS, LDAP_TLS_*, LDAP_TIMEOUT_MS). */
export interface LdapConnectionSettings {
  url: string;
  startTls: boolean;
  tls: ConnectionOptions;
  /** Applies to the TCP connect, the TLS handshake and every LDAP operation. */
  timeoutMs: number;
  /** Makes the ldapts client; only tests replace it (with a fake that records the conversation). */
  openClient?: (options: ClientOptions) => Client;
}

/**
 * TLS options from the settings: the CA file's certificates when one is given (else Node's trusted roots),
 * and no certificate check only when LDAP_TLS_INSECURE is set (tests with a self-signed server).
 * Reads the CA file now, so a wrong path stops start-up rather than the first reset.
 */
export function tlsOptionsFor(settings: {
  tlsCaFile?: string | undefined;
  tlsInsecure: boolean;
}): ConnectionOptions {
  const options: ConnectionOptions = { minVersion: "TLSv1.2", rejectUnauthorized: !settings.tlsInsecure };
  if (settings.tlsCaFile !== undefined) {
    try {
      options.ca = [readFileSync(settings.tlsCaFile)];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      throw new ConfigError(`LDAP_TLS_CA_FILE: ${cannotRead(settings.tlsCaFile, code)}`);
    }
  }
  return options;
}

/** What work can ask of its connection in withConnection. */
export interface ConnectionState {
  /**
   * Whether the connection a request goes out on was made (TCP, and TLS when ldaps://). ldapts connects
   * lazily, inside the first request (for a person's check, her bind), so a request that failed while this
   * is false never left the bot: the connection was refused, timed out, or its certificate was refused.
   * Once it is true the request was written, and a failure after it (a timeout, a dropped connection) came
   * after the directory may have read it.
   */
  made(): boolean;
}

/**
 * Runs work on a new connection and always closes it afterwards, whatever happens: use it for every
 * directory conversation, so that no connection outlives the operation that needed it.
 * With StartTLS the connection is upgraded before work sees it. `open` (if given) holds the connection
 * while it is in use, so that close() can end connections still in flight.
 */
export async function withConnection<T>(
  settings: LdapConnectionSettings,
  work: (client: Client, connection: ConnectionState) => Promise<T>,
  open?: Set<Client>,
): Promise<T> {
  // ldapts has no public connect: its own sockets are watched through its connection seams instead, the
  // latest one (a reconnect makes a new one) telling whether a request could have gone out.
  let latest = { made: false };
  let upgraded = false;
  const watched = <S extends Socket>(socket: S, event: "connect" | "secureConnect"): S => {
    const state = { made: false };
    latest = state;
    socket.once(event, () => (state.made = true));
    return socket;
  };
  const options: ClientOptions = {
    url: settings.url,
    timeout: settings.timeoutMs,
    connectTimeout: settings.timeoutMs,
    // ldapts speaks TLS from the first byte whenever tlsOptions are given, so only for ldaps://.
    ...(settings.startTls ? {} : { tlsOptions: settings.tls }),
    createConnection: ((...args: Parameters<typeof netConnect>) => {
      // ldapts connects again by itself when it finds its connection closed, and in clear: after StartTLS
      // that would send the next bind's password in clear, so the request fails instead.
      if (upgraded) {
        latest = { made: false };
        throw new Error("the connection upgraded by StartTLS closed; not connecting again without TLS");
      }
      return watched(netConnect(...args), "connect");
    }) as typeof netConnect,
    createSecureConnection: ((...args: Parameters<typeof tlsConnect>) =>
      watched(tlsConnect(...args), "secureConnect")) as typeof tlsConnect,
  };
  const client = settings.openClient?.(options) ?? new Client(options);
  open?.add(client);
  try {
    if (settings.startTls) {
      await withTimeout(client.startTLS(startTlsOptions(settings)), settings.timeoutMs, "StartTLS");
      upgraded = true;
    }
    return await work(client, { made: () => latest.made });
  } finally {
    open?.delete(client);
    await client.unbind().catch(() => undefined);
  }
}

/** StartTLS upgrades an open socket, so the host name to check the certificate against must be given. */
function startTlsOptions(settings: LdapConnectionSettings): ConnectionOptions {
  const host = new URL(settings.url).hostname.replace(/^\[|\]$/g, "");
  return { ...settings.tls, host, ...(isIP(host) === 0 ? { servername: host } : {}) };
}

/** Rejects when promise has not settled within ms (for the steps ldapts does not time itself). */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
