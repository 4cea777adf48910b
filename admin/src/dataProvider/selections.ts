import { GET_ONE } from 'ra-core';

/**
 * Records are read with their scalar and enum fields (relations come as `<relation>Id` and are
 * resolved by react-admin's references). These are the few nested parts a page needs besides.
 */
export const EXTRA_SELECTIONS: Record<string, Partial<Record<string, string>>> = {
  apiKeys: { [GET_ONE]: 'usage { day operation requests lastAt }' },
};
