/* An address as one number and back: what masking a range to its length needs (proxy-address-list.ts). */

/** An IPv4 or IPv6 address as one number, for masking. */
export function addressBits(address: string, family: "ipv4" | "ipv6"): bigint {
  if (family === "ipv4") return address.split(".").reduce((n, part) => (n << 8n) | BigInt(part), 0n);
  // The URL parser writes an IPv6 address in one canonical form (an IPv4 tail in hex, lower case), which
  // leaves only "::" to fill in.
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const [head = "", tail] = canonical.split("::");
  const groups = (part: string | undefined) => (part === undefined || part === "" ? [] : part.split(":"));
  const filled =
    tail === undefined
      ? groups(head)
      : [
          ...groups(head),
          ...Array<string>(8 - groups(head).length - groups(tail).length).fill("0"),
          ...groups(tail),
        ];
  return filled.reduce((n, group) => (n << 16n) | BigInt(`0x${group}`), 0n);
}

/** `bits` written back as an address, in the form an admin writes (10.0.0.0, fd00::). */
export function addressText(bits: bigint, family: "ipv4" | "ipv6"): string {
  const width = family === "ipv4" ? 4 : 8;
  const size = family === "ipv4" ? 8n : 16n;
  const parts = Array.from(
    { length: width },
    (_, i) => (bits >> (size * BigInt(width - 1 - i))) & ((1n << size) - 1n),
  );
  if (family === "ipv4") return parts.join(".");
  return new URL(`http://[${parts.map((p) => p.toString(16)).join(":")}]/`).hostname.slice(1, -1);
}
