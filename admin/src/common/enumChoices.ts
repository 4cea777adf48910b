import { zh } from '../i18n/zh';

export type EnumName = keyof typeof zh.enums;

/** Choices for an API enum, labelled by the `enums.<Enum>.<VALUE>` translations (which list every value). */
export function enumChoices(name: EnumName): { id: string; name: string }[] {
  return Object.keys(zh.enums[name]).map((id) => ({ id, name: `enums.${name}.${id}` }));
}
