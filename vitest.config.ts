import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One test process per core, at least two: many tests wait (timers, sockets, child processes), so a
    // second process keeps a 2-core machine busy (vitest's default leaves one core free).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/services/**"],
          // Generous for a 2-core machine that is also busy (CI provisions Samba beside the unit tests): a
          // world's set-up hashes with argon2 in a beforeEach.
          testTimeout: 20_000,
          hookTimeout: 20_000,
          setupFiles: ["test/helpers/unit-setup.ts"],
          // The bot and the admin tools bundled once, for the tests that start them as processes.
          globalSetup: ["test/helpers/bundle-entries.ts"],
          // Processes, not threads: argon2's native binding aborts when loaded in worker threads.
          pool: "forks",
          // Test files share a worker's loaded modules (about half the wall time, which is mostly imports).
          // So no vi.mock of modules (use the seams instead), and a test undoes what it stubs or fakes.
          isolate: false,
        },
      },
      {
        test: {
          name: "services",
          include: ["test/services/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
