import { afterEach, describe, expect, it } from "vitest";
import { DirectoryUnavailableError } from "../../../src/core/errors.js";
import { MemoryDirectory } from "../../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE, readSchoolFile } from "../../../src/directory/school-file.js";
import { DEMO_PASSWORDS } from "../../helpers/security-helpers.js";
import { SlackKid } from "./slack-kid.js";
import { SlackWorld } from "./slack-world.js";

/** A family email the directory gives two siblings (Wei Ling and Aisha): the Slack account has it once. */
const FAMILY_EMAIL = "tan.family@school.example";

let world: SlackWorld | undefined;

afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** A directory that finds people but cannot say, just then, whether anyone else has an email. */
class EmailSearchDown extends MemoryDirectory {
  override async sharesEmail(): Promise<boolean> {
    throw new DirectoryUnavailableError();
  }
}

async function familyEmailOnSlack(
  emails: readonly string[] = ["S1001", "S1002"],
  Directory: typeof MemoryDirectory = MemoryDirectory,
): Promise<SlackKid> {
  const school = await readSchoolFile(DEMO_SCHOOL_FILE);
  const directory = new Directory(
    school.people.map((p) => (emails.includes(p.id) ? { ...p, email: FAMILY_EMAIL } : p)),
  );
  world = await SlackWorld.create({ SLACK_TRUST_WORKSPACE_EMAIL: "true" }, { directory });
  const kid = new SlackKid(world);
  world.api.setUser(kid.userId, { is_email_confirmed: true, profile: { email: FAMILY_EMAIL } });
  return kid;
}

const linkedTo = (kid: SlackKid) =>
  world!.app.deps.store.linkedPeople({ channel: "slack", chatUserId: kid.userId });

/**
 * SLACK_TRUST_WORKSPACE_EMAIL links a student without her password when her verified Slack email is her
 * directory email. An email the directory gives two students names neither: the Slack account that has it
 * linked either sibling at once, and could then set up (or replace) her answers and reset her password.
 */
describe("Slack: an email the directory gives two students proves neither", () => {
  it("the sibling's user ID asks for her password, and nothing is linked without it", async () => {
    const kid = await familyEmailOnSlack();
    await kid.command("setup");
    await kid.submitBox("S1002");
    expect(kid.said).not.toContain("Great, it's you");
    expect(kid.box).not.toBeNull();
    expect(await linkedTo(kid)).toEqual([]);

    // Her password still links her, as anyone's does.
    await kid.submitBox(DEMO_PASSWORDS.S1002);
    expect(kid.said).toContain("Great, it's you, Aisha Binte Rahman!");
    expect(await linkedTo(kid)).toEqual(["s1002"]);
  });

  it("the account's own user ID asks for the password too, and /logout says linking again needs it", async () => {
    const kid = await familyEmailOnSlack();
    await kid.command("setup");
    await kid.submitBox("S1001");
    expect(kid.box).not.toBeNull();
    expect(await linkedTo(kid)).toEqual([]);
    await kid.submitBox(DEMO_PASSWORDS.S1001);
    await kid.command("cancel");

    await kid.command("logout");
    expect(kid.said).toContain("To link it again, you will need your password.");
  });

  it("an email that is hers alone links her, but not while the directory cannot say so", async () => {
    const kid = await familyEmailOnSlack(["S1001"], EmailSearchDown);
    await kid.command("setup");
    await kid.submitBox("S1001");
    expect(kid.box).not.toBeNull();
    expect(await linkedTo(kid)).toEqual([]);
    await world?.close();

    const own = await familyEmailOnSlack(["S1001"]);
    await own.command("setup");
    await own.submitBox("S1001");
    expect(own.box).toBeNull();
    expect(own.said).toContain("Great, it's you, Tan Wei Ling!");
  });
});
