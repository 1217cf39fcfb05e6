/**
 * An argon2id parameter set. Each enrolment stores only the set's `id` (parameters are stored once, here),
 * so an id must never be reused for other numbers: add a new set with a new id instead.
 */
export interface Argon2Parameters {
  /** 1 to 255 (stored as one byte). */
  id: number;
  /** KiB. */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's argon2id row: 19 MiB, 2 passes, 1 lane. What production uses. */
export const OWASP_ARGON2: Argon2Parameters = { id: 1, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Every parameter set an enrolment may name, besides the one the hasher makes new hashes with. */
export const KNOWN_ARGON2_PARAMETERS: readonly Argon2Parameters[] = [OWASP_ARGON2];

/** The argon2 version every hash is made with (0x13, "v=19"). */
const ARGON2_VERSION = 19;

/** Unpadded standard base64, as the PHC string format writes salts and hashes. */
function phcBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64").replace(/=+$/, "");
}

/** The PHC string argon2.verify reads, rebuilt from raw salt and hash and the parameters stored once. */
export function phcString(parameters: Argon2Parameters, salt: Uint8Array, hash: Uint8Array): string {
  const { memoryCost, timeCost, parallelism } = parameters;
  return `$argon2id$v=${ARGON2_VERSION}$m=${memoryCost},t=${timeCost},p=${parallelism}$${phcBase64(salt)}$${phcBase64(hash)}`;
}

/**
 * An argon2id PHC string (the format enrolments were stored in before parameter-set ids) split into its
 * parameter set (when it is a known one) and raw salt and hash; null for anything else.
 */
export function parsePhcString(
  phc: string,
  known: readonly Argon2Parameters[] = KNOWN_ARGON2_PARAMETERS,
): { parameters: Argon2Parameters; salt: Buffer; hash: Buffer } | null {
  const match = /^\$argon2id\$v=19\$([a-z=0-9,]+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(phc);
  if (match === null) return null;
  const params = Object.fromEntries(match[1]!.split(",").map((pair) => pair.split("=")));
  const parameters = known.find(
    (p) =>
      String(p.memoryCost) === params.m &&
      String(p.timeCost) === params.t &&
      String(p.parallelism) === params.p,
  );
  if (parameters === undefined) return null;
  return { parameters, salt: Buffer.from(match[2]!, "base64"), hash: Buffer.from(match[3]!, "base64") };
}
