/**
 * Which known name a misspelt one was probably meant to be: the settings at start (REDIS_ULR: REDIS_URL) and
 * the keys of the school's files ("clases": "classes") use the same guess.
 */

/**
 * The likely meant name(s): the known name fewest edits away when it is close (REDIS_ULR, ANSWER_PEPER),
 * else those holding all of its words in order (TELEGRAM_TOKEN: TELEGRAM_BOT_TOKEN), at most two.
 */
export function closestNames(name: string, known: readonly string[]): string[] {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (best === undefined || distance < best.distance) best = { name: candidate, distance };
  }
  if (best !== undefined && best.distance <= Math.max(2, Math.floor(name.length / 4))) return [best.name];
  const words = name.split("_");
  const holding = known.filter((candidate) => containsInOrder(candidate.split("_"), words));
  return holding.length <= 2 ? holding.sort() : [];
}

function containsInOrder(words: string[], wanted: string[]): boolean {
  let at = 0;
  for (const word of words) if (word === wanted[at]) at++;
  return at === wanted.length;
}

/** Insertions, deletions, substitutions and swaps of neighbours (REDIS_ULR is one edit from REDIS_URL). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
