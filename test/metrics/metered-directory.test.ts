import { describe, expect, it } from "vitest";
import { DirectoryUnavailableError } from "../../src/core/errors.js";
import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { BotMetrics } from "../../src/metrics/bot-metrics.js";
import { meteredDirectory } from "../../src/metrics/metered-ports.js";
import { DEMO_SCHOOL_FILE } from "../../src/directory/school-file.js";

/**
 * Every directory call the bot makes is counted and timed (sspr_directory_operations_total), and one the
 * directory did not answer tells the directory's health check: a new Directory method left out of the list
 * (lockedOut, a teacher's /unlock's first question, was) is neither graphed nor seen as an outage.
 */
describe("the metered directory", () => {
  it("counts every operation of the Directory port, close aside, and reports each one not answered", async () => {
    const directory = await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE);
    // The memory directory's own helpers (for tests and the demo, and its private ones), not the port's.
    const notThePort = new Set([
      "constructor",
      "close",
      "add",
      "addEntry",
      "allWith",
      "oneWith",
      "remove",
      "disable",
      "lockOut",
      "mustChangePassword",
    ]);
    const operations = Object.getOwnPropertyNames(MemoryDirectory.prototype).filter(
      (name) => !notThePort.has(name),
    );
    expect(operations).toContain("lockedOut");
    let unanswered = 0;
    const failing = new Proxy(directory, {
      get: (target, name) =>
        operations.includes(String(name))
          ? async () => {
              throw new DirectoryUnavailableError();
            }
          : Reflect.get(target, name),
    });
    const metrics = new BotMetrics();
    const metered = meteredDirectory(failing, metrics, { onUnavailable: () => (unanswered += 1) });
    for (const operation of operations) {
      await (metered as unknown as Record<string, () => Promise<unknown>>)[operation]!().catch(
        () => undefined,
      );
    }
    expect(unanswered).toBe(operations.length);
    const text = await metrics.registry.metrics();
    for (const operation of operations)
      expect(text, operation).toContain(`operation="${operation}",outcome="unavailable"`);
  });
});
