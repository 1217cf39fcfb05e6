/** How a check ended: it answered, it failed (with its error), or it gave no answer in time. */
export type CheckOutcome = { kind: "answered" } | { kind: "failed"; error: unknown } | { kind: "late" };

/**
 * Runs `check` and waits at most `ms` for it (a hung Redis or directory must not hang the prober). Never
 * rejects, and never throws synchronously either: a check that throws at once counts as failed.
 */
export async function outcomeWithin(check: () => Promise<unknown>, ms: number): Promise<CheckOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<CheckOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "late" }), ms);
    timer.unref();
  });
  try {
    return await Promise.race([
      Promise.resolve()
        .then(check)
        .then(
          (): CheckOutcome => ({ kind: "answered" }),
          (error: unknown): CheckOutcome => ({ kind: "failed", error }),
        ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
