import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Rules = ReturnType<Storage['getTargetValidationMetadatas']>;

/**
 * class-validator finds the rules of a class on every validation by walking every validated class
 * of the process (`instanceof` each, for inherited rules): with a few hundred input classes that
 * walk was ~4 % of a small list request's CPU (type-graphql validates each request's arguments).
 * Rules are declared by decorators when their classes load, so the answer per class is kept, and
 * forgotten whenever a rule is added.
 */
export function cacheValidationRules(): void {
  const storage = getMetadataStorage() as Storage;
  if ((storage as { rulesCached?: boolean }).rulesCached) return;
  (storage as { rulesCached?: boolean }).rulesCached = true;
  const find = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let known = new WeakMap<object, Map<string, Rules>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    let byOptions = known.get(target);
    if (!byOptions) known.set(target, (byOptions = new Map()));
    const key = `${schema ?? ''}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let rules = byOptions.get(key);
    if (!rules) byOptions.set(key, (rules = find(target, schema, always, strictGroups, groups)));
    return rules;
  };
  storage.addValidationMetadata = (metadata) => {
    known = new WeakMap();
    add(metadata);
  };
}
