/**
 * Which part of the code may import which (DESIGN: the core knows no platform; channels ask the core).
 * Import paths are matched by their folder names, so a relative path from any depth is caught.
 */
const folder = (names) => `(^|/)(${names.join("|")})(/|$)`;

/** The core: dialogs, flows and ports. It imports no adapter and no platform library. */
export const coreBoundary = {
  files: ["src/core/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: ["telegraf", "@slack/bolt", "ioredis", "ioredis-mock", "ldapts"].map((name) => ({
          name,
          message: "src/core talks to platforms only through its ports (src/core/ports).",
        })),
        patterns: [
          {
            regex: folder(["bots", "store", "directory", "alerts", "http"]),
            message:
              "src/core imports nothing from src/bots, src/store, src/directory, src/alerts or src/http.",
          },
          {
            regex: "(^|/)(app|main)\\.js$",
            message: "src/core imports nothing from the composition root (src/app.ts, src/main.ts).",
          },
        ],
      },
    ],
  },
};

/** The chat channels: they talk to the core, never to the store or the directory behind it. */
export const botsBoundary = {
  files: ["src/bots/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: ["ioredis", "ioredis-mock", "ldapts"].map((name) => ({
          name,
          message: "channels reach the store and the directory only through the core.",
        })),
        patterns: [
          {
            regex: folder(["store", "directory"]),
            message: "src/bots imports nothing from src/store or src/directory: ask the core.",
          },
          {
            regex: "(^|/)(app|main|core-deps)\\.js$",
            message:
              "src/bots imports nothing from the composition root or CoreDeps: it gets a ChannelCore (src/core/channel-core.ts).",
          },
        ],
      },
    ],
  },
};
