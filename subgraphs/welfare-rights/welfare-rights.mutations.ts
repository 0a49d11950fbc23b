import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { WelfareRightsContext } from './welfare-rights.context';
import { DebtStatus, WelfareHouseholdType, WelfareHousingTenure } from './welfare-rights.enums';
import {
  BenefitAwardInput,
  DebtInput,
  DebtStatusInput,
  EndBenefitAwardInput,
  FinancialSupportInput,
  WelfareCircumstancesInput,
} from './welfare-rights.inputs';
import { BenefitAward } from './benefit-award.type';
import { Debt } from './debt.type';
import { FinancialSupport } from './financial-support.type';
import { WelfareRecord } from './welfare-record.type';
import type { WelfareRightsDb } from './database';

type Transaction = Parameters<Parameters<WelfareRightsDb['$transaction']>[0]>[0];

/** A detail added before the circumstances were recorded opens the record, household and housing UNKNOWN. */
export const openRecord = (tx: Transaction, personId: string, staff: string) =>
  tx.welfareRecord.upsert({
    where: { personId },
    create: {
      personId,
      householdType: WelfareHouseholdType.UNKNOWN,
      housingTenure: WelfareHousingTenure.UNKNOWN,
      updatedBy: staff,
    },
    update: {},
  });

const notFound = (what: string, id: string, field: string) =>
  new GraphQLError(`No ${what} with id ${id}.`, { extensions: { code: 'NOT_FOUND', field } });

const badInput = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

@Resolver()
export class WelfareRightsMutations {
  @Mutation(() => WelfareRecord, { description: "Records the person's household and housing: what their benefits depend on." })
  recordWelfareCircumstances(@Arg('input') input: WelfareCircumstancesInput, @Ctx() { db, caller }: WelfareRightsContext) {
    const fields = { householdType: input.householdType, housingTenure: input.housingTenure, notes: input.notes ?? null };
    return db.welfareRecord.upsert({
      where: { personId: input.personId },
      create: { personId: input.personId, ...fields, updatedBy: caller.subject },
      update: { ...fields, updatedBy: caller.subject },
    });
  }

  @Mutation(() => BenefitAward)
  recordBenefitAward(@Arg('input') input: BenefitAwardInput, @Ctx() { db, caller }: WelfareRightsContext) {
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.benefitAward.create({ data: { ...input, recordedBy: caller.subject } });
    });
  }

  @Mutation(() => BenefitAward, { description: 'Records that an award stopped being paid.' })
  async endBenefitAward(@Arg('input') input: EndBenefitAwardInput, @Ctx() { db }: WelfareRightsContext) {
    const award = await db.benefitAward.findUnique({ where: { id: input.awardId } });
    if (!award) throw notFound('benefit award', input.awardId, 'awardId');
    if (input.endedOn < award.startedOn) throw badInput('endedOn is before the award started.', 'endedOn');
    return db.benefitAward.update({ where: { id: input.awardId }, data: { endedOn: input.endedOn } });
  }

  @Mutation(() => Debt, { description: 'Records a debt, status OPEN until a plan is agreed.' })
  recordDebt(@Arg('input') input: DebtInput, @Ctx() { db, caller }: WelfareRightsContext) {
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.debt.create({ data: { ...input, status: DebtStatus.OPEN, recordedBy: caller.subject } });
    });
  }

  @Mutation(() => Debt, { description: "Changes a debt's status; a repayment plan needs its monthly instalment." })
  async updateDebtStatus(@Arg('input') input: DebtStatusInput, @Ctx() { db }: WelfareRightsContext) {
    const debt = await db.debt.findUnique({ where: { id: input.debtId } });
    if (!debt) throw notFound('debt', input.debtId, 'debtId');
    const onPlan = input.status === DebtStatus.REPAYMENT_PLAN;
    if (onPlan && input.monthlyRepaymentPence == null) {
      throw badInput('A repayment plan needs monthlyRepaymentPence.', 'monthlyRepaymentPence');
    }
    if (!onPlan && input.monthlyRepaymentPence != null) {
      throw badInput('monthlyRepaymentPence goes only with status REPAYMENT_PLAN.', 'monthlyRepaymentPence');
    }
    return db.debt.update({
      where: { id: input.debtId },
      data: { status: input.status, monthlyRepaymentPence: onPlan ? input.monthlyRepaymentPence : null },
    });
  }

  @Mutation(() => FinancialSupport)
  recordFinancialSupport(@Arg('input') input: FinancialSupportInput, @Ctx() { db, caller }: WelfareRightsContext) {
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.financialSupport.create({
        data: { ...input, annualGainPence: input.annualGainPence ?? null, adviser: caller.subject },
      });
    });
  }
}
