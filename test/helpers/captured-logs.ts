import { Writable } from "node:stream";
import { createLogger, type Logger } from "../../src/logging/create-logger.js";

/** A real pino logger (with the real redaction) whose lines are kept for assertions. */
export class CapturedLogs {
  readonly lines: string[] = [];
  readonly logger: Logger;

  constructor(level = "debug") {
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.lines.push(
          ...chunk
            .toString("utf8")
            .split("\n")
            .filter((l) => l !== ""),
        );
        done();
      },
    });
    this.logger = createLogger(level, sink);
  }

  get text(): string {
    return this.lines.join("\n");
  }
}
