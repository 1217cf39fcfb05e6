import { EventEmitter, once } from "node:events";
import { setTimeout as delay } from "node:timers/promises";
import { pino, type Logger } from "pino";

/** The longest the exit waits for the log: a writer whose pipe broke (EPIPE) never drains. */
const LOG_WRITE_WAIT_MS = 2000;

/** pino's own writer (sonic-boom), which emits 'drain' once the lines handed to it are all written. */
type DrainingWriter = EventEmitter & { write(data: string): unknown };

/**
 * Resolves once every line logged so far is written out, so that the process may exit. pino's
 * `flush(cb)` does not wait with its default writer (no minimum length: the callback comes at once), and
 * process.exit then wrote the lines still queued before the one being written: "stopped" came before
 * "stopping", or a line was lost. An empty write joins the end of the queue; its drain means all are out.
 */
export async function logWritten(logger: Logger): Promise<void> {
  const stream = (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym];
  if (!(stream instanceof EventEmitter) || !("write" in stream)) {
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
    return;
  }
  const writer = stream as DrainingWriter;
  const drained = once(writer, "drain").catch(() => undefined);
  writer.write("");
  await Promise.race([drained, delay(LOG_WRITE_WAIT_MS, undefined, { ref: false })]);
}
