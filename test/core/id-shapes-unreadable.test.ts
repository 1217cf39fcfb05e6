import { describe, expect, it, vi } from "vitest";
import { DirectorySizeLimitError } from "../../src/core/errors.js";
import type { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { recordingDirectory } from "../helpers/recording-directory.js";
import { TYPED_ID_ROUTE, worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, PRIYA } from "../helpers/staff-helpers.js";

const NOT_ANSWERING = "The school system is not answering.";

/**
 * The listing of the school's user IDs behind their shapes, replaced: each call counted, after `delayMs`,
 * failing as a slapd with its default size limit (500) fails it while `failing()` says so.
 */
function watchIdListing(memory: MemoryDirectory, failing: () => boolean, delayMs = 0) {
  const counted = { listings: 0 };
  const list = memory.forEachId.bind(memory);
  memory.forEachId = async (visit) => {
    counted.listings += 1;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (failing()) throw new DirectorySizeLimitError("forEachId", "LDAP 4 size limit exceeded");
    return list(visit);
  };
  return counted;
}

/** The listing of the school's user IDs, held until the test lets it finish (a big school's slow first listing). */
function heldIdListing(memory: MemoryDirectory) {
  const list = memory.forEachId.bind(memory);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let listed: Promise<void> = Promise.resolve();
  const listing = { started: 0, finish: async () => (release(), await listed) };
  memory.forEachId = (visit) => {
    listing.started += 1;
    listed = released.then(() => list(visit));
    return listed;
  };
  return listing;
}

/** The demo school and a pupil whose user ID looks like a password, each ID the directory is asked about noted. */
async function school(env: Record<string, string> = {}) {
  const { directory, memory, searched } = await recordingDirectory();
  const { world } = await worldOnSchoolClock({ STAFF_PASSWORD_AGAIN_MINUTES: "0", ...env }, directory);
  memory.add({
    id: "tan.wl2015",
    name: "Tan Wei Lun",
    role: "student",
    classes: ["4A"],
    password: "Blue-Kite-61",
    disabled: false,
  });
  return { world, memory, searched };
}

/*
 * The shapes of the school's user IDs come from a listing of every person. On an OpenLDAP whose IT has not
 * lifted the default size limit (500) for the bot's account, or any directory that fails it, every student
 * whose real ID looks like a password (tan.wl2015) was told "The school system is not answering" at set-up
 * and at a typed-ID reset, for as long as it failed (forever, for a size limit), and admins at /guided. And
 * each such message, or each of many at once, started a listing of the whole school.
 */
describe("while the school's user IDs cannot be listed", () => {
  it("a pupil whose user ID looks like a password still sets up: it is looked up as before", async () => {
    const { world, memory, searched } = await school();
    watchIdListing(memory, () => true);
    const kid = world.chat("kid-wei-lun");
    await kid.send("/setup");
    await kid.send("tan.wl2015");
    expect(kid.lastText).not.toContain(NOT_ANSWERING);
    expect(searched).toContain("tan.wl2015");
    await kid.send("Blue-Kite-61");
    expect(kid.lastText).toContain("Tan Wei Lun");
    // IT is told once, and never what anyone typed.
    const warnings = world.logs.lines.filter((line) => line.includes("shapes of the school's user IDs"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("size.prtotal");
    expect(world.logs.text).not.toContain("Blue-Kite-61");
  });

  it("her typed-ID reset and an admin's /guided find her too", async () => {
    const { world, memory } = await school(TYPED_ID_ROUTE);
    watchIdListing(memory, () => true);
    const phone = world.chat("borrowed-phone");
    await phone.send("/reset");
    await phone.send("tan.wl2015");
    expect(phone.lastText).not.toContain(NOT_ANSWERING);
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/guided TAN.WL2015");
    expect(admin.lastText).toContain("Tan Wei Lun");
  });

  it("a listing that takes long (the first after a start, in a big school): she is looked up after 2 s, not kept waiting", async () => {
    const { world, memory, searched } = await school();
    const listing = heldIdListing(memory);
    const kid = world.chat("kid-wei-lun");
    await kid.send("/setup");
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    const sent = kid.send("tan.wl2015");
    await vi.waitFor(() => expect(listing.started).toBe(1));
    expect(searched).not.toContain("tan.wl2015");
    await vi.advanceTimersByTimeAsync(2_000);
    await sent;
    vi.useFakeTimers({ toFake: ["Date"] });
    expect(searched).toContain("tan.wl2015");
    await kid.send("Blue-Kite-61");
    expect(kid.lastText).toContain("Tan Wei Lun");
    // The listing went on, and serves the next child.
    await listing.finish();
    const other = world.chat("other");
    await other.send("/setup");
    searched.length = 0;
    await other.send("River-Kite-34");
    expect(searched).toEqual([]);
    expect(listing.started).toBe(1);
  });

  it("twenty password-like messages from one chat start one listing, not twenty", async () => {
    const { world, memory } = await school({ CHAT_MAX_ID_LOOKUPS_PER_MINUTE: "60" });
    const counted = watchIdListing(memory, () => true);
    const stranger = world.chat("stranger");
    await stranger.send("/setup");
    for (let n = 10; n < 30; n += 1) {
      await stranger.send(`Garden-Lamp-${n}`);
      if (stranger.lastText.includes("/setup")) await stranger.send("/setup");
    }
    expect(counted.listings).toBe(1);
  });

  it("ten children at once on an empty cache share one listing, working or failing", async () => {
    for (const failing of [false, true]) {
      const { world, memory } = await school();
      const counted = watchIdListing(memory, () => failing, 50);
      const kids = Array.from({ length: 10 }, (_, n) => world.chat(`kid-${n}`));
      for (const kid of kids) await kid.send("/setup");
      await Promise.all(kids.map((kid, n) => kid.send(`River-Kite-${20 + n}`)));
      expect(counted.listings, failing ? "failing" : "working").toBe(1);
    }
  });
});
