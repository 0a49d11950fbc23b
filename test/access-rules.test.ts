import fs from 'node:fs';
import { Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { readSupergraph } from '../gateway/supergraph-file';
import { accessRulesReport } from '../schema/access-rules-report';
import { composeSupergraph } from '../schema/compose-supergraph';
import { ACCESS_RULES_FILE } from '../schema/write-access-rules';
import { Guarded, NoPersonalData } from '../subgraphs/kit/consent-decorators';
import type { SubgraphDefinition } from '../subgraphs/kit/subgraph-definition';
import { subgraphRegistry } from '../subgraphs/registry';
import { startTestHub } from './support/test-hub';

/** A partner's subgraph with two mistakes: a personal field with no rule, and a category nobody defined. */
@ObjectType()
class TenancyNote {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field()
  arrearsNote: string;

  @Guarded('tenancy' as never)
  @Field()
  landlordContact: string;
}

@Resolver()
class TenancyResolver {
  @Query(() => [TenancyNote])
  tenancyNotes() {
    return [];
  }
}

const housing: SubgraphDefinition = {
  name: 'housing',
  resolvers: [TenancyResolver],
  openDatabase: () => {
    throw new Error('not needed to compose');
  },
  createLoaders: () => ({}),
  rootRules: {},
};

describe('the access rules, as data-protection officers read them', () => {
  test('composition refuses a subgraph with an unguarded personal field, naming the field', async () => {
    const composing = composeSupergraph([...subgraphRegistry, { definition: housing, defaultPort: 4099 }]);
    await expect(composing).rejects.toThrow(/TenancyNote\.arrearsNote \(subgraph housing\) is a field of a person's record with neither/);
    await expect(composing).rejects.toThrow(
      /TenancyNote\.landlordContact \(subgraph housing\) uses category "tenancy", which schema\/data-categories.ts does not define/,
    );
  });

  test('schema/ACCESS_RULES.md is current with the supergraph (run `npm run rules` if not)', () => {
    expect(fs.readFileSync(ACCESS_RULES_FILE, 'utf8')).toBe(accessRulesReport(readSupergraph()));
  });

  test('the DPO reads every guarded field with its category and owner; staff cannot', async () => {
    const hub = await startTestHub();
    try {
      const { data, errors } = await hub.ask('helen', '{ accessRules { type field subgraph category special } }');
      expect(errors).toEqual([]);
      expect(data.accessRules).toContainEqual({ type: 'Person', field: 'givenName', subgraph: 'people', category: 'identity', special: false });
      expect(data.accessRules).toContainEqual({ type: 'SafeguardingNote', field: 'concern', subgraph: 'social-services', category: 'safeguarding', special: false });
      expect(data.accessRules).toContainEqual({ type: 'Debt', field: 'amountPence', subgraph: 'welfare-rights', category: 'finances', special: false });
      const staff = await hub.ask('dana', '{ accessRules { field } }');
      expect(staff.errors[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await hub.stop();
    }
  });
});
