/**
 * The panel resource of an audited entity, by the API's naming convention: the list query is the
 * entity's plural, lower camel case (`ProductCategory` → `productCategories`). Whether the panel
 * has a page for it is for the caller to check (test/panel checks the convention holds).
 */
export function entityResource(entityName: string): string {
  const name = entityName.charAt(0).toLowerCase() + entityName.slice(1);
  return /[^aeiou]y$/.test(name) ? `${name.slice(0, -1)}ies` : `${name}s`;
}
