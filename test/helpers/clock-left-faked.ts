import { afterAll, vi } from "vitest";

/**
 * Fails a test file that leaves fake timers or a fake Date behind, and puts the real ones back. Test files
 * share a worker (isolate: false), so a clock left frozen runs every later file of that worker on it: a
 * file that then fakes its own timers puts the real Date back mid-test, and what it stored a moment before
 * (a dialog, a lock) is suddenly months old. Which file suffers depends on how files fall into workers.
 */
export function failFilesThatLeaveTheClockFaked(): void {
  afterAll(() => {
    const faked = vi.getMockedSystemTime();
    if (faked === null) return;
    vi.useRealTimers();
    throw new Error(
      `this file left fake timers or a fake Date (${faked.toISOString()}) for the next file in its worker: ` +
        "undo them in an afterEach with vi.useRealTimers()",
    );
  });
}
