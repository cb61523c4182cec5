import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GUARD_MESSAGES } from '../guard-messages';

/**
 * A version's text as its author wrote it (`source_yaml`: comments and layout kept) and its scenario file
 * (`scenarios`, YAML). Both nullable: versions stored before keep their content and have no text.
 *
 * Plain `ALTER TABLE … ADD COLUMN` on both databases rather than TypeORM's addColumn, which on SQLite recreates the
 * table and so drops its triggers (ADR 0005). The published-version guard is then recreated with the two new
 * columns among the frozen ones: a published version's text and scenarios are as immutable as its content.
 */
const IMMUTABLE_VERSION = GUARD_MESSAGES.immutableVersion;

/** What a published row may never change (before this migration: all but the last two). */
const FROZEN_BEFORE = ['id', 'policy_id', 'jurisdiction_code', 'version_label', 'status', 'state', 'effective_from', 'content', 'content_hash', 'published_at', 'published_by'];
const FROZEN = [...FROZEN_BEFORE, 'source_yaml', 'scenarios'];

export class PolicySourceText1764892800000 implements MigrationInterface {
  name = 'PolicySourceText1764892800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE policy_versions ADD COLUMN source_yaml text NULL`);
    await queryRunner.query(`ALTER TABLE policy_versions ADD COLUMN scenarios text NULL`);
    for (const statement of publishedGuard(queryRunner, FROZEN)) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The guard first: SQLite refuses to drop a column a trigger still names.
    for (const statement of publishedGuard(queryRunner, FROZEN_BEFORE)) await queryRunner.query(statement);
    await queryRunner.query(`ALTER TABLE policy_versions DROP COLUMN scenarios`);
    await queryRunner.query(`ALTER TABLE policy_versions DROP COLUMN source_yaml`);
  }
}

/**
 * Replaces the guard of published versions (the platform schema's, same behaviour) to freeze `frozen`: no change
 * to any of them and no DELETE once published; the end date may be set once (publishing a successor).
 */
function publishedGuard(queryRunner: QueryRunner, frozen: string[]): string[] {
  const changed = (distinct: string) => frozen.map((column) => `NEW.${column} ${distinct} OLD.${column}`).join(' OR ');
  if (queryRunner.connection.options.type === 'postgres') {
    // The trigger calls the function by name: replacing the function is enough.
    return [
      `CREATE OR REPLACE FUNCTION banfa_guard_published_version() RETURNS trigger AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           IF OLD.state = 'published' THEN RAISE EXCEPTION '${IMMUTABLE_VERSION}' USING ERRCODE = 'raise_exception'; END IF;
           RETURN OLD;
         END IF;
         IF OLD.state = 'published' AND (${changed('IS DISTINCT FROM')}
             OR (OLD.effective_to IS NOT NULL AND NEW.effective_to IS DISTINCT FROM OLD.effective_to)) THEN
           RAISE EXCEPTION '${IMMUTABLE_VERSION}' USING ERRCODE = 'raise_exception';
         END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql`,
    ];
  }
  return [
    'DROP TRIGGER IF EXISTS policy_versions_published_update',
    `CREATE TRIGGER policy_versions_published_update BEFORE UPDATE ON policy_versions
     WHEN OLD.state = 'published' AND (${changed('IS NOT')}
       OR (OLD.effective_to IS NOT NULL AND NEW.effective_to IS NOT OLD.effective_to))
     BEGIN SELECT RAISE(ABORT, '${IMMUTABLE_VERSION}'); END`,
  ];
}
