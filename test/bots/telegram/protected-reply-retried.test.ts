import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { retryPolicyFor } from "../../../src/bots/telegram/retrying-api.js";
import type { TelegramChannel } from "../../../src/bots/telegram/telegram-channel.js";
import { until } from "../../helpers/until.js";
import type { ChatMessage } from "./fake-bot-api.js";
import { answerResetRight, setUpS1001 } from "./kid-answers.js";
import { TelegramKid } from "./telegram-kid.js";
import { TelegramWorld } from "./telegram-world.js";

/*
 * Found by an attacker's QA pass: a sendMessage that Telegram delivered but whose answer never came back in
 * time (a slow Bot API, a dropped connection) was sent again. Only the copy whose message id came back was
 * deleted later, so the first copy of a child's new password stayed in her chat for good, for anyone holding
 * the phone to scroll up to.
 */

/** Each try may take this long here (10 s in production). */
const TIMEOUT_MS = 500;
const isProtected = (payload: Record<string, unknown>) => payload.protect_content === true;

let world: TelegramWorld;
let channel: TelegramChannel;
let kid: TelegramKid;

beforeEach(async () => {
  ({ world, channel } = await TelegramWorld.create(
    {},
    {
      channel: (w) => ({
        retry: { ...retryPolicyFor(TIMEOUT_MS), sleep: async (ms) => w.retryWaits.push(ms) },
      }),
    },
  ));
  kid = new TelegramKid(world, 271828);
  await setUpS1001(kid);
  expect(kid.texts.join()).toContain("All done");
  await answerResetRight(kid);
  expect(kid.texts.join()).toContain("all 3 answers are right");
});
afterEach(async () => world.close(channel));

/**
 * The new password, from the message that showed it to the child. Waited for: the webhook answers within
 * 2 s even while a slow call is still being retried.
 */
async function newPasswordShown(): Promise<string> {
  const shownTexts = () => world.api.messagesShowing("Your new password is").flatMap((m) => m.texts);
  await until(() => shownTexts().length > 0, "the child shown her new password");
  return /\n\n(\S+)\n\n/.exec(shownTexts().find((t) => t.includes("Your new password is"))!)![1]!;
}

/** Moves past GENERATED_PASSWORD_DELETE_SECONDS (30 here) and lets the deletion jobs run. */
async function afterTheDeletionDelay(): Promise<void> {
  world.advance(31_000);
  await world.fullJobLook();
}

const stillInTheChat = (messages: ChatMessage[]) =>
  messages.filter((m) => !m.deleted).map((m) => ({ messageId: m.messageId, texts: m.texts }));

describe("a protected reply whose send is tried again", () => {
  it("leaves no copy of the password in the chat when Telegram delivered it but its answer was lost", async () => {
    world.api.loseNextAnswer("sendMessage", isProtected);
    await kid.press("Make one for me");
    const password = await newPasswordShown();
    expect(await world.app.deps.directory.authenticate("S1001", password)).not.toBeNull();
    const sends = world.api.callsTo("sendMessage").filter((c) => isProtected(c.payload));
    expect(sends.length, "the send was tried again").toBeGreaterThanOrEqual(2);

    await afterTheDeletionDelay();
    expect(stillInTheChat(world.api.messagesShowing(password))).toEqual([]);
    // She saw it once: the retry copied only a placeholder that gives nothing away.
    expect(world.api.messagesShowing(password)).toHaveLength(1);
    expect(world.logs.text).not.toContain(password);
  });

  it("takes Telegram's 'message is not modified' for an edit that went through but whose answer was lost", async () => {
    world.api.loseNextAnswer("editMessageText");
    await kid.press("Make one for me");
    const password = await newPasswordShown();
    expect(world.api.callsTo("editMessageText").length).toBeGreaterThanOrEqual(2);
    expect(world.logs.text).not.toContain("could not send a reply");

    await afterTheDeletionDelay();
    expect(world.api.messagesShowing(password)).toHaveLength(1);
    expect(stillInTheChat(world.api.messagesShowing(password))).toEqual([]);
  });

  it("deletes the placeholder on time and logs the reply by its key when the password cannot be put in", async () => {
    // Blocked between the placeholder and the edit. (A placeholder Telegram no longer has is another case:
    // the password then goes as a new message, protected-edit-not-found.test.ts.)
    world.api.failNext("editMessageText", 403, {
      ok: false,
      error_code: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    await kid.press("Make one for me");
    const sent = world.api.callsTo("sendMessage").filter((c) => isProtected(c.payload));
    expect(sent).toHaveLength(1);
    const placeholderId = (sent[0]!.result as { message_id: number }).message_id;
    const placeholder = () => world.api.messages.find((m) => m.messageId === placeholderId);
    expect(world.logs.text).toContain("could not send a reply to Telegram");
    expect(world.logs.text).toContain("reset.generated");

    await afterTheDeletionDelay();
    expect(placeholder()?.deleted).toBe(true);
  });
});
