// cluster-key-slot ships no types. Its default export: the Redis Cluster slot (0-16383) of a key, by the
// key's hash tag when it has one, as Redis computes it.
declare module "cluster-key-slot" {
  export default function calculateSlot(key: string | Buffer): number;
}
