import { describe, expect, it } from "vitest";
import { SharedSlowRead } from "../../src/core/shared-slow-read.js";

/** A read that waits until `finish` is called (before or after it starts), counting how often it started. */
function slowRead() {
  let open: () => void = () => undefined;
  let gate = new Promise<void>((resolve) => (open = resolve));
  const read = {
    started: 0,
    fail: false,
    finish: () => {
      open();
    },
    run: async () => {
      read.started += 1;
      const started = read.started;
      await gate;
      gate = new Promise<void>((resolve) => (open = resolve));
      if (read.fail) throw new Error("size limit");
      return `value ${started}`;
    },
  };
  return read;
}

/*
 * The shapes of the school's user IDs are one search of every person: it must run once for all callers,
 * not once per message (a stranger's typing, or a class typing at once, each started one).
 */
describe("SharedSlowRead", () => {
  it("callers at the same time share one read; the value is then kept", async () => {
    let now = 0;
    const shared = new SharedSlowRead<string>({ ttlMs: 300, retryAfterFailureMs: 60, clock: () => now });
    const read = slowRead();
    const waiting = Array.from({ length: 10 }, () => shared.get(read.run));
    read.finish();
    expect(await Promise.all(waiting)).toEqual(Array(10).fill("value 1"));
    now = 299;
    expect(await shared.get(read.run)).toBe("value 1");
    expect(read.started).toBe(1);
  });

  it("an old value is given while it is read again, and the new one after", async () => {
    let now = 0;
    const shared = new SharedSlowRead<string>({ ttlMs: 300, retryAfterFailureMs: 60, clock: () => now });
    const read = slowRead();
    const first = shared.get(read.run);
    read.finish();
    await first;
    now = 300;
    expect(await shared.get(read.run)).toBe("value 1");
    expect(await shared.get(read.run)).toBe("value 1");
    expect(read.started).toBe(2);
    read.finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(await shared.get(read.run)).toBe("value 2");
  });

  it("after a failed read, null and no new read until the retry time; a read that throws at once too", async () => {
    let now = 0;
    const shared = new SharedSlowRead<string>({ ttlMs: 300, retryAfterFailureMs: 60, clock: () => now });
    const read = slowRead();
    read.fail = true;
    const failed = shared.get(read.run);
    read.finish();
    expect(await failed).toBeNull();
    now = 59;
    expect(await shared.get(read.run)).toBeNull();
    expect(read.started).toBe(1);
    now = 60;
    let thrown = 0;
    const throwing = () => {
      thrown += 1;
      throw new Error("not connected");
    };
    expect(await shared.get(throwing)).toBeNull();
    expect(await shared.get(throwing)).toBeNull();
    expect(thrown).toBe(1);
    now = 120;
    read.fail = false;
    const again = shared.get(read.run);
    read.finish();
    expect(await again).toBe("value 2");
  });
});
