import { afterEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORDS } from "../../helpers/security-helpers.js";
import { schoolWithEmail } from "./school-with-email.js";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

const WEI_LING_EMAIL = "wei.ling@school.example";

let world: SlackWorld | undefined;

afterEach(async () => {
  await world?.close();
  world = undefined;
});

const linkedTo = (kid: SlackKid) =>
  world!.app.deps.store.linkedPeople({ channel: "slack", chatUserId: kid.userId });

/**
 * SLACK_TRUST_WORKSPACE_EMAIL trusts the email Slack confirmed for a member of the school's own workspace.
 * Slack Connect brings in members of other organisations, whose email their own organisation confirmed (an
 * organisation with its own sign-in service confirms whatever address it gives), and `is_stranger` is false
 * for them once they share a channel with the app. Such an email proves nothing about a pupil of this school.
 */
describe("Slack: a confirmed email from another organisation is not trusted", () => {
  it("a Slack Connect member whose confirmed email is Wei Ling's is asked for her password", async () => {
    world = await SlackWorld.create(
      { SLACK_TRUST_WORKSPACE_EMAIL: "true" },
      { directory: await schoolWithEmail(WEI_LING_EMAIL) },
    );
    const outsider = new SlackKid(world, "U0PARTNER1");
    world.api.setUser(outsider.userId, {
      team_id: "T0PARTNER1",
      is_email_confirmed: true,
      is_stranger: false,
      profile: { email: WEI_LING_EMAIL },
    });
    await outsider.command("setup");
    await outsider.submitBox("S1001");
    expect(outsider.said).not.toContain("Great, it's you");
    expect(outsider.boxText).toContain("Now type your password.");
    expect(await linkedTo(outsider)).toEqual([]);
  });

  it("on Enterprise Grid, her account in another workspace of the school's organisation links at once", async () => {
    world = await SlackWorld.create(
      { SLACK_TRUST_WORKSPACE_EMAIL: "true" },
      {
        directory: await schoolWithEmail(WEI_LING_EMAIL),
        beforeStart: (api) => {
          api.enterpriseId = "E0SCHOOLS1";
        },
      },
    );
    const kid = new SlackKid(world);
    world.api.setUser(kid.userId, {
      team_id: "T0PRIMARY2",
      enterprise_user: { id: kid.userId, enterprise_id: "E0SCHOOLS1" },
      is_email_confirmed: true,
      profile: { email: WEI_LING_EMAIL },
    });
    await kid.command("setup");
    await kid.submitBox("S1001");
    expect(kid.said).toContain("Great, it's you, Tan Wei Ling!");
    expect(await linkedTo(kid)).toEqual(["s1001"]);
  });

  it("a member of another Enterprise Grid organisation is asked for her password", async () => {
    world = await SlackWorld.create(
      { SLACK_TRUST_WORKSPACE_EMAIL: "true" },
      {
        directory: await schoolWithEmail(WEI_LING_EMAIL),
        beforeStart: (api) => {
          api.enterpriseId = "E0SCHOOLS1";
        },
      },
    );
    const outsider = new SlackKid(world, "U0PARTNER2");
    world.api.setUser(outsider.userId, {
      team_id: "T0PARTNER2",
      enterprise_user: { id: outsider.userId, enterprise_id: "E0PARTNERS" },
      is_email_confirmed: true,
      profile: { email: WEI_LING_EMAIL },
    });
    await outsider.command("setup");
    await outsider.submitBox("S1001");
    expect(outsider.boxText).toContain("Now type your password.");
    // Her password still links her, as anyone's does.
    await outsider.submitBox(DEMO_PASSWORDS.S1001);
    expect(await linkedTo(outsider)).toEqual(["s1001"]);
  });
});
