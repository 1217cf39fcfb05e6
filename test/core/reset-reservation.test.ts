import { afterEach, describe, expect, it } from "vitest";
import { storeKeys } from "../../src/store/keys.js";
import { alreadySetUp, answersFor, resetTranscript } from "../helpers/security-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
/** An LDAP school whose directory may take up to a minute a step (the demo school stands in for it). */
const SLOW_LDAP = {
  DIRECTORY: "ldap",
  LDAP_URL: "ldaps://dc.school.local",
  LDAP_BIND_DN: "cn=bot,dc=school",
  LDAP_BIND_PASSWORD: "pw",
  LDAP_BASE_DN: "dc=school",
  LDAP_TIMEOUT_MS: "60000",
};

let world: TestWorld | undefined;
afterEach(async () => world?.close());

describe("a reset holds its reservation while the directory sets the password", () => {
  it("for longer than the slowest password change LDAP_TIMEOUT_MS allows, so no second reset can slip in", async () => {
    world = await TestWorld.create(SLOW_LDAP);
    const kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
    let heldMs = 0;
    world.directory.duringSetPassword = async () => {
      heldMs = await world!.redis.pttl(storeKeys(world!.prefix).resetReservation("S1001"));
    };
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("Your new password is");
    expect(heldMs).toBeGreaterThan(7 * 60_000);
  });
});
