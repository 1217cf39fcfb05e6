/**
 * A tool's reader may stop early (`npm run audit -- --since 7d | head`): its pipe then breaks, and Node
 * would crash on the unhandled EPIPE with a stack trace and exit code 1, as if the tool had failed. The
 * reader has what it wanted, so the broken pipe is let go, and the tool ends as its run does: it still
 * closes its store, and keeps its own exit code (3 for a dry run that needs --force, not 0). What it writes
 * after that is dropped. Any other output error is still thrown.
 */
export function stopWhenOutputClosed(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
