import type { ParsedCommand } from "./commands.js";
import { keep, type LoadedDialog } from "./dialog-document.js";
import { stepNamed } from "./flows/all-steps.js";
import type { DialogState } from "./dialog-state.js";
import { DirectoryUnavailableError } from "./errors.js";
import { explainError } from "./explain-error.js";
import { cancelledNotice, keptNotice, keptNoticeToStaff, restartedNotice } from "./dialog-expiry.js";
import type { StoppedBy } from "./flows/define-step.js";
import { end, say, type FlowContext, type Transition } from "./flows/flow.js";
import { asksToLogOut, startLogout } from "./flows/logout-flow.js";
import { startReset } from "./flows/reset-flow.js";
import { noGoingBack, ROUNDS_WITHOUT_START_OVER } from "./flows/no-going-back.js";
import { startSetup } from "./flows/setup-flow.js";
import { anotherQuestion } from "./flows/setup-back-ask.js";
import { setupWithIdOnTheLine } from "./flows/setup-with-id.js";
import { peopleLinkedHere, staffAmong, type StaffPerson } from "./flows/staff/staff-access.js";
import { staffRoleRemembered } from "./flows/staff/staff-role-remembered.js";
import { runStaffCommand } from "./flows/staff/staff-commands.js";
import { LANGUAGE_CHOICE_PREFIX, languageMenu } from "./i18n/chat-language.js";
import { languageListChoiceTyped } from "./i18n/language-list-words.js";
import { isLanguage } from "./i18n/languages.js";
import type { Reply } from "./messages.js";
import { MENU_PREFIX, menuOfPeople } from "./start-menu.js";

/**
 * What each command does, typed ("/reset"), said ("help") or tapped in a menu. A step it leaves hears
 * which command it was (LeaveCause).
 */
export async function runCommand(
  ctx: FlowContext,
  command: ParsedCommand,
  loaded: LoadedDialog | null,
): Promise<Transition> {
  const transition = await commandTransition(ctx, command, loaded);
  return { ...transition, leaving: { by: "command", command: command.name } };
}

async function commandTransition(
  ctx: FlowContext,
  command: ParsedCommand,
  loaded: LoadedDialog | null,
): Promise<Transition> {
  switch (command.name) {
    case "start":
      return replacing(loaded, end(await menu(ctx)));
    case "help":
      return keep(loaded, ...(await help(ctx, loaded?.document.state)));
    case "setup": {
      const started = await setupWithIdOnTheLine(ctx, await startSetup(ctx), command.argument);
      // "We start again" only when set-up does; a refusal (too many tries) follows the plain "we stopped".
      return replacing(loaded, started, "end" in started ? keptNotice : restartedNotice, isSetup);
    }
    case "reset":
      return replacing(loaded, await startReset(ctx), keptNotice, isReset);
    case "language": {
      // "/language ms", "/language 中文", "/language 2": that language at once, read as typed at the list.
      const picked = languageAfterCommand(ctx, command.argument);
      if (picked !== null) return chooseLanguage(ctx, picked, loaded);
      // Inside another dialog the list is only shown, and its question follows; else the list is a step.
      const state = loaded?.document.state;
      if (state !== undefined && state.name !== "language.choose")
        return { next: state, say: [languageMenu(ctx.deps, MENU_PREFIX)], languageList: true };
      return { next: { name: "language.choose", staff: await staffActsHere(ctx) } };
    }
    case "cancel":
      if (loaded === null) return end(say("chat.nothingToCancel"));
      return end(stoppedNotice(loaded.document.state, "cancel") ?? cancelledNotice(loaded.document.state));
    case "logout": {
      // Asked again (a second tap on the menu): the same question, whose buttons still answer it.
      if (loaded !== null && asksToLogOut(loaded.document.state)) return keep(loaded);
      // It only asks, so what the stopped dialog leaves is said first, as for any command that replaces it.
      return replacing(loaded, await startLogout(ctx));
    }
    default: {
      const child = childsDialogOpen(loaded);
      if (child !== null && staffAmong(await peopleLinkedHere(ctx)) !== null)
        return keep(loaded, say(child.goesOn, { name: child.name }));
      const transition = await runStaffCommand(ctx, command.name, command.argument);
      // Nobody here is staff: a student's stray command is refused, and her reset or set-up goes on.
      if ("notStaff" in transition) return keep(loaded, transition.notStaff);
      // A teacher or admin runs it: what it stops is said to her, and a child's set-up by the child's name.
      return replacing(loaded, transition, keptNoticeToStaff, undefined, "staff");
    }
  }
}

/**
 * Whose reset (once she is chosen) or set-up (once her password linked the chat, until her questions are
 * saved) is open, and what to tell whoever typed a staff command there; else null. On a family phone such a
 * command, typed, from Telegram's command list or an old menu button, was mostly the child's stray tap: it
 * ended her reset (three right answers too) or her set-up (the answers she had chosen) and showed her
 * mother's password prompt. It goes on; the teacher who meant it types /cancel first, as she is told.
 */
function childsDialogOpen(
  loaded: LoadedDialog | null,
): { name: string; goesOn: "staff.childResetGoesOn" | "staff.childSetupGoesOn" } | null {
  const state = loaded?.document.state;
  if (state === undefined || !("personName" in state) || typeof state.personName !== "string") return null;
  if (state.name.startsWith("reset.")) return { name: state.personName, goesOn: "staff.childResetGoesOn" };
  if (state.name === "setup.question" || state.name === "setup.answer" || state.name === "setup.backAsk")
    return { name: state.personName, goesOn: "staff.childSetupGoesOn" };
  return null;
}

/** Set-up's steps: /setup there begins set-up again. */
function isSetup(state: DialogState): boolean {
  return state.name.startsWith("setup.");
}

/** A reset's steps, and a family phone's "Which of you needs a new password?": /reset there begins again. */
function isReset(state: DialogState): boolean {
  return state.name.startsWith("reset.") || (state.name === "family.who" && state.purpose === "reset");
}

/**
 * A command that ends the open dialog or starts another says first what the dialog leaves (set-up after the
 * password: the chat is linked; the questions are not saved, or the old ones still work), as /cancel would:
 * otherwise the set-up is dropped without a word. A step that declares its own stoppedNotice says that
 * instead, whatever the command: a guided reset's code no longer works; a reset, or set-up before the
 * password, stopped and changed nothing. Not when the command begins the open dialog again (`restarts`: the
 * open dialog is one it begins, as /reset in a reset), whose own first words say so. `by`: "staff" when a
 * teacher's or admin's command replaces it, whose words may differ (whose reset stopped, on a family phone).
 */
export function replacing(
  loaded: LoadedDialog | null,
  transition: Transition,
  notice: (state: DialogState) => Reply | null = keptNotice,
  restarts?: (state: DialogState) => boolean,
  by: StoppedBy = "command",
): Transition {
  if (loaded === null) return transition;
  const { state } = loaded.document;
  if ("next" in transition && transition.next === state) return transition;
  const again = restarts?.(state) === true;
  const told = (again ? null : stoppedNotice(state, by)) ?? notice(state);
  return told === null ? transition : { ...transition, say: [told, ...(transition.say ?? [])] };
}

/** What stopping the dialog in this state leaves, in the step's own words; null when it declares none. */
function stoppedNotice(state: DialogState, by: StoppedBy): Reply | null {
  return stepNamed(state.name).stoppedNotice?.(state as never, by) ?? null;
}

/**
 * "back": one step back in set-up: from an answer prompt to the question buttons (choose another question),
 * from the question buttons to the last answer. Never from a password prompt: there "back" is the password.
 * At a question of her saved answers (a reset's, a guided reset's, the practice rounds'): no going back.
 */
export function back(loaded: LoadedDialog | null): Transition {
  const state = loaded?.document.state;
  if (state?.name === "setup.answer") {
    const { questionId: _question, ...rest } = state;
    return { next: { ...rest, name: "setup.question" } };
  }
  if (state?.name === "setup.backAsk") return anotherQuestion(state);
  if (state?.name === "setup.question" && state.picked.length > 0) {
    return { next: { ...state, picked: state.picked.slice(0, -1) }, say: [say("setup.backOneAnswer")] };
  }
  // With nothing open there is nothing to stop either: "type /cancel" would only get "nothing to stop".
  if (loaded === null) return end(say("input.nothingToGoBackTo"));
  // A reset's question: it keeps no answer to take back (only whether all so far were right), and a try
  // counts only once all three are in, so starting again is how to change one.
  if (state?.name === "reset.answer") return keep(loaded, noGoingBack(state.index > 0));
  if (state !== undefined && ROUNDS_WITHOUT_START_OVER.has(state.name))
    return keep(loaded, noGoingBack(false));
  return keep(loaded, say("input.noBack"));
}

/** The language the word after /language chooses on the list, or null (none typed, or none it names). */
function languageAfterCommand(ctx: FlowContext, argument: string): string | null {
  if (argument === "") return null;
  const list = languageMenu(ctx.deps, MENU_PREFIX).choices ?? [];
  const choice = languageListChoiceTyped(list, argument, ctx.deps.settings.languages);
  return choice === null ? null : choice.slice(MENU_PREFIX.length + LANGUAGE_CHOICE_PREFIX.length);
}

/** Remembers the chat's language and says so in it; an open dialog asks its question again, in it too. */
export async function chooseLanguage(
  ctx: FlowContext,
  code: string,
  loaded: LoadedDialog | null,
): Promise<Transition> {
  if (!isLanguage(code) || !ctx.deps.settings.languages.includes(code))
    return keep(loaded, say("button.expired"));
  await ctx.deps.store.setChatLanguage(ctx.chat, code);
  ctx.language = code;
  // The language list's own step is done once a language is chosen.
  if (loaded !== null && loaded.document.state.name !== "language.choose")
    return keep(loaded, say("language.set"));
  return end(say("language.set"), await menuOrOutageNote(ctx));
}

/**
 * The menu that follows a reply of its own (a language chosen, a message too long); while the directory does
 * not answer (it says whose menu), a note that says to ask for it later. The reply before it stands: the
 * outage must not take its place.
 */
export async function menuOrOutageNote(ctx: FlowContext): Promise<Reply> {
  try {
    return await menu(ctx);
  } catch (error) {
    if (!(error instanceof DirectoryUnavailableError)) throw error;
    // Logged and alerted as any outage a turn meets; the words are the menu's, not "try again".
    explainError(ctx.deps, error);
    return say("menu.directoryDown");
  }
}

/**
 * The start menu; a linked teacher or admin gets their own commands instead, and on a phone she shares with
 * her children, theirs after hers.
 */
export async function menu(ctx: FlowContext): Promise<Reply> {
  return (await menuOf(ctx)).reply;
}

/** The menu (see menu), and whether it is a teacher's or admin's: hints about it are in the adult register. */
export async function menuOf(ctx: FlowContext): Promise<{ reply: Reply; staff: boolean }> {
  const { reply, actor } = menuOfPeople(await peopleLinkedHere(ctx), ctx.deps.settings.accountName);
  return { reply, staff: actor !== null };
}

/**
 * The students' help, and the staff commands for a chat linked to a teacher or admin (both on a shared phone).
 * In the middle of a dialog (its question follows) a student is told what that step wants and how to stop
 * (the step's own help, else "answer my message below") instead of the list, whose "/setup … Do it first"
 * would confuse a child in the middle of set-up.
 */
async function help(ctx: FlowContext, state: DialogState | undefined): Promise<Reply[]> {
  const students = state === undefined ? say("help") : stepHelp(ctx, state);
  const here = await linkedRoles(ctx);
  if (here.staff === null) return [students];
  return [
    say("staff.help", { role: here.staff }),
    ...(here.staff === "admin" ? [say("staff.adminHelp")] : []),
    ...(here.student ? [students] : []),
  ];
}

/**
 * The role of the staff account that acts here (staffAmong), and whether a student is linked here too. While
 * the directory does not answer, the staff role it last gave (StaffRolesSeen): her list of commands is fixed
 * text, and each command asks the directory itself; the others linked are taken as the children they most
 * likely are. Without one the outage stands: a teacher the process has not seen must not get the children's list.
 */
async function linkedRoles(
  ctx: FlowContext,
): Promise<{ staff: StaffPerson["role"] | null; student: boolean }> {
  try {
    const people = await peopleLinkedHere(ctx);
    return { staff: staffAmong(people)?.role ?? null, student: people.some((p) => p.role === "student") };
  } catch (error) {
    if (!(error instanceof DirectoryUnavailableError)) throw error;
    const linked = await ctx.deps.store.linkedPeople(ctx.chat);
    const staff = await staffRoleRemembered(ctx, linked);
    if (staff === null) throw error;
    const roles = ctx.deps.recentStudents.staffRoles;
    return { staff, student: linked.some((id) => roles.roleOf(id) === null) };
  }
}

/**
 * Whether a teacher or admin acts here, for the register of the language list's hints. The list needs no
 * directory: while it does not answer, the staff role it last gave (linkedRoles), else a child's words.
 */
async function staffActsHere(ctx: FlowContext): Promise<boolean> {
  try {
    return (await linkedRoles(ctx)).staff !== null;
  } catch (error) {
    if (!(error instanceof DirectoryUnavailableError)) throw error;
    return false;
  }
}

/** What the open step wants, in its own words when it declares them, else how to go on or stop. */
function stepHelp(ctx: FlowContext, state: DialogState): Reply {
  return stepNamed(state.name).help?.(ctx, state as never) ?? say("help.inDialog");
}
