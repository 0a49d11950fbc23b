import { createHash } from 'node:crypto';

/** RFC 6962 hashing, written apart from the hub's so that one's mistake cannot hide the other's. */
export const leafHash = (leaf: Buffer): Buffer => createHash('sha256').update(Buffer.concat([Buffer.from([0]), leaf])).digest();
const nodeHash = (left: Buffer, right: Buffer): Buffer => createHash('sha256').update(Buffer.concat([Buffer.from([1]), left, right])).digest();
const EMPTY_TREE_ROOT = createHash('sha256').digest();

/**
 * The roots of the trees of the first `size` leaves, for each size asked, in one pass: a stack of
 * perfect subtrees (height, hash), merged as equal heights meet; a root folds the stack right to left.
 */
export function rootsAtSizes(leafHashes: readonly Buffer[], sizes: ReadonlySet<number>): Map<number, Buffer> {
  const roots = new Map<number, Buffer>();
  const stack: Array<{ height: number; hash: Buffer }> = [];
  const rootNow = () => stack.reduceRight<Buffer | null>((right, node) => (right ? nodeHash(node.hash, right) : node.hash), null) ?? EMPTY_TREE_ROOT;
  if (sizes.has(0)) roots.set(0, EMPTY_TREE_ROOT);
  leafHashes.forEach((hash, index) => {
    let node = { height: 0, hash };
    while (stack.length > 0 && stack[stack.length - 1].height === node.height) {
      const left = stack.pop()!;
      node = { height: node.height + 1, hash: nodeHash(left.hash, node.hash) };
    }
    stack.push(node);
    if (sizes.has(index + 1)) roots.set(index + 1, rootNow());
  });
  return roots;
}
