import type { IncomingMessage } from "node:http";

/** The request body is larger than the server accepts; the server answers 413. */
export class RequestTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`request body larger than ${limitBytes} bytes`);
    this.name = "RequestTooLargeError";
  }
}

/**
 * Reads a request body into memory, refusing it as soon as it passes `maxBytes` (a declared
 * Content-Length is checked before anything is read). Use for small JSON webhooks only.
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) throw new RequestTooLargeError(maxBytes);
  if (req.readableEnded || req.destroyed) throw new Error("the request body was already read or dropped");
  // Events, not `for await`: an async iterator costs a few promises per chunk on every update.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off("data", onData);
      req.pause();
      reject(new RequestTooLargeError(maxBytes));
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks, size)));
    req.once("error", reject);
  });
}
