/**
 * A tool's reader may stop early (`npm run audit -- --since 7d | head`): its pipe then breaks, and Node
 * would crash on the unhandled EPIPE with a stack trace and exit code 1, as if the tool had failed. The
 * reader has what it wanted, so the tool stops quietly. Any other output error is still thrown.
 */
export function stopWhenOutputClosed(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
}
