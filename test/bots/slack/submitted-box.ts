import { INPUT_ACTION_ID, INPUT_BLOCK_ID, INPUT_CALLBACK_ID } from "../../../src/bots/slack/modals.js";
import { fromViewSubmission } from "../../../src/bots/slack/to-inbound.js";

/** A child's Send of the box V0BOX00001 at step 2, with `value` typed in it, as BoxTiming.submit takes it. */
export function submittedBox(value: string) {
  const input = fromViewSubmission({
    type: "view_submission",
    user: { id: "U0KID00001" },
    trigger_id: "1.2.abc",
    view: {
      id: "V0BOX00001",
      callback_id: INPUT_CALLBACK_ID,
      private_metadata: JSON.stringify({ step: 2 }),
      state: { values: { [INPUT_BLOCK_ID]: { [INPUT_ACTION_ID]: { value } } } },
    },
  });
  if (input.kind !== "submission") throw new Error(`not a submission: ${input.kind}`);
  return input;
}
