import { BlockList, isIP } from "node:net";
import { addressBits, addressText } from "./address-bits.js";

/** Node's name for an address's family; undefined for what is no IP address. */
export function familyOf(address: string): "ipv4" | "ipv6" | undefined {
  const version = isIP(address);
  return version === 4 ? "ipv4" : version === 6 ? "ipv6" : undefined;
}

/**
 * Adds one entry of REVERSE_PROXY_ADDRESSES to `list`: an address (127.0.0.1, ::1) or a range written
 * address/length (172.18.0.0/16, fd00::/8). Node's BlockList checks the address and the range's length;
 * it throws for what is neither.
 */
function addEntry(list: BlockList, entry: string): void {
  const [network = "", length, ...more] = entry.split("/");
  const family = familyOf(network);
  if (family === undefined || more.length > 0) throw new Error(`"${entry}" is no IP address or range`);
  if (length === undefined) return list.addAddress(network, family);
  // Number("") is 0: "10.0.0.0/" must not become every address.
  const bits = /^\d+$/.test(length) ? Number(length) : Number.NaN;
  if (bits === 0) throw new Error(`"${entry}" is every address`);
  list.addSubnet(network, bits, family);
}

/**
 * The entries that are a range of every address (0.0.0.0/0, ::/0): one would exempt every client from the
 * per-client share, as if no proxy were listed but the share were switched off.
 */
export function everyAddressEntries(entries: readonly string[]): string[] {
  return entries.filter((entry) => {
    const [network = "", length, ...more] = entry.split("/");
    return (
      familyOf(network) !== undefined && more.length === 0 && length !== undefined && /^0+$/.test(length)
    );
  });
}

/**
 * The ranges written with bits set past their length ("10.0.0.5/8"), each with the range it is read as
 * (10.0.0.0/8): the admin most likely meant the one address, or mistyped the length, and a range far wider
 * than meant would exempt its every client from the per-client share.
 */
export function hostBitsEntries(entries: readonly string[]): { entry: string; range: string }[] {
  return entries.flatMap((entry) => {
    const [network = "", length, ...more] = entry.split("/");
    const family = familyOf(network);
    if (family === undefined || more.length > 0 || length === undefined || !/^\d+$/.test(length)) return [];
    const total = family === "ipv4" ? 32n : 128n;
    const bits = BigInt(length);
    if (bits === 0n || bits > total) return [];
    const address = addressBits(network, family);
    const masked = (address >> (total - bits)) << (total - bits);
    return masked === address ? [] : [{ entry, range: `${addressText(masked, family)}/${length}` }];
  });
}

/** The entries of REVERSE_PROXY_ADDRESSES that are no IP address or range (everyAddressEntries tells /0). */
export function wrongProxyEntries(entries: readonly string[]): string[] {
  const everyAddress = everyAddressEntries(entries);
  return entries.filter((entry) => {
    if (everyAddress.includes(entry)) return false;
    try {
      addEntry(new BlockList(), entry);
      return false;
    } catch {
      return true;
    }
  });
}

/** The reverse proxy's addresses and ranges, checked by the server for each connection. */
export function proxyAddressList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) addEntry(list, entry);
  return list;
}

/** Whether `address` (a connection's remote address) is the reverse proxy's, or in one of its ranges. */
export function isProxyAddress(list: BlockList, address: string): boolean {
  const family = familyOf(address);
  return family !== undefined && list.check(address, family);
}
