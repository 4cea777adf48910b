import { definePolicy } from '../../common/access/policy';
import { isPartner } from '../../common/access/actors';
import { registerTableName } from '../../common/errors';
import { Part } from './part.entity';

export const PART_LABEL = { zh: '配件', en: 'part' };
registerTableName('part', PART_LABEL);

/** A manufacturer's key sees its own parts; partners never see what a part costs us. */
export const PART_POLICY = definePolicy(Part, {
  resource: 'part',
  label: PART_LABEL,
  scope: (actor) => (actor.manufacturerId ? { manufacturer: actor.manufacturerId } : undefined),
  redactable: ['costPrice'],
  redact: (actor) => (isPartner(actor) ? { costPrice: 'hide' } : undefined),
});
