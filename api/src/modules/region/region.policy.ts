import { definePolicy } from '../../common/access/policy';
import { registerTableName } from '../../common/errors';
import { Region } from './region.entity';

export const REGION_LABEL = { zh: '区域', en: 'region' };
registerTableName('region', REGION_LABEL);

/** Reference data: everyone who may read regions reads all of them. */
export const REGION_POLICY = definePolicy(Region, { resource: 'region', label: REGION_LABEL });
