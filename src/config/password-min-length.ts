import { z } from "zod";
import { wholeNumberIn } from "./env-types.js";

/**
 * The least PASSWORD_MIN_LENGTH: a password a student types must also be hard to guess (at least 10^8
 * guesses by zxcvbn; password-strength.ts), and zxcvbn counts at most 10^length guesses for any password, so
 * none shorter than this is ever taken. A lower minimum would be told to every child ("at least 4 letters")
 * and then never met. 8 is also the default the design names.
 */
const LEAST = 8;
const MOST = 128;

/** PASSWORD_MIN_LENGTH: 8 when unset; below 8 it stops the start, saying why. */
export const passwordMinLength = z
  .string()
  .optional()
  .transform((v, ctx): number => {
    if (v === undefined || v.trim() === "") return LEAST;
    const n = wholeNumberIn(v, 0, MOST, `must be a whole number from ${LEAST} to ${MOST}, not "${v}"`);
    if (typeof n === "string") {
      ctx.addIssue({ code: "custom", message: n });
      return z.NEVER;
    }
    if (n < LEAST) {
      ctx.addIssue({
        code: "custom",
        message: `must be ${LEAST} or more, not ${n}: a password a student types must also be hard to guess, and none shorter than ${LEAST} characters ever is, so students would be told "at least ${n}" and every such password refused as too easy to guess; leave it unset for ${LEAST} (the directory's own minimum still applies)`,
      });
      return z.NEVER;
    }
    return n;
  });
