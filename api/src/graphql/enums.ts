import { registerEnumType } from 'type-graphql';
import { enumLabels } from '../common/labels/catalogue';

/**
 * A GraphQL enum whose value descriptions come from the label catalogue (`已接件 Received`),
 * with an optional note where a value needs more than its name.
 */
export function labelledEnum(
  enumObject: object,
  name: string,
  options: { description?: string; notes?: Record<string, string> } = {},
): void {
  const labels = enumLabels(name);
  const valuesConfig = Object.fromEntries(
    Object.keys(enumObject).map((key) => {
      const label = labels[key];
      if (!label) throw new Error(`The label catalogue has no ${name}.${key}`);
      return [key, { description: [label.zh, label.en, options.notes?.[key]].filter(Boolean).join(' — ') }];
    }),
  );
  registerEnumType(enumObject, { name, description: options.description, valuesConfig });
}
