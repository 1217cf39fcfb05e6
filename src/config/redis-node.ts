/**
 * One entry of REDIS_CLUSTER_NODES or REDIS_SENTINELS as host and port (the default port when it has none),
 * or undefined when it is not host:port. Read at start, so a wrong entry is listed with every other problem.
 */
export function readNode(node: string, defaultPort: number): { host: string; port: number } | undefined {
  // No space or "#" in a host name: "10.0.0.5 # main" is a comment kept in the value, not a host.
  const match = /^(?:\[([^\]]+)\]|([^:[\]\s#]+))(?::(\d{1,5}))?$/.exec(node);
  const port = match?.[3] === undefined ? defaultPort : Number(match[3]);
  if (!match || port < 1 || port > 65_535) return undefined;
  return { host: match[1] ?? match[2]!, port };
}

/** Why a node list cannot be used (its entries that are not host:port), or undefined when it can. */
export function nodeListProblem(nodes: string[], example: string): string | undefined {
  const wrong = nodes.filter((node) => readNode(node, 1) === undefined);
  if (wrong.length === 0) return undefined;
  // An entry copied from a URL may hold a password before its "@": only what follows is repeated.
  const shown = (node: string) => (node.includes("@") ? `…@${node.slice(node.lastIndexOf("@") + 1)}` : node);
  return `${wrong.map((node) => `"${shown(node)}"`).join(", ")} ${wrong.length === 1 ? "is" : "are"} not host:port (e.g. ${example})`;
}
