import { z } from "zod";
import { parsePhcString } from "../core/answers/argon2-parameters.js";
import type { AnswerHash, Enrolment } from "../core/ports/store.js";

/**
 * An enrolment packed: a short ASCII header, then each answer's raw 16-byte salt and 32-byte hash. About
 * 186 bytes for three answers where three PHC strings in JSON took about 400. The person's record stores the
 * header and each answer as fields of its own (see enrolment-record); versions before that stored the whole
 * buffer as one string, which is still read.
 *
 *   E<parameter set>|<pepper tag>|<normalisation version>|<non-answers version>|<enrolled at, base 36>|<question ids>\n<bytes>
 *
 * Enrolments saved before the non-answers version was recorded have no such field (five fields, not six)
 * and are read without it; one read without it is written back without it.
 *
 * The header is all an upgrade compares (see upgradeEnrolment): it changes with every new set-up (the time)
 * and every upgrade (parameter set or pepper), and it reads the same in real Redis's Lua and ioredis-mock's,
 * which cannot read binary values. Other salt or hash sizes would need a new format letter.
 */
const FORMAT = "E";
const SALT_BYTES = 16;
const HASH_BYTES = 32;
/** One answer's salt and hash, packed. */
export const ANSWER_BYTES = SALT_BYTES + HASH_BYTES;

/** The parsed enrolment and the stamp an upgrade compares against what is stored. */
export type ReadEnrolment = { enrolment: Enrolment; stamp: string } | { problems: string[] };

/** The ASCII header of a packed enrolment: what upgradeEnrolment compares. */
export function enrolmentStamp(enrolment: Enrolment): string {
  const { parameterSet, pepperTag, normalisationVersion, nonAnswersVersion, enrolledAt, questionIds } =
    enrolment;
  const ids = questionIds.map(encodeURIComponent).join(",");
  const versions =
    nonAnswersVersion === undefined
      ? `${normalisationVersion}`
      : `${normalisationVersion}|${nonAnswersVersion}`;
  return `${FORMAT}${parameterSet}|${pepperTag}|${versions}|${Math.floor(enrolledAt).toString(36)}|${ids}\n`;
}

/** The enrolment as stored: only the port's fields, so nothing extra a caller attached is persisted. */
export function packEnrolment(enrolment: Enrolment): Buffer {
  if (enrolment.answerHashes.length !== enrolment.questionIds.length) {
    throw new RangeError("an enrolment needs one answer hash per question");
  }
  const parts: Buffer[] = [Buffer.from(enrolmentStamp(enrolment), "ascii")];
  for (const { salt, hash } of enrolment.answerHashes) {
    if (salt.length !== SALT_BYTES || hash.length !== HASH_BYTES) {
      throw new RangeError(`an answer hash is ${SALT_BYTES} bytes of salt and ${HASH_BYTES} of hash`);
    }
    parts.push(salt, hash);
  }
  return Buffer.concat(parts);
}

/**
 * Reads a stored enrolment, packed or in the older JSON form with PHC strings (enrolments made before the
 * packed form keep working). Anything that does not parse means "not enrolled": the student sets up again
 * rather than the bot crashing. Problems name fields, never values (which hold answer hashes).
 */
export function readEnrolment(raw: Buffer): ReadEnrolment {
  if (raw[0] === 0x7b /* "{" */) return readLegacyEnrolment(raw.toString("utf8"));
  const newline = raw.indexOf(0x0a);
  if (newline < 0) return { problems: ["header: no end"] };
  const stamp = raw.subarray(0, newline + 1).toString("ascii");
  const fields = stamp.slice(0, -1).split("|");
  if ((fields.length !== 5 && fields.length !== 6) || !fields[0]!.startsWith(FORMAT))
    return { problems: ["header: unknown format"] };
  const [set, pepperTag, version, ...rest] = fields as [string, string, string, ...string[]];
  const [nonAnswers, at, ids] = (rest.length === 3 ? rest : [undefined, ...rest]) as [
    string | undefined,
    string,
    string,
  ];
  const parameterSet = Number(set.slice(FORMAT.length));
  const normalisationVersion = Number(version);
  const nonAnswersVersion = nonAnswers === undefined ? undefined : Number(nonAnswers);
  const enrolledAt = parseInt(at, 36);
  if (
    !Number.isInteger(parameterSet) ||
    !Number.isInteger(normalisationVersion) ||
    (nonAnswersVersion !== undefined && !Number.isInteger(nonAnswersVersion)) ||
    !Number.isFinite(enrolledAt)
  )
    return { problems: ["header: bad number"] };
  const questionIds = ids === "" ? [] : ids.split(",").map(decodeURIComponent);
  const body = raw.subarray(newline + 1);
  const each = ANSWER_BYTES;
  if (body.length !== questionIds.length * each) return { problems: ["answerHashes: wrong length"] };
  const answerHashes: AnswerHash[] = questionIds.map((_, i) => ({
    salt: Buffer.from(body.subarray(i * each, i * each + SALT_BYTES)),
    hash: Buffer.from(body.subarray(i * each + SALT_BYTES, (i + 1) * each)),
  }));
  return {
    enrolment: {
      questionIds,
      answerHashes,
      parameterSet,
      pepperTag,
      normalisationVersion,
      ...(nonAnswersVersion === undefined ? {} : { nonAnswersVersion }),
      enrolledAt,
    },
    stamp,
  };
}

const legacySchema = z
  .object({
    questionIds: z.array(z.string()),
    answerHashes: z.array(z.string()),
    normalisationVersion: z.number().int(),
    enrolledAt: z.number(),
  })
  .refine((e) => e.questionIds.length === e.answerHashes.length, "one answer hash per question");

/** The JSON form with one argon2id PHC string per answer, as stored before the packed form. */
function readLegacyEnrolment(raw: string): ReadEnrolment {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    // The SyntaxError message quotes part of the value, so it is dropped.
    return { problems: ["not JSON"] };
  }
  const result = legacySchema.safeParse(value);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.code}`),
    };
  }
  const { questionIds, answerHashes, normalisationVersion, enrolledAt } = result.data;
  const parsed = answerHashes.map((phc) => parsePhcString(phc));
  const parameterSet = parsed[0]?.parameters.id;
  if (parameterSet === undefined || parsed.some((p) => p === null || p.parameters.id !== parameterSet)) {
    return { problems: ["answerHashes: not argon2id with known parameters"] };
  }
  return {
    enrolment: {
      questionIds,
      answerHashes: parsed.map((p) => ({ salt: p!.salt, hash: p!.hash })),
      parameterSet,
      // Made before pepper tags: with the pepper of its day, which is taken to be the current one.
      pepperTag: "",
      normalisationVersion,
      enrolledAt,
    },
    // The whole value: an upgrade replaces it only if it is still exactly this.
    stamp: raw,
  };
}
