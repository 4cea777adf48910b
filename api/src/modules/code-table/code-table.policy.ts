import { definePolicy } from '../../common/access/policy';
import { registerTableName } from '../../common/errors';
import { Code } from './code.entity';
import { CodeGroup } from './code-group.entity';

export const CODE_LABELS = {
  group: { zh: '代码组', en: 'code group' },
  code: { zh: '代码', en: 'code' },
};
registerTableName('code_group', CODE_LABELS.group);
registerTableName('code', CODE_LABELS.code);

/** Code tables are reference data shared by the whole network. */
export const CODE_GROUP_POLICY = definePolicy(CodeGroup, { resource: 'codeTable', label: CODE_LABELS.group });
export const CODE_POLICY = definePolicy(Code, { resource: 'codeTable', label: CODE_LABELS.code });
