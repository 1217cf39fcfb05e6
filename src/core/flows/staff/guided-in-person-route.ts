import { z } from "zod";
import { endDeclined, say, stay } from "../flow.js";
import { defineStep, type Step } from "../define-step.js";
import { personId, personVersion } from "../state-fields.js";
import { yesOrNoAs } from "../../yes-or-no.js";
import { setGuidedPassword } from "./guided-password.js";

/**
 * A guided reset's in-person route: the teacher confirms she checked the student in person (and, for a lost
 * phone, that their chat is to be unlinked); the password is then shown on her device.
 */
const guidedInPersonState = z.object({
  name: z.literal("guided.inPerson"),
  studentId: personId,
  studentName: z.string(),
  /** The student has a linked chat they cannot use: confirming also unlinks it. */
  unlinkChat: z.boolean(),
  /**
   * The student's version and the time when the routes were offered: whatever changed since (a password
   * given meanwhile, a chat linked) stops the reset when she confirms. Absent in states left by older code.
   */
  personVersion: personVersion.optional(),
  routesShownAt: z.number().optional(),
});
export const guidedInPersonStep: Step<typeof guidedInPersonState> = defineStep({
  state: guidedInPersonState,
  input: "choice",
  role: "staff",
  secret: false,
  prompt: (_ctx, state) => ({
    ...say(state.unlinkChat ? "guided.confirmUnlink" : "guided.confirmInPerson", { name: state.studentName }),
    choices: [
      { id: "yes", label: { key: "guided.confirmYes" } },
      { id: "cancel", label: { key: "common.cancel" } },
    ],
  }),
  // A busy teacher types "yes" (or "no") to "Please confirm...": a word, unlike a typed number, is never meant
  // for another step (only a tap counts here, see TAP_ONLY_STATES).
  typedAsChoice: yesOrNoAs("yes", "cancel"),
  async handle(ctx, state, input) {
    if (input.value === "cancel") return endDeclined(say("chat.cancelled"));
    if (input.value !== "yes") return stay(state, say("input.useButtons"));
    const { personVersion, routesShownAt } = state;
    return setGuidedPassword(ctx, state.studentId, {
      route: state.unlinkChat ? "in person, chat unlinked" : "in person",
      ...(personVersion !== undefined ? { personVersion } : {}),
      ...(routesShownAt !== undefined ? { routesShownAt } : {}),
    });
  },
});
