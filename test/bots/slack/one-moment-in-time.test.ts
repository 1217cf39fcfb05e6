import { afterEach, expect, it, vi } from "vitest";
import { ChatQueue } from "../../../src/bots/chat-queue.js";
import { BoxTiming } from "../../../src/bots/slack/box-timing.js";
import { waitModal } from "../../../src/bots/slack/modals.js";
import type { OutcomePresenter } from "../../../src/bots/slack/outcome-presenter.js";
import type { SlackApi } from "../../../src/bots/slack/slack-api.js";
import { CapturedLogs } from "../../helpers/captured-logs.js";
import { submittedBox } from "./submitted-box.js";

/*
 * Slack waits 3 seconds for the response to a box's Send, the way back included. The HTTP tests (see
 * answered-while-chat-busy.test.ts) shorten "One moment" to run fast; this one holds the production timing
 * to Slack's limit, with a turn that never ends (the chat's lock held elsewhere, a directory that hangs).
 */
const WITH_ROOM_FOR_THE_WAY_BACK_MS = 2_500;

afterEach(() => {
  vi.useRealTimers();
});

it("a box whose turn never ends is answered 'One moment' well within Slack's 3 seconds", async () => {
  vi.useFakeTimers();
  const boxes = new BoxTiming({
    // Nothing is shown before the turn ends, and it never does.
    api: {} as SlackApi,
    presenter: {} as OutcomePresenter,
    engine: { handle: () => new Promise(() => undefined) },
    queue: new ChatQueue(),
    withEmail: (inbound) => Promise.resolve(inbound),
    languageOf: () => "en",
    openStep: () => Promise.resolve(2),
    registerOf: () => Promise.resolve("child"),
    pressMarks: { firstTime: () => Promise.resolve(true), forgetFirstTime: () => Promise.resolve() },
    clock: Date.now,
  });
  const responses: unknown[] = [];
  let answered = false;
  void boxes
    .submit(
      submittedBox("Garden-Lamp-21"),
      (response) => Promise.resolve(void responses.push(response)),
      new CapturedLogs().logger,
    )
    .then(() => (answered = true));

  await vi.advanceTimersByTimeAsync(WITH_ROOM_FOR_THE_WAY_BACK_MS);
  expect(answered).toBe(true);
  expect(responses).toEqual([{ response_action: "update", view: waitModal("en") }]);
});
