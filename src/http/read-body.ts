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
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new RequestTooLargeError(maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
