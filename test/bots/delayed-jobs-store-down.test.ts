import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DelayedJobs } from "../../src/bots/delayed-jobs.js";
import type { ChannelJobs } from "../../src/core/channel-core.js";
import { StoreUnavailableError } from "../../src/core/errors.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

/** A store whose job list fails `failures` looks (Redis down), then works with nothing due. */
function storeDownFor(failures: number): ChannelJobs {
  let looks = 0;
  return {
    claimDueJobs: async () => {
      looks += 1;
      if (looks <= failures) throw new StoreUnavailableError();
      return [];
    },
    scheduleJob: async () => {},
  } as unknown as ChannelJobs;
}

describe("looking for due jobs while Redis is down", () => {
  it("is one warning per outage, and one line with the count when it works again, not a line every 5 s", async () => {
    const logs = new CapturedLogs();
    const jobs = new DelayedJobs({
      kind: "test",
      schema: z.object({ tries: z.number() }),
      store: storeDownFor(720), // an hour at one look every 5 s
      clock: () => 0,
      logger: logs.logger,
      perform: async () => {},
      identify: () => ({}),
      describeError: () => ({}),
      words: { job: "message deletion", failed: "could not delete", gaveUp: "gave up deleting" },
    });
    for (let look = 0; look < 721; look++) await jobs.runOnce();

    const lines = logs.lines.map(
      (line) => JSON.parse(line) as { level: number; msg: string; failedLooks?: number },
    );
    const warnings = lines.filter((line) => line.msg.includes("could not look for due message deletions"));
    expect(warnings).toHaveLength(1);
    const back = lines.filter((line) => line.msg.includes("looking for due message deletions works again"));
    expect(back).toHaveLength(1);
    expect(back[0]!.failedLooks).toBe(720);
  });
});
