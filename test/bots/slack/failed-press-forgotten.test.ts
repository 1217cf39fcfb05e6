import { expect, it } from "vitest";
import { ChatQueue } from "../../../src/bots/chat-queue.js";
import { BoxTiming } from "../../../src/bots/slack/box-timing.js";
import type { OutcomePresenter } from "../../../src/bots/slack/outcome-presenter.js";
import type { SlackApi } from "../../../src/bots/slack/slack-api.js";
import { fromBlockAction } from "../../../src/bots/slack/to-inbound.js";
import { CapturedLogs } from "../../helpers/captured-logs.js";
import { submittedBox } from "./submitted-box.js";

/*
 * A press or a box's Send is marked for 10 seconds, so that a double click does one thing. A turn that
 * fails (the core threw) took nothing: its mark is forgotten, so that the child can press or send again at
 * once instead of being taken for the second click of a double click.
 */
function boxTimingWhoseCoreThrows() {
  const forgotten: string[] = [];
  const boxes = new BoxTiming({
    api: { openView: () => Promise.resolve("V0WAIT0001") } as unknown as SlackApi,
    presenter: {} as OutcomePresenter,
    engine: { handle: () => Promise.reject(new Error("the core broke")) },
    queue: new ChatQueue(),
    withEmail: (inbound) => Promise.resolve(inbound),
    languageOf: () => "en",
    openStep: () => Promise.resolve(2),
    registerOf: () => Promise.resolve("child"),
    pressMarks: {
      firstTime: () => Promise.resolve(true),
      forgetFirstTime: (key) => Promise.resolve(void forgotten.push(key)),
    },
    clock: Date.now,
  });
  return { boxes, forgotten, log: new CapturedLogs().logger };
}

it("a box's Send whose turn failed is forgotten: sent again at once, it is new", async () => {
  const { boxes, forgotten, log } = boxTimingWhoseCoreThrows();
  const input = submittedBox("S1001");

  await boxes.submit(input, () => Promise.resolve(), log);
  expect(forgotten).toEqual(["slack-press:sent:V0BOX00001:2"]);
});

it("a Home tab button whose turn failed is forgotten: pressed again at once, it is new", async () => {
  const { boxes, forgotten, log } = boxTimingWhoseCoreThrows();
  const input = fromBlockAction({
    type: "block_actions",
    user: { id: "U0KID00001" },
    trigger_id: "1.2.abc",
    container: { type: "view", view_id: "V0HOME0001" },
    view: { id: "V0HOME0001", hash: "1.abc" },
    actions: [{ type: "button", action_id: "sspr_choice:0", value: "setup" }],
  });
  if (input.kind !== "interaction") throw new Error(`not a press: ${input.kind}`);

  await expect(boxes.interact(input, log)).rejects.toThrow("the core broke");
  expect(forgotten).toEqual(["slack-press:view:V0HOME0001:1.abc:setup"]);
});
