import type { ReactNode } from 'react';
import { SummaryRows, Value, WithheldNotice } from './components/withheld-value';
import type { HubError } from './hub-client';
import { agencyName, categoryTitle, pounds, when, words } from './labels';
import { withheldAt } from './withheld';

/**
 * The single view's fields, asked of `person(id:)` by staff and of `me` by the person: one document
 * so both see the same sections.
 */
export const PERSON_FIELDS = /* GraphQL */ `
  id givenName familyName preferredName dateOfBirth nationalInsuranceNumber postcode phone email
  story {
    version ownAccount goals strengths recordedByAgency recordedAt
    barriers { title note } healthBarriers { title note } criminalRecordBarriers { title note } drugsAndAlcoholBarriers { title note }
  }
  socialCare {
    lookedAfterStatus allocatedWorker allocatedWorkerTeam
    involvements { id team worker startedOn endedOn reason }
    safeguardingNotes { id recordedOn concern riskLevel actionTaken }
  }
  careers {
    status statusSince aspirations
    qualifications { id title level achievedOn }
    workHistory { id employer jobTitle startedOn endedOn }
    guidanceSessions { id heldOn summary nextSteps }
    courses { id title provider status }
  }
  welfare {
    householdType housingTenure
    benefitAwards { id benefit amountPence period startedOn endedOn }
    debts { id creditor debtType amountPence priority status }
    financialSupport { id kind description givenOn annualGainPence }
    betterOffCalculations { id calculatedAt hoursPerWeek hourlyWagePence monthlyGainPence }
  }
  employability {
    keyworker
    enrolments { id status enrolledOn keyworkerRole programme { name } }
    actionPlan { id title owner dueOn status steps { id description owner dueOn status } }
    outcomes { id kind achievedOn employer hoursPerWeek }
    activities { id kind title attendedOn }
    barrierFunding { id purpose amountPence awardedOn }
  }
  referrals { id fromAgency toAgency reason status createdAt sharedCategories }
`;

type Path = ReadonlyArray<string | number>;

/** A list of records (each a line), or the notice that stands for the whole list. */
function Records<T>({ errors, path, items, line, empty = 'None recorded' }: { errors: HubError[]; path: Path; items: T[] | null | undefined; line: (item: T, i: number) => ReactNode; empty?: string }) {
  return (
    <Value
      errors={errors}
      path={path}
      value={items}
      empty={empty}
      show={(list: T[]) => (
        <ul className="govuk-list govuk-list--bullet">
          {list.map((item, i) => (
            <li key={i}>{line(item, i)}</li>
          ))}
        </ul>
      )}
    />
  );
}

/** One agency's section: its heading, and "not available now" or "not shared" for the whole of it when so. */
function Section({ id, title, errors, path, present, children }: { id: string; title: string; errors: HubError[]; path: Path; present: boolean; children: ReactNode }) {
  const withheld = present ? null : withheldAt(errors, path);
  return (
    <section className="hub-section" aria-labelledby={`${id}-heading`} data-section={id}>
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {title}
      </h2>
      {withheld ? <WithheldNotice withheld={withheld} /> : present ? children : <p className="govuk-body hub-empty">No record.</p>}
    </section>
  );
}

const barrierLine = (barrier: { title: string; note: string | null }) => (barrier.note ? `${barrier.title}: ${barrier.note}` : barrier.title);

export function PersonSections({ person, errors, root }: { person: any; errors: HubError[]; root: Path }) {
  const at = (...rest: Array<string | number>) => [...root, ...rest];
  const { story, socialCare, careers, welfare, employability } = person;
  return (
    <>
      <Section id="identity" title="Who they are" errors={errors} path={at()} present>
        <SummaryRows
          errors={errors}
          rows={[
            { key: 'Given name', path: at('givenName'), value: person.givenName },
            { key: 'Family name', path: at('familyName'), value: person.familyName },
            { key: 'Preferred name', path: at('preferredName'), value: person.preferredName },
            { key: 'Date of birth', path: at('dateOfBirth'), value: person.dateOfBirth, show: when },
            { key: 'National Insurance number', path: at('nationalInsuranceNumber'), value: person.nationalInsuranceNumber },
            { key: 'Postcode', path: at('postcode'), value: person.postcode },
            { key: 'Phone', path: at('phone'), value: person.phone },
            { key: 'Email', path: at('email'), value: person.email },
          ]}
        />
      </Section>

      <Section id="story" title="Their story" errors={errors} path={at('story')} present={!!story}>
        {story ? (
          <SummaryRows
            errors={errors}
            rows={[
              { key: 'In their own words', path: at('story', 'ownAccount'), value: story.ownAccount },
              { key: 'Goals', path: at('story', 'goals'), value: story.goals, show: (list: string[]) => list.join('; ') },
              { key: 'Strengths', path: at('story', 'strengths'), value: story.strengths, show: (list: string[]) => list.join('; ') },
              { key: 'Barriers', path: at('story', 'barriers'), value: story.barriers, show: (list) => list.map(barrierLine).join('; ') },
              { key: 'Health', path: at('story', 'healthBarriers'), value: story.healthBarriers, show: (list) => list.map(barrierLine).join('; ') },
              { key: 'Criminal record', path: at('story', 'criminalRecordBarriers'), value: story.criminalRecordBarriers, show: (list) => list.map(barrierLine).join('; ') },
              { key: 'Drugs and alcohol', path: at('story', 'drugsAndAlcoholBarriers'), value: story.drugsAndAlcoholBarriers, show: (list) => list.map(barrierLine).join('; ') },
              { key: 'Recorded', path: at('story', 'recordedAt'), value: story.recordedAt, show: (v) => (story.recordedByAgency ? `${when(v)} by ${agencyName(story.recordedByAgency)}` : when(v)) },
            ]}
          />
        ) : null}
      </Section>

      <Section id="social-care" title="Social services" errors={errors} path={at('socialCare')} present={!!socialCare}>
        {socialCare ? (
          <SummaryRows
            errors={errors}
            rows={[
              { key: 'Looked-after status', path: at('socialCare', 'lookedAfterStatus'), value: socialCare.lookedAfterStatus, show: words },
              { key: 'Allocated worker', path: at('socialCare', 'allocatedWorker'), value: socialCare.allocatedWorker },
              { key: 'Team', path: at('socialCare', 'allocatedWorkerTeam'), value: socialCare.allocatedWorkerTeam, show: words },
              {
                key: 'Team involvement',
                path: at('socialCare', 'involvements'),
                value: socialCare.involvements,
                show: (list: any[]) => <Records errors={errors} path={at('socialCare', 'involvements')} items={list} line={(x) => `${words(x.team)}, from ${when(x.startedOn)}${x.endedOn ? ` to ${when(x.endedOn)}` : ''}: ${x.reason ?? ''}`} />,
              },
              {
                key: 'Safeguarding notes',
                path: at('socialCare', 'safeguardingNotes'),
                value: socialCare.safeguardingNotes,
                show: (list: any[]) => <Records errors={errors} path={at('socialCare', 'safeguardingNotes')} items={list} line={(x) => `${when(x.recordedOn)}, ${words(x.riskLevel)} risk: ${x.concern}`} />,
              },
            ]}
          />
        ) : null}
      </Section>

      <Section id="careers" title="Careers" errors={errors} path={at('careers')} present={!!careers}>
        {careers ? (
          <SummaryRows
            errors={errors}
            rows={[
              { key: 'Status', path: at('careers', 'status'), value: careers.status, show: words },
              { key: 'Aspirations', path: at('careers', 'aspirations'), value: careers.aspirations },
              { key: 'Qualifications', path: at('careers', 'qualifications'), value: careers.qualifications, show: (list: any[]) => list.map((q) => `${q.title} (${words(q.level)})`).join('; ') },
              { key: 'Work history', path: at('careers', 'workHistory'), value: careers.workHistory, show: (list: any[]) => list.map((w) => `${w.jobTitle}, ${w.employer}`).join('; ') },
              { key: 'Courses', path: at('careers', 'courses'), value: careers.courses, show: (list: any[]) => list.map((c) => `${c.title} (${words(c.status)})`).join('; ') },
            ]}
          />
        ) : null}
      </Section>

      <Section id="welfare" title="Welfare rights" errors={errors} path={at('welfare')} present={!!welfare}>
        {welfare ? (
          <SummaryRows
            errors={errors}
            rows={[
              { key: 'Household', path: at('welfare', 'householdType'), value: welfare.householdType, show: words },
              { key: 'Housing', path: at('welfare', 'housingTenure'), value: welfare.housingTenure, show: words },
              { key: 'Benefits', path: at('welfare', 'benefitAwards'), value: welfare.benefitAwards, show: (list: any[]) => list.map((b) => `${words(b.benefit)}: ${pounds(b.amountPence)} ${words(b.period).toLowerCase()}`).join('; ') },
              { key: 'Debts', path: at('welfare', 'debts'), value: welfare.debts, show: (list: any[]) => list.map((d) => `${d.creditor}: ${pounds(d.amountPence)} (${words(d.status)})`).join('; ') },
              { key: 'Financial support', path: at('welfare', 'financialSupport'), value: welfare.financialSupport, show: (list: any[]) => list.map((f) => `${words(f.kind)}: ${f.description}`).join('; ') },
              { key: 'Better-off calculations', path: at('welfare', 'betterOffCalculations'), value: welfare.betterOffCalculations, show: (list: any[]) => list.map((c) => `${when(c.calculatedAt)}: ${c.hoursPerWeek} hours at ${pounds(c.hourlyWagePence)}, ${pounds(c.monthlyGainPence)} a month better off`).join('; ') },
            ]}
          />
        ) : null}
      </Section>

      <Section id="employability" title="Employability" errors={errors} path={at('employability')} present={!!employability}>
        {employability ? (
          <SummaryRows
            errors={errors}
            rows={[
              { key: 'Keyworker', path: at('employability', 'keyworker'), value: employability.keyworker },
              { key: 'Programmes', path: at('employability', 'enrolments'), value: employability.enrolments, show: (list: any[]) => list.map((e) => `${e.programme?.name ?? 'A programme'}, ${words(e.status).toLowerCase()} since ${when(e.enrolledOn)}`).join('; ') },
              {
                key: 'Action plan',
                path: at('employability', 'actionPlan'),
                value: employability.actionPlan,
                show: (list: any[]) => <Records errors={errors} path={at('employability', 'actionPlan')} items={list} line={(g) => `${g.title} (${words(g.status).toLowerCase()}${g.dueOn ? `, due ${when(g.dueOn)}` : ''}): ${(g.steps ?? []).map((s: any) => s.description).join('; ')}`} />,
              },
              {
                key: 'Outcomes',
                path: at('employability', 'outcomes'),
                value: employability.outcomes,
                show: (list: any[]) => <Records errors={errors} path={at('employability', 'outcomes')} items={list} line={(o) => `${words(o.kind)}, ${when(o.achievedOn)}${o.employer ? `, ${o.employer}` : ''}`} />,
              },
              { key: 'Activities', path: at('employability', 'activities'), value: employability.activities, show: (list: any[]) => list.map((a) => `${a.title} (${when(a.attendedOn)})`).join('; ') },
              { key: 'Barrier funding', path: at('employability', 'barrierFunding'), value: employability.barrierFunding, show: (list: any[]) => list.map((b) => `${words(b.purpose)}: ${pounds(b.amountPence)}`).join('; ') },
            ]}
          />
        ) : null}
      </Section>

      <Section id="referrals" title="Referrals" errors={errors} path={at('referrals')} present={!!person.referrals}>
        <Records
          errors={errors}
          path={at('referrals')}
          items={person.referrals}
          empty="No referrals"
          line={(r: any, i) => (
            <>
              {agencyName(r.fromAgency)} to {agencyName(r.toAgency)}, {when(r.createdAt)}: <Value errors={errors} path={at('referrals', i, 'reason')} value={r.reason} /> ({words(r.status)}
              {r.sharedCategories?.length ? `; shared: ${r.sharedCategories.map(categoryTitle).join(', ')}` : ''})
            </>
          )}
        />
      </Section>
    </>
  );
}
