// The ordered list of migrations, kept by `npm run migration:create`.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123143035_initial } from './Migration20261123143035_initial';

export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123143035_initial', class: Migration20261123143035_initial },
];
