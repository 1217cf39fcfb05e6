import { isStaffCommand, type ParsedCommand } from "./commands.js";
import type { DialogState } from "./dialog-state.js";
import { stepNamed } from "./flows/all-steps.js";
import type { FlowContext } from "./flows/flow.js";
import { DirectoryUnavailableError } from "./errors.js";
import { staffActor } from "./flows/staff/staff-access.js";
import { staffRoleRemembered } from "./flows/staff/staff-role-remembered.js";
import { hasStaffTwin, inRegister, type Register } from "./i18n/register.js";
import type { Reply } from "./messages.js";

/**
 * Who a turn speaks to, as far as the turn itself tells, without asking anyone: the dialog its replies
 * belong to (the step it goes on to, else the one it left or ended) by its step's role, else a teacher's or
 * admin's command. Undefined when it tells nothing (no dialog, and a command or a message anyone may send).
 * A step of the children's flows (set-up, reset, practice, a family phone's "who?") is the children's:
 * its own words are, and so are the words said in it.
 */
export function registerOfTurn(
  dialog: DialogState | undefined,
  command: ParsedCommand | "unknown" | null,
): Register | undefined {
  if (dialog !== undefined) {
    const step = stepNamed(dialog.name);
    return step.role === "staff" || step.speaksToStaff?.(dialog as never) === true ? "staff" : "child";
  }
  if (command !== null && command !== "unknown" && isStaffCommand(command.name)) return "staff";
  return undefined;
}

/**
 * The replies in the register of whoever reads them (see i18n/register.ts), and that register when it is
 * known. When the turn does not tell (`known` undefined), a chat linked to a teacher or admin is spoken to as
 * staff, as its start menu is theirs (on a phone she shares with her children too). That asks the store and
 * the directory, so only when a reply has a staff twin. `ask`: "directory" as usual; "remembered" when the
 * directory has just failed, and "nobody" when the store has: then (and when the directory fails here) a
 * link the directory last gave as staff is spoken to as staff (StaffRolesSeen, for words only), else, and
 * when the store fails too, with the children's words.
 */
export async function inReadersRegister(
  ctx: FlowContext,
  replies: Reply[],
  known: Register | undefined,
  ask: "directory" | "remembered" | "nobody" = "directory",
): Promise<{ replies: Reply[]; register?: Register }> {
  let register = known;
  if (register === undefined && ask !== "nobody" && replies.some(hasStaffTwin)) {
    register = await chatRegister(ctx, ask).catch(() => "child" as const);
  }
  if (register === undefined) return { replies };
  return { replies: replies.map((reply) => inRegister(reply, register)), register };
}

/** Whom the chat's links make it speak to: staff when a teacher or admin is linked (see inReadersRegister). */
async function chatRegister(ctx: FlowContext, ask: "directory" | "remembered"): Promise<Register> {
  if (ask === "directory") {
    try {
      return (await staffActor(ctx)) === null ? "child" : "staff";
    } catch (error) {
      if (!(error instanceof DirectoryUnavailableError)) throw error;
    }
  }
  return (await staffRoleRemembered(ctx)) === null ? "child" : "staff";
}
