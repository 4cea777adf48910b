import { definePolicy, NOTHING } from '../../common/access/policy';
import { isMakerKey, isPartner } from '../../common/access/actors';
import { registerTableName } from '../../common/errors';
import { payScope } from '../station/station.policy';
import { CommissionAdjustment } from './commission-adjustment.entity';
import { SettlementStatement } from './settlement.entity';

export const STATEMENT_LABEL = { zh: '对厂结算单', en: 'settlement statement' };
registerTableName('settlement_statement', STATEMENT_LABEL);
registerTableName('commission_adjustment', { zh: '奖惩记录', en: 'commission adjustment' });

/**
 * Statements: the office and station staff see them all (a station's lines are narrowed to its
 * orders by the order policy); a manufacturer's key its own; other keys none. Who confirmed is internal.
 */
export const SETTLEMENT_POLICY = definePolicy(SettlementStatement, {
  resource: 'report',
  label: STATEMENT_LABEL,
  scope: (actor) => (isMakerKey(actor) ? { manufacturer: actor.manufacturerId } : isPartner(actor) ? NOTHING : undefined),
  redactable: ['confirmedBy', 'note'],
  redact: (actor) => (isPartner(actor) ? { confirmedBy: 'hide', note: 'hide' } : undefined),
});

/** Rewards and deductions are pay: read as the commission report is (`payScope`: all, a station's technicians', one's own), partners none. */
export const COMMISSION_ADJUSTMENT_POLICY = definePolicy(CommissionAdjustment, {
  resource: 'report',
  label: { zh: '奖惩记录', en: 'commission adjustment' },
  scope: (actor) => {
    const pay = payScope(actor);
    return pay === null ? NOTHING : pay === undefined ? undefined : { technician: pay };
  },
});
