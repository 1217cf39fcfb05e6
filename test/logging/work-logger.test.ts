import { describe, expect, it, vi } from "vitest";
import { createLogger } from "../../src/logging/create-logger.js";
import { workLogger } from "../../src/logging/work-logger.js";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger("info", { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe("a unit of work's logger", () => {
  it("puts the work's ids on each line it writes, and only on those", async () => {
    const { logger, lines } = capture();
    const log = workLogger(logger, { updateId: 42, requestId: "r-1" });
    log.info({ event: "audit" }, "audit link failed");
    log.child({ component: "x" }).warn("deeper");
    logger.info("outside the work");
    expect(lines.map((l) => [l.msg, l.updateId, l.requestId])).toEqual([
      ["audit link failed", 42, "r-1"],
      ["deeper", 42, "r-1"],
      ["outside the work", undefined, undefined],
    ]);
  });

  it("builds pino's child (which redacts its bindings, a cost on every update) only when a line is written", () => {
    const { logger } = capture();
    const child = vi.spyOn(logger, "child");
    const log = workLogger(logger, { updateId: 7 });
    log.debug("below the level: not written");
    expect(log.isLevelEnabled("debug")).toBe(false);
    expect(child).not.toHaveBeenCalled();
    log.error("written");
    log.error("written again");
    expect(child).toHaveBeenCalledTimes(1);
  });

  it("still redacts secrets", () => {
    const { logger, lines } = capture();
    workLogger(logger, { updateId: 1 }).info({ password: "Garden-Lamp-21" }, "a line");
    expect(JSON.stringify(lines)).not.toContain("Garden-Lamp-21");
  });

  it("a level set on it is the level it then answers to and writes at", () => {
    const { logger, lines } = capture();
    const log = workLogger(logger, { updateId: 3 });
    log.level = "debug";
    expect(log.level).toBe("debug");
    expect(log.isLevelEnabled("debug")).toBe(true);
    log.debug("now written");
    expect(lines.map((l) => [l.msg, l.updateId])).toEqual([["now written", 3]]);
  });
});
