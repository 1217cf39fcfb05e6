import type { FlowContext } from "./flow.js";

/**
 * The bookkeeping after the directory took a new password (or may have): the reset counted, audited, the
 * linked chat told. The password is changed whatever happens next, so none of this may keep it from whoever
 * must get it: a piece that fails (Redis gone at that moment) is logged and skipped, the rest still runs,
 * and `done` tells the admins once that something could not be recorded.
 */
export function recordingAfterPasswordSet(ctx: FlowContext, personId: string) {
  const failed: string[] = [];
  return {
    async run(what: string, work: () => Promise<unknown>): Promise<void> {
      try {
        await work();
      } catch (error) {
        failed.push(what);
        ctx.deps.logger.error(
          { err: error, subject: personId, step: what },
          "a new password was set, but recording it failed",
        );
      }
    },
    done(): void {
      if (failed.length > 0) ctx.deps.alerts.raise({ kind: "reset-not-recorded", subject: personId });
    },
  };
}
