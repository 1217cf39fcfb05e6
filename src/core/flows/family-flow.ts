import { z } from "zod";
import { audit } from "../audit.js";
import { end, endDeclined, say, stay } from "./flow.js";
import { defineStep, type Step } from "./define-step.js";
import { asDirectoryKnows, asDirectorySpells } from "./directory-spelling.js";
import { personId } from "./state-fields.js";
import { personNamed } from "./person-named.js";
import { toldUnlinked } from "./logout-words.js";
import { startReminderCheck } from "./practice-reminder-flow.js";
import { startOwnReset } from "./reset-flow.js";
import { resetStopped } from "./reset-stopped.js";
import { registerOf } from "../i18n/register.js";
import { staffPasswordBeforeLogout } from "./staff/staff-step-up.js";

/**
 * A family phone: siblings (often on a parent's phone) share one chat, each their own student with their own
 * questions, limits and possession rule. /reset and /logout ask "Which of you?" first. For /logout the choice
 * is the confirmation (logout-flow.ts): the question says what unlinking means, and "No, keep everyone" ends it.
 */
const familyWhoState = z.object({
  name: z.literal("family.who"),
  purpose: z.enum(["reset", "logout", "practice"]),
  // Up to CHAT_MAX_LINKED_STUDENTS (at most 20) students, and the staff linked with them, who take no place.
  people: z
    .array(z.object({ id: personId, name: z.string() }))
    .min(2)
    .max(50),
  /** /logout: the name of the one /setup links here again with her user ID alone (a trusted Slack email). */
  linksByEmail: z.string().optional(),
});
const WHO_QUESTION = {
  reset: "family.whoResets",
  practice: "family.whoPractises",
  logout: "family.whoLogsOut",
} as const;

export const familyWhoStep: Step<typeof familyWhoState> = defineStep({
  state: familyWhoState,
  input: "choice",
  role: "anyone",
  secret: false,
  prompt: (_ctx, state) => ({
    ...(state.purpose === "logout" && state.linksByEmail !== undefined
      ? say("family.whoLogsOutByEmail", { name: state.linksByEmail })
      : say(WHO_QUESTION[state.purpose])),
    choices: [
      ...state.people.map((p, i) => ({
        id: String(i),
        label: { key: "question" as const, params: { question: p.name } },
      })),
      ...(state.purpose === "logout"
        ? [
            { id: "all", label: { key: "family.everyone" as const } },
            { id: "keep", label: { key: "family.keepEveryone" as const } },
          ]
        : []),
    ],
  }),
  // A reset begun here is a reset already: stopped by a command, it says so, as at its other steps. "Who
  // should I unlink?" stopped by anything keeps everyone linked, and says so, as /logout's one-person question.
  stoppedNotice: (state, by) => {
    if (state.purpose === "reset") return resetStopped(state, by);
    return state.purpose === "logout" ? say("family.keptEveryone") : null;
  },
  // "Who should I unlink?" left alone ends quietly, as /logout's one-person question: nothing was under way.
  expiresQuietly: (state) => state.purpose === "logout",
  // A child may type her name (or user ID) instead of tapping it; /logout's list takes only a tap. Her name
  // is read by personNamed alone, never as button words run together ("I'm Ran Lee" is no "Imran Lee").
  buttonsArePeople: true,
  typedAsChoice: (state, text) => {
    const named = personNamed(state.people, text);
    return named < 0 ? null : String(named);
  },
  async handle(ctx, state, input) {
    const value = input.value;
    if (state.purpose === "logout" && value === "keep") return endDeclined(say("family.keptEveryone"));
    const linked = await ctx.deps.store.linkedPeople(ctx.chat);
    if (state.purpose === "logout") {
      // A staff link among those to go (her name, or Everyone): the child holding the phone must not unlink
      // her parent's staff account, so her password is asked first, as at her staff commands here.
      const going = value === "all" ? state.people : state.people.filter((_, i) => String(i) === value);
      // As the directory says now; one that does not answer keeps nobody linked (a child's words, no password).
      const known = await asDirectoryKnows(
        ctx,
        going.map((p) => p.id),
      );
      const staff = known.some((person) => registerOf(person.role) === "staff");
      const asked = staff ? await staffPasswordBeforeLogout(ctx, going) : null;
      if (asked !== null) return asked;
    }
    if (state.purpose === "logout" && value === "all") {
      // Only those the list named: someone linked here since (a sibling's own /setup) was not asked about.
      const removed: string[] = [];
      for (const person of state.people) {
        if (linked.includes(person.id.trim().toLowerCase()))
          removed.push(...(await ctx.deps.store.unlinkChat(ctx.chat, person.id)));
      }
      return toldUnlinked(ctx, removed);
    }
    const picked = state.people[Number(value)];
    // Still linked here? Someone may have logged out meanwhile.
    if (picked === undefined || !linked.includes(picked.id.trim().toLowerCase())) {
      return stay(state, say("input.useButtons"));
    }
    if (state.purpose === "reset") return startOwnReset(ctx, picked.id, true);
    if (state.purpose === "practice") return startReminderCheck(ctx, picked.id);
    const removed = await ctx.deps.store.unlinkChat(ctx.chat, picked.id);
    for (const id of await asDirectorySpells(ctx, removed)) await audit(ctx, "unlink", id, "ok");
    return end(say("logout.doneFor", { name: picked.name }));
  },
});

/** A family phone: which of the linked people this is about. Their ids and names, no secret. */
export const familySteps = [familyWhoStep] as const;
