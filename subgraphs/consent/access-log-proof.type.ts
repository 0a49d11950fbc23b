import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'The inclusion proof of one entry (docs/AUDIT_LOG.md, "Inclusion proof file"): save it as JSON and check it with ' +
    '`npm run verify-audit -- --proof <file> --key <the checkpoint key>`, or with your own code.',
})
export class AccessLogProof {
  @Field({ description: 'one-story-hub/audit-inclusion-proof/v1' })
  format: string;

  @Field()
  origin: string;

  @Field(() => Int)
  leafIndex: number;

  @Field({ description: "The entry's canonical leaf, base64: what was recorded, byte for byte." })
  leaf: string;

  @Field(() => Int, { description: 'The size of the tree the proof leads to: the checkpoint it was checked against.' })
  treeSize: number;

  @Field(() => [String], { description: 'Sibling hashes from the leaf up to the root, base64.' })
  inclusionPath: string[];

  @Field({ description: 'The signed checkpoint of treeSize entries.' })
  checkpoint: string;
}
