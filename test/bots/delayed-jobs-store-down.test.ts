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
    const warnings = lines.filter(
      (line) => line.level === 40 && line.msg.includes("could not look for due message deletions"),
    );
    expect(warnings).toHaveLength(1);
    const back = lines.filter((line) => line.msg.includes("looking for due message deletions works again"));
    expect(back).toHaveLength(1);
    expect(back[0]!.failedLooks).toBe(720);
  });

  it("says what it met at warn without a stack, as a student's step does: the outage is expected", async () => {
    const logs = new CapturedLogs("info");
    const jobs = new DelayedJobs({
      kind: "test",
      schema: z.object({ tries: z.number() }),
      store: storeDownFor(1),
      clock: () => 0,
      logger: logs.logger,
      perform: async () => {},
      identify: () => ({}),
      describeError: () => ({}),
      words: { job: "message deletion", failed: "could not delete", gaveUp: "gave up deleting" },
    });
    await jobs.runOnce();
    const [line] = logs.lines.map((l) => JSON.parse(l) as { level: number; reason?: string; event?: string });
    expect(line).toMatchObject({ level: 40, event: "store_unavailable" });
    expect(line?.reason).toContain("the store is not answering");
    expect(logs.text).not.toContain("stack");
  });
});

describe("running a chat's jobs early while Redis is down", () => {
  it("does not throw: the reply still goes out, and the jobs run at their time", async () => {
    const logs = new CapturedLogs("info");
    const performed: unknown[] = [];
    const jobs = new DelayedJobs({
      kind: "test",
      schema: z.object({ tries: z.number() }),
      store: {
        claimGroupJobs: async () => {
          throw new StoreUnavailableError();
        },
      } as unknown as ChannelJobs,
      clock: () => 0,
      logger: logs.logger,
      perform: async (job) => void performed.push(job),
      identify: () => ({}),
      describeError: () => ({}),
      words: { job: "message deletion", failed: "could not delete", gaveUp: "gave up deleting" },
    });
    await expect(jobs.runGroupSoon("515151")).resolves.toBeUndefined();
    await jobs.stop();
    expect(performed).toEqual([]);
    expect(logs.text).toContain("could not run a chat's message deletions early; they run at their time");
  });
});
