import { beforeEach, describe, expect, it } from "vitest";
import { sendDueReminders } from "../../../src/core/flows/practice-reminder-flow.js";
import { WEI_LING } from "../../helpers/dialog-helpers.js";
import { DAY, type SchoolClock, worldOnSchoolClock } from "../../helpers/security-helpers.js";
import type { TestWorld, TestChat } from "../../helpers/test-world.js";
import { schoolWithEmail } from "../../bots/slack/school-with-email.js";

const ANSWERS = ["Tiger", "Purple", "Chicken rice"] as [string, string, string];
const EMAIL = "wei.ling@school.example";

/**
 * A Slack student whose verified email is her directory email (SLACK_TRUST_WORKSPACE_EMAIL) links again with
 * her user ID alone: after a wrong practice reminder she must not be told /setup needs her password.
 */
describe("the practice reminder's 'not all right' says what /setup needs", () => {
  let world: TestWorld;
  let clock: SchoolClock;
  let kid: TestChat;

  beforeEach(async () => {
    ({ world, clock } = await worldOnSchoolClock({}, await schoolWithEmail(EMAIL)));
    kid = world.chat("wei-ling");
    await kid.setUp(WEI_LING.id, WEI_LING.password, ANSWERS);
    await kid.press("No thanks");
    clock.advance(120 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(1);
  });

  async function wrongRound(verifiedEmail?: string): Promise<void> {
    const extra = verifiedEmail === undefined ? {} : { verifiedEmail };
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id, ...extra });
    for (let i = 0; i < 3; i++) await kid.send(`a wrong guess ${i + 1}`, extra);
  }

  it("with a trusted email: only her user ID is needed, no password", async () => {
    await wrongRound(EMAIL);
    expect(kid.lastText).toContain("Not all right.");
    expect(kid.lastText).toContain("/setup");
    expect(kid.lastText).toContain("user ID");
    expect(kid.lastText).not.toContain("password");
  });

  it("without one (another email, or none): her password is needed, and the words say so", async () => {
    await wrongRound("someone.else@school.example");
    expect(kid.lastText).toContain("You will need your password.");
  });
});
