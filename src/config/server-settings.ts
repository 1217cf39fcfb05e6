import { z } from "zod";
import { flag, integer } from "./env-types.js";

/** The one HTTP server (webhooks, health) and whether the terminal channel runs. */
export const serverSettings = z
  .object({
    PORT: integer(3000, 1, 65_535),
    CONSOLE: flag(true),
  })
  .transform((env) => ({ port: env.PORT, consoleWanted: env.CONSOLE }));
