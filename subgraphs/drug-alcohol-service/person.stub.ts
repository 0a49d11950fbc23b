import { definePersonStub } from '../kit/person-stub';

/** This subgraph's own view of the shared Person entity: its key (see kit/person-stub.ts). */
export const PersonStub = definePersonStub();
export type PersonStub = InstanceType<typeof PersonStub>;
