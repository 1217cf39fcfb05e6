import { audit } from "../../audit.js";
import type { Person } from "../../ports/directory.js";
import {
  end,
  say,
  stay,
  type FlowContext,
  type Prompts,
  type StepHandlers,
  type Transition,
} from "../flow.js";
import { notifyQuietly } from "../notify-quietly.js";
import { startGuided } from "./guided-reset-flow.js";
import { auditExport } from "./audit-export.js";
import { auditReport, coverageReport, statsReport } from "./reports.js";
import { mayViewClass, resolveStudent, staffActor } from "./staff-access.js";

/** The commands of teachers (and admins), and the admins' own. */
export const TEACHER_COMMANDS = ["guided", "unlock", "clearanswers", "coverage"] as const;
export const ADMIN_COMMANDS = ["audit", "stats", "export"] as const;
export type StaffCommand = (typeof TEACHER_COMMANDS)[number] | (typeof ADMIN_COMMANDS)[number];

type StudentAction = "guided" | "unlock" | "clear";
type StaffState = "staff.student" | "clear.confirm" | "coverage.class";

/**
 * Runs a teacher's or admin's command, e.g. "/unlock S1001". Without the id or class it asks for it.
 * Anyone else is told the command is for staff; a teacher naming another class's student is refused.
 */
export async function runStaffCommand(
  ctx: FlowContext,
  command: StaffCommand,
  argument: string,
): Promise<Transition> {
  const actor = await staffActor(ctx);
  if (actor === null) return end(say("staff.onlyStaff"));
  if ((ADMIN_COMMANDS as readonly string[]).includes(command) && actor.role !== "admin") {
    await audit(ctx, "staff-refused", "-", "refused", command, actor.id);
    return end(say("staff.onlyAdmins"));
  }
  switch (command) {
    case "guided":
    case "unlock":
      return argument === ""
        ? { next: { name: "staff.student", action: command } }
        : actOn(ctx, actor, command, argument);
    case "clearanswers":
      return argument === ""
        ? { next: { name: "staff.student", action: "clear" } }
        : actOn(ctx, actor, "clear", argument);
    case "coverage":
      return coverage(ctx, actor, argument);
    case "audit":
      return argument === "" ? end(say("staff.askStudent")) : end({ text: await auditReport(ctx, argument) });
    case "stats":
      return end({ text: await statsReport(ctx) });
    case "export":
      return end(await auditExport(ctx, actor.id, argument));
  }
}

export const staffPrompts: Prompts<StaffState> = {
  "staff.student": () => say("staff.askStudent"),
  "clear.confirm": (_ctx, state) => ({
    ...say("clear.confirm", { name: state.studentName }),
    choices: [
      { id: "yes", label: { key: "clear.yes" } },
      { id: "cancel", label: { key: "common.cancel" } },
    ],
  }),
  "coverage.class": (_ctx, state) => ({
    ...say("coverage.askClass"),
    choices: state.classes.map((c) => ({ id: c, label: { key: "question", params: { question: c } } })),
  }),
};

export const staffSteps: StepHandlers<StaffState> = {
  async "staff.student"(ctx, state, input) {
    if (input.kind !== "text") return stay(state, say("input.notText"));
    if (input.text.trim() === "") return stay(state, say("input.empty"));
    const actor = await staffActor(ctx);
    if (actor === null) return end(say("staff.onlyStaff"));
    return actOn(ctx, actor, state.action, input.text);
  },

  async "clear.confirm"(ctx, state, input) {
    if (input.kind !== "choice") return stay(state, say("input.useButtons"));
    if (input.value === "cancel") return end(say("chat.cancelled"));
    if (input.value !== "yes") return stay(state, say("input.useButtons"));
    const actor = await staffActor(ctx);
    if (actor === null) return end(say("staff.onlyStaff"));
    const access = await resolveStudent(ctx, actor, state.studentId, "clear answers");
    if (!access.ok) return access.refusal;
    const cleared = await ctx.deps.store.clearEnrolment(state.studentId);
    if (!cleared) return end(say("clear.nothing", { name: state.studentName }));
    await audit(ctx, "answers-cleared", access.student.id, "ok", undefined, actor.id);
    const chat = await ctx.deps.store.linkedChat(access.student.id);
    if (chat !== null) await notifyQuietly(ctx, chat, say("notice.answersChanged"));
    return end(say("clear.done", { name: state.studentName }));
  },

  async "coverage.class"(ctx, state, input) {
    if (input.kind !== "text" && input.kind !== "choice") return stay(state, say("input.notText"));
    const actor = await staffActor(ctx);
    if (actor === null) return end(say("staff.onlyStaff"));
    return coverage(ctx, actor, input.kind === "text" ? input.text : input.value);
  },
};

async function actOn(
  ctx: FlowContext,
  actor: Person,
  action: StudentAction,
  typedId: string,
): Promise<Transition> {
  const access = await resolveStudent(ctx, actor, typedId, action);
  if (!access.ok) return access.refusal;
  const { student } = access;
  switch (action) {
    case "guided":
      return startGuided(ctx, student);
    case "clear":
      return { next: { name: "clear.confirm", studentId: student.id, studentName: student.name } };
    case "unlock": {
      const wasSuspended = await ctx.deps.limits.clear("student", student.id, ctx.now);
      await ctx.deps.directory.unlock(student.id);
      await audit(
        ctx,
        "unlock",
        student.id,
        "ok",
        wasSuspended ? "suspension lifted" : "not suspended",
        actor.id,
      );
      return end(say(wasSuspended ? "unlock.done" : "unlock.notSuspended", { name: student.name }));
    }
  }
}

async function coverage(ctx: FlowContext, actor: Person, typedClass: string): Promise<Transition> {
  const wanted = typedClass.trim();
  if (wanted === "") {
    const classes = actor.role === "admin" ? await ctx.deps.directory.listClasses() : actor.classes;
    if (classes.length === 0) return end(say("coverage.noClasses"));
    if (classes.length === 1) return end({ text: await coverageReport(ctx, classes[0]!) });
    return { next: { name: "coverage.class", classes } };
  }
  if (!mayViewClass(actor, wanted)) {
    await audit(ctx, "staff-refused", `class:${wanted}`, "refused", "coverage", actor.id);
    return end(say("staff.notYourStudent"));
  }
  return end({ text: await coverageReport(ctx, wanted) });
}
