import { afterEach } from "vitest";

/** A store (closed) or a Redis client (disconnected). */
type Closable = { close(): Promise<void> } | { disconnect(): void };

/**
 * For a test file whose tests open stores or Redis clients: returns `closeAfterTest`, which marks one to be
 * closed once the test is over, whatever it asserted. Call it at the top of the file (it adds an afterEach).
 */
export function closedAfterEachTest(): <T extends Closable>(opened: T) => T {
  const open: Closable[] = [];
  afterEach(async () => {
    for (const one of open.splice(0)) {
      if ("close" in one) await one.close();
      else one.disconnect();
    }
  });
  return (opened) => {
    open.push(opened);
    return opened;
  };
}
