import { afterEach, describe, expect, it } from "vitest";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE, readSchoolFile } from "../../../src/directory/school-file.js";
import type { SetPasswordOptions } from "../../../src/core/ports/directory.js";
import { until } from "../../helpers/until.js";
import { schoolWithEmail } from "./school-with-email.js";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

let world: SlackWorld | undefined;

afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** The demo school, with a directory that sets a password only once `slowUntil` resolves. */
class SlowDirectory extends MemoryDirectory {
  slowUntil: () => Promise<void> = async () => {};

  override async setPassword(id: string, password: string, options: SetPasswordOptions): Promise<void> {
    await this.slowUntil();
    return super.setPassword(id, password, options);
  }
}

describe("notices to a Slack user from elsewhere", () => {
  it("a notice goes to the user's DM; a protected one goes to their Home tab, never to a message", async () => {
    world = await SlackWorld.create();
    const chat = { channel: "slack" as const, chatUserId: "U0OTHER001" };
    await world.app.notifier.notify(chat, {
      text: { key: "notice.passwordChanged", params: { account: "MIMS", name: "Tan Wei Ling" } },
    });
    await world.app.notifier.notify(chat, {
      text: {
        key: "reset.generated",
        params: { password: "Mango-Tiger-Cloud-47", minutes: 5, seconds: 300 },
      },
      protect: { deleteAfterSeconds: 300 },
    });
    await world.channel.idle();
    expect(world.api.callsTo("conversations.open")[0]!.args.users).toBe("U0OTHER001");
    const posted = world.postedMessages();
    expect(posted).toContain("Tan Wei Ling, your MIMS password was just changed.");
    expect(posted).toContain("Open the Home tab now");
    expect(posted).not.toContain("Mango-Tiger-Cloud-47");
    expect(JSON.stringify(world.api.homeOf("U0OTHER001"))).toContain("Mango-Tiger-Cloud-47");
    expect(world.logs.text).not.toContain("Mango-Tiger-Cloud-47");
  });

  it("a secret on the Home tab for 30 seconds says 30 seconds, not a minute", async () => {
    world = await SlackWorld.create();
    const chat = { channel: "slack" as const, chatUserId: "U0OTHER002" };
    await world.app.notifier.notify(chat, {
      text: { key: "reset.generated", params: { password: "Mango-Tiger-Cloud-47", minutes: 0, seconds: 30 } },
      protect: { deleteAfterSeconds: 30 },
    });
    await world.channel.idle();
    expect(world.postedMessages()).toContain("It goes away in about 30 seconds.");
    const home = JSON.stringify(world.api.homeOf("U0OTHER002"));
    expect(home).toContain("It disappears from here in about 30 seconds.");
    expect(home).toContain("this message will disappear in 30 seconds.");
  });
});

describe("SLACK_TRUST_WORKSPACE_EMAIL", () => {
  it("off (the default): a matching email still needs the password", async () => {
    world = await SlackWorld.create({}, { directory: await schoolWithEmail("Wei.Ling@school.example") });
    world.api.setUser("U0KID00001", {
      is_email_confirmed: true,
      profile: { email: "wei.ling@school.example" },
    });
    const kid = new SlackKid(world);
    await kid.command("setup");
    await kid.submitBox("S1001");
    expect(kid.boxText).toContain("Now type your password.");
  });

  it("on: a confirmed workspace email equal to the directory's links without the password", async () => {
    world = await SlackWorld.create(
      { SLACK_TRUST_WORKSPACE_EMAIL: "true" },
      { directory: await schoolWithEmail("Wei.Ling@school.example") },
    );
    world.api.setUser("U0KID00001", {
      is_email_confirmed: true,
      profile: { email: "wei.ling@school.example" },
    });
    const kid = new SlackKid(world);
    await kid.command("setup");
    await kid.submitBox("S1001");
    expect(kid.box).toBeNull();
    expect(kid.said).toContain("Great, it's you, Tan Wei Ling!");
    const audit = await world.app.deps.store.recentAudit(10);
    expect(audit.find((e) => e.event === "link")).toMatchObject({
      outcome: "ok",
      reason: "trusted workspace email",
    });
    // One users.info answer gave the email and the Slack locale (SLACK_USER_LOCALE is on by default).
    expect(world.api.callsTo("users.info")).toHaveLength(1);
  });

  it("on: an unconfirmed email, a guest, or another person's id still needs the password", async () => {
    world = await SlackWorld.create(
      { SLACK_TRUST_WORKSPACE_EMAIL: "true" },
      { directory: await schoolWithEmail("Wei.Ling@school.example") },
    );
    const unconfirmed = new SlackKid(world, "U0KID00002");
    world.api.setUser(unconfirmed.userId, {
      is_email_confirmed: false,
      profile: { email: "wei.ling@school.example" },
    });
    const guest = new SlackKid(world, "U0KID00003");
    world.api.setUser(guest.userId, {
      is_email_confirmed: true,
      is_restricted: true,
      profile: { email: "wei.ling@school.example" },
    });
    const classmate = new SlackKid(world, "U0KID00004");
    world.api.setUser(classmate.userId, {
      is_email_confirmed: true,
      profile: { email: "aisha@school.example" },
    });
    for (const someone of [unconfirmed, guest, classmate]) {
      await someone.command("setup");
      await someone.submitBox("S1001");
      expect(someone.boxText).toContain("Now type your password.");
    }
  });
});

describe("a slow directory", () => {
  it("a click whose work outlasts Slack's 3 seconds gets a 'one moment' box, then the password in it", async () => {
    const school = await readSchoolFile(DEMO_SCHOOL_FILE);
    const directory = new SlowDirectory(school.people);
    world = await SlackWorld.create({}, { directory, slowAfterMs: 50 });
    // Slower than the channel's patience, however busy the machine: done only once this click's "one moment"
    // shows. On a busy machine an earlier step can outlast 50 ms and open one too, so count from the click.
    const api = world.api;
    const oneMoments = () =>
      api.callsTo("views.open").filter((c) => JSON.stringify(c.args.view).includes("One moment")).length;
    let beforeClick = Infinity;
    directory.slowUntil = () => until(() => oneMoments() > beforeClick, "the click's 'one moment' box");
    const kid = new SlackKid(world);
    await kid.command("setup");
    await kid.submitBox("S1001");
    await kid.submitBox("Garden-Lamp-21");
    for (const [question, answer] of [
      ["animal", "Elephant"],
      ["colour", "Turquoise"],
      ["food", "Nasi lemak"],
    ]) {
      await kid.pressButton(`favourite ${question}`);
      await kid.submitBox(answer!);
    }
    await kid.command("reset");
    for (let i = 0; i < 3; i++) {
      const answer = kid.boxText.includes("animal")
        ? "Elephant"
        : kid.boxText.includes("colour")
          ? "Turquoise"
          : "Nasi lemak";
      await kid.submitBox(answer);
    }
    beforeClick = oneMoments();
    await kid.pressButton("Make one for me");
    const opened = world.api.callsTo("views.open").at(-1)!;
    expect(JSON.stringify(opened.args.view)).toContain("One moment");
    const updated = world.api.callsTo("views.update").at(-1)!;
    expect(updated.args.view_id).toBe((opened.result.view as { id: string }).id);
    expect(JSON.stringify(updated.args.view)).toContain("Your new password is:");
  });
});
