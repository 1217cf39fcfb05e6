import { DelayedJobs } from "./bots/delayed-jobs.js";
import type { CoreDeps } from "./core/core-deps.js";
import { CODE_END_JOB, codeEndJob, codeRanOut, type CodeEndJob } from "./core/flows/staff/guided-code-end.js";

/**
 * Runs the guided codes' expiry checks as they fall due (see guided-code-end.ts): a teacher who walked away
 * from a code is followed up in the student's chat. `start` it with the channels, `stop` it at shutdown.
 */
export function guidedCodeEnds(deps: CoreDeps): DelayedJobs<CodeEndJob> {
  return new DelayedJobs({
    kind: CODE_END_JOB,
    schema: codeEndJob,
    store: deps.store,
    clock: deps.clock,
    logger: deps.logger,
    // Done twice (a lease that ran out), the second run finds the follow-up claimed and tells nobody.
    perform: (job) => codeRanOut(deps, job),
    identify: (job) => ({ subject: job.studentId }),
    describeError: (error) => ({ err: error }),
    words: {
      job: "guided code expiry check",
      failed: "could not follow up an expired guided code",
      gaveUp: "gave up following up an expired guided code",
      gaveUpLevel: "warn",
    },
  });
}
