/**
 * Waits until `check` holds, looking again after every turn of the event loop's timers; fails with `what`
 * after `timeoutMs`. For conditions another process or a background task makes true (a poller's deletion,
 * a reply on a fake API): the wait is as short as the work, never a guessed sleep.
 */
export async function until(
  check: () => boolean,
  what: string | (() => string),
  timeoutMs = 3_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${typeof what === "string" ? what : what()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
