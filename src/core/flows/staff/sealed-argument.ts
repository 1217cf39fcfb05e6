import type { FlowContext } from "../flow.js";

/**
 * What followed a staff command ("/coverage 5B"), kept while her password is asked: sealed (AES-GCM under a
 * key derived from the pepper for this alone, "sspr:staff-argument", see AnswerSeal), as it may be her password written as words ("purple elephant
 * dance 7"), which does not look like one and is not taken as none. Redis never holds it in clear; it dies
 * with the dialog.
 */
export function sealArgument(ctx: FlowContext, argument: string): string {
  return ctx.deps.hasher.staffArgumentSeal.seal({ staffArgument: argument });
}

/**
 * The argument sealed by sealArgument; "" when it cannot be opened (the pepper changed meanwhile, or it was
 * sealed by a version that used the answers' key): the command then runs with nothing after it.
 */
export function openArgument(ctx: FlowContext, sealed: string): string {
  const value = ctx.deps.hasher.staffArgumentSeal.open(sealed) as { staffArgument?: unknown } | undefined;
  return typeof value?.staffArgument === "string" ? value.staffArgument : "";
}
