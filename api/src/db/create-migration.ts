import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from './embedded';
import { MIGRATIONS_DIR, ormConfig } from './orm.config';

/** Writes the index the ORM loads migrations from: every migration file, in name (= time) order. */
function writeIndex(): void {
  const files = fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .sort();
  const lines = files.map((f) => f.replace(/\.ts$/, ''));
  const imports = lines.map((name) => `import { ${name} } from './${name}';`).join('\n');
  const list = lines.map((name) => `  { name: '${name}', class: ${name} },`).join('\n');
  fs.writeFileSync(
    path.join(MIGRATIONS_DIR, 'index.ts'),
    `// The ordered list of migrations, kept by \`npm run migration:create\`.\nimport type { MigrationObject } from '@mikro-orm/core';\n${imports}\n\nexport const MIGRATIONS: MigrationObject[] = [\n${list}\n];\n`,
  );
}

/**
 * `npm run migration:create [name]`: applies the existing migrations to a scratch database and
 * writes a new one for whatever the entities add (no snapshot file to conflict on).
 */
async function main(): Promise<void> {
  const dir = path.join(os.tmpdir(), `asp-migrate-${process.pid}`);
  const db = await startEmbeddedPostgres({ dir, port: 54000 + (process.pid % 1000), database: 'migrate', persistent: false });
  const orm = await MikroORM.init(ormConfig(db.url));
  try {
    const migrator = orm.getMigrator();
    await migrator.up();
    const name = process.argv[2]?.replace(/\W+/g, '_');
    const result = await migrator.createMigration(MIGRATIONS_DIR, false, false, name);
    if (!result.diff.up.length) console.log('No changes: the entities match the migrations.');
    else console.log(`Wrote ${result.fileName}`);
    writeIndex();
  } finally {
    await orm.close(true);
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
