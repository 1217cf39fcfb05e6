import { isIPv6 } from "node:net";

/**
 * The client a connection's remote address (plainAddress's) counts for in the per-client share: an IPv4
 * address itself, an IPv6 address its /64 network ("2001:db8:1:2::/64"). A home or a phone gets a whole
 * /64 and may use a new address of it for each connection.
 */
export function connectionClient(address: string): string {
  return isIPv6(address) ? networkOf(address) : address;
}

/** An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d: one client, one address. */
export function plainAddress(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/** The /64 an IPv6 address is in, written as Node writes addresses (shortest form, lower case). */
function networkOf(address: string): string {
  // A link-local address's zone (fe80::1%eth0) names the interface, not the network.
  const [bare = ""] = address.split("%");
  const [head = "", tail] = bare.split("::");
  const groupsOf = (part: string) => (part === "" ? [] : part.split(":"));
  const before = groupsOf(head);
  // "::" stands for as many zero groups as the address lacks; a dotted IPv4 end is two groups.
  const after = tail === undefined ? [] : groupsOf(tail);
  const afterLength = after.reduce((n, group) => n + (group.includes(".") ? 2 : 1), 0);
  const zeros = tail === undefined ? [] : Array<string>(8 - before.length - afterLength).fill("0");
  const first = [...before, ...zeros, ...after].slice(0, 4);
  // The URL parser writes an IPv6 address in its shortest form.
  const network = new URL(`http://[${first.join(":")}::]`).hostname.slice(1, -1);
  return `${network}/64`;
}
