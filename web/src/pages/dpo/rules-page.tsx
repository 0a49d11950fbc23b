import { useState } from 'react';
import { Loading, Page, Problem } from '../../components/page';
import { useHubQuery } from '../../hub-client';
import { categoryTitle } from '../../labels';

const RULES = /* GraphQL */ `query AccessRules { accessRules { type field subgraph category special } }`;

/** Every guarded field of the supergraph and its category, special categories marked. */
export function DpoRulesPage() {
  const rules = useHubQuery<{ accessRules: Array<{ type: string; field: string; subgraph: string; category: string; special: boolean }> }>(RULES);
  const [filter, setFilter] = useState('');
  const list = (rules.data?.accessRules ?? []).filter((rule) => !filter || rule.category === filter);
  const categories = [...new Set((rules.data?.accessRules ?? []).map((rule) => rule.category))].sort();
  return (
    <Page title="Access rules" caption="Data-protection officer" name="dpo-rules" ready={!rules.fetching}>
      {rules.failed ? <Problem>{rules.failed}</Problem> : null}
      {rules.fetching ? <Loading what="the access rules" /> : null}
      <p className="govuk-body">Read from the supergraph: each field that holds personal data, and the category of consent that guards it.</p>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="rule-category">
          Show category
        </label>
        <select className="govuk-select" id="rule-category" value={filter} onChange={(e) => setFilter(e.target.value)}>
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {categoryTitle(c)}
            </option>
          ))}
        </select>
      </div>
      {list.length ? (
        <table className="govuk-table" data-rules={list.length}>
          <caption className="govuk-table__caption govuk-table__caption--m">{list.length} guarded fields</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Field</th>
              <th scope="col" className="govuk-table__header">Subgraph</th>
              <th scope="col" className="govuk-table__header">Category</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {list.map((rule) => (
              <tr className="govuk-table__row" key={`${rule.type}.${rule.field}`}>
                <td className="govuk-table__cell">
                  {rule.type}.{rule.field}
                </td>
                <td className="govuk-table__cell">{rule.subgraph}</td>
                <td className="govuk-table__cell">
                  {categoryTitle(rule.category)} {rule.special ? <strong className="govuk-tag govuk-tag--purple">Special category</strong> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Page>
  );
}
