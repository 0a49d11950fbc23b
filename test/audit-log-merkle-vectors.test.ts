import vectors from './fixtures/transparency-dev-merkle-vectors.json';
import { EMPTY_ROOT, hashChildren, hashLeaf } from '../subgraphs/consent/audit-log/merkle-hashing';
import { buildConsistencyProof, buildInclusionProof } from '../subgraphs/consent/audit-log/proof-building';
import { verifyConsistency, verifyInclusion } from '../subgraphs/consent/audit-log/proof-verification';
import { appendLeaves, EMPTY_TREE, rootOf, rootOfRange } from '../subgraphs/consent/audit-log/tree-state';
import { InMemoryMerkleLogStore } from '../subgraphs/consent/audit-log/in-memory-merkle-log-store';
import { MerkleLog } from '../subgraphs/consent/audit-log/merkle-log';
import { InMemorySubtreeHashes } from '../subgraphs/consent/audit-log/subtree-hashes';

/** Every expected value here comes from transparency-dev/merkle (see the fixture's `source`). */
const hex = (value: string) => Buffer.from(value, 'hex');
const b64 = (value: string) => Buffer.from(value, 'base64');
const toHex = (hashes: Buffer[]) => hashes.map((hash) => hash.toString('hex'));
const leafHashes = vectors.leafInputs.map((input) => hashLeaf(hex(input)));
const tree = new InMemorySubtreeHashes(leafHashes);

describe('the audit log hashes as RFC 6962 does', () => {
  test('empty tree, empty leaf, a leaf and a node give the published hashes', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe(vectors.hasher.emptyRoot);
    expect(hashLeaf(Buffer.alloc(0)).toString('hex')).toBe(vectors.hasher.emptyLeaf);
    expect(hashLeaf(Buffer.from('L123456')).toString('hex')).toBe(vectors.hasher.leafL123456);
    expect(hashChildren(Buffer.from('N123'), Buffer.from('N456')).toString('hex')).toBe(vectors.hasher.childrenN123N456);
  });

  test('the roots of the trees of the first 0 to 8 test leaves are the published roots', () => {
    vectors.rootHashes.forEach((root, size) => expect(rootOfRange(leafHashes, 0, size).toString('hex')).toBe(root));
  });

  test('the leaf hashes and inner nodes of the 8-leaf tree are the published ones, as computed and as kept', async () => {
    expect(toHex(leafHashes)).toEqual(vectors.nodeHashes[0]);
    for (const [height, level] of vectors.nodeHashes.entries()) {
      for (const [index, node] of level.entries()) {
        expect(rootOfRange(leafHashes, index << height, (index + 1) << height).toString('hex')).toBe(node);
        expect((await tree.perfect(height, index)).toString('hex')).toBe(node);
      }
    }
  });

  test('appending one leaf at a time keeps the published right edge (compact range) and root', () => {
    let state = EMPTY_TREE;
    vectors.compactTrees.forEach((nodes, size) => {
      expect(state.size).toBe(size);
      expect(toHex(state.rightEdge)).toEqual(nodes.map(([height, index]) => vectors.nodeHashes[height][index]));
      expect(rootOf(state).toString('hex')).toBe(vectors.rootHashes[size]);
      if (size < leafHashes.length) state = appendLeaves(state, [leafHashes[size]]);
    });
  });

  test('appending in batches of any split gives the same root as one leaf at a time', () => {
    for (let split = 0; split <= 8; split += 1) {
      const state = appendLeaves(appendLeaves(EMPTY_TREE, leafHashes.slice(0, split)), leafHashes.slice(split));
      expect(rootOf(state).toString('hex')).toBe(vectors.rootHashes[8]);
    }
  });
});

describe('inclusion and consistency proofs are the published ones', () => {
  test.each(vectors.inclusionProofs)('inclusion of leaf number $leafNumber in a tree of $treeSize', async ({ leafNumber, treeSize, proof }) => {
    const built = await buildInclusionProof(tree, leafNumber - 1, treeSize);
    expect(toHex(built)).toEqual(proof);
    expect(verifyInclusion(BigInt(leafNumber - 1), BigInt(treeSize), leafHashes[leafNumber - 1], built, hex(vectors.rootHashes[treeSize]))).toBe(true);
  });

  test.each(vectors.consistencyProofs)('consistency of the tree of $size1 with the tree of $size2', async ({ size1, size2, proof }) => {
    const built = await buildConsistencyProof(tree, size1, size2);
    expect(toHex(built)).toEqual(proof);
    expect(verifyConsistency(BigInt(size1), BigInt(size2), hex(vectors.rootHashes[size1]), hex(vectors.rootHashes[size2]), built)).toBe(true);
  });

  test('every inclusion proof built in trees of 1 to 8 leaves verifies, and fails for another leaf', async () => {
    for (let size = 1; size <= 8; size += 1) {
      for (let index = 0; index < size; index += 1) {
        const proof = await buildInclusionProof(tree, index, size);
        const root = hex(vectors.rootHashes[size]);
        expect(verifyInclusion(BigInt(index), BigInt(size), leafHashes[index], proof, root)).toBe(true);
        expect(verifyInclusion(BigInt(index), BigInt(size), hashLeaf(Buffer.from('another entry')), proof, root)).toBe(false);
      }
    }
  });

  test('every consistency proof built between trees of 1 to 8 leaves verifies', async () => {
    for (let size2 = 1; size2 <= 8; size2 += 1) {
      for (let size1 = 1; size1 <= size2; size1 += 1) {
        const proof = await buildConsistencyProof(tree, size1, size2);
        expect(verifyConsistency(BigInt(size1), BigInt(size2), hex(vectors.rootHashes[size1]), hex(vectors.rootHashes[size2]), proof)).toBe(true);
      }
    }
  });

  test('proofs outside the tree are refused with the size named', async () => {
    await expect(buildInclusionProof(tree, 8, 8)).rejects.toThrow('leaf index 8 is not in a tree of size 8');
    const log = new MerkleLog(new InMemoryMerkleLogStore());
    await log.append(vectors.leafInputs.map(hex));
    await expect(log.consistencyProof(5, 9)).rejects.toThrow("tree size 9 is larger than the log's 8");
    await expect(buildInclusionProof(tree, 0, 9)).rejects.toThrow('no complete subtree at level 0, index 8');
  });
});

describe("transparency-dev's verification probes, good and corrupted", () => {
  test.each(vectors.inclusionProbes)('$file: $desc', (probe) => {
    const ok = verifyInclusion(BigInt(probe.leafIdx), BigInt(probe.treeSize), b64(probe.leafHash ?? ''), (probe.proof ?? []).map(b64), b64(probe.root ?? ''));
    expect(ok).toBe(!probe.wantErr);
  });

  test.each(vectors.consistencyProbes)('$file: $desc', (probe) => {
    const ok = verifyConsistency(BigInt(probe.size1), BigInt(probe.size2), b64(probe.root1 ?? ''), b64(probe.root2 ?? ''), (probe.proof ?? []).map(b64));
    expect(ok).toBe(!probe.wantErr);
  });
});

describe('the Merkle log over a store', () => {
  test('two appends at once give one tree, in one order, with every proof verifying', async () => {
    const log = new MerkleLog(new InMemoryMerkleLogStore());
    const inputs = vectors.leafInputs.map(hex);
    const [first, second] = await Promise.all([log.append(inputs.slice(0, 3)), log.append(inputs.slice(3))]);
    expect([first.firstIndex, second.firstIndex]).toEqual([0, 3]);
    expect(second.root.toString('hex')).toBe(vectors.rootHashes[8]);
    const { size, root } = await log.root();
    expect(size).toBe(8);
    const proof = await log.inclusionProof(5, 8);
    expect(verifyInclusion(5n, 8n, leafHashes[5], proof, root)).toBe(true);
    expect(verifyConsistency(3n, 8n, first.root, root, await log.consistencyProof(3, 8))).toBe(true);
  });
});
