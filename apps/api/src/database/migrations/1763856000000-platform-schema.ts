import { GUARD_MESSAGES } from '../guard-messages';
import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * The platform: drafts and published versions of policies (immutable once published, guarded by triggers on
 * both databases), project drafts, stored decision reports, attachments, calendar overrides and the append-only
 * audit log. Portable Table API for the tables; the guards are the only per-database SQL.
 */
const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const integer = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });
const primary = (name: string, length: number): TableColumnOptions => ({ ...varchar(name, length), isPrimary: true });

const IMMUTABLE_VERSION = GUARD_MESSAGES.immutableVersion;
const APPEND_ONLY = GUARD_MESSAGES.appendOnly;

export class PlatformSchema1763856000000 implements MigrationInterface {
  name = 'PlatformSchema1763856000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Policy versions: draft → published; optimistic locking; the province for observers' queries.
    await queryRunner.addColumns('policy_versions', [
      new TableColumn({ ...varchar('state', 16), default: "'draft'" }),
      new TableColumn({ ...integer('lock_version'), default: 1 }),
      new TableColumn(varchar('based_on_id', 64, true)),
      new TableColumn(varchar('province_code', 6, true)),
      new TableColumn(varchar('published_at', 32, true)),
      new TableColumn(varchar('published_by', 64, true)),
      new TableColumn(varchar('updated_at', 32, true)),
    ]);
    await queryRunner.query(
      `UPDATE policy_versions SET state = 'published', published_at = created_at, updated_at = created_at, province_code = ${provinceOf('jurisdiction_code')}`,
    );
    await queryRunner.createIndex('policy_versions', new TableIndex({ name: 'idx_policy_versions_policy', columnNames: ['policy_id'] }));

    // Projects: drafts before submission (no report yet), optimistic locking, the province for observers.
    await queryRunner.addColumns('projects', [
      new TableColumn({ ...varchar('state', 16), default: "'submitted'" }),
      new TableColumn({ ...text('fact_answers', true) }),
      new TableColumn({ ...integer('lock_version'), default: 1 }),
      new TableColumn(varchar('province_code', 6, true)),
      new TableColumn(varchar('created_by', 64, true)),
      new TableColumn(varchar('updated_at', 32, true)),
    ]);
    await queryRunner.query(
      `UPDATE projects SET fact_answers = '{}', updated_at = created_at, province_code = ${provinceOf('jurisdiction_code')}`,
    );
    await queryRunner.changeColumn('projects', 'report', new TableColumn(text('report', true)));
    await queryRunner.changeColumn('projects', 'report_policy_hash', new TableColumn(varchar('report_policy_hash', 64, true)));
    await queryRunner.createIndex('projects', new TableIndex({ name: 'idx_projects_jurisdiction', columnNames: ['jurisdiction_code'] }));

    await queryRunner.createTable(
      new Table({
        name: 'decision_reports',
        columns: [
          primary('id', 36),
          varchar('project_id', 36),
          varchar('policy_version_id', 64),
          varchar('policy_hash', 64),
          varchar('as_of', 10),
          varchar('event_id', 36, true),
          text('report'),
          varchar('computed_at', 32),
        ],
        foreignKeys: [
          { columnNames: ['project_id'], referencedTableName: 'projects', referencedColumnNames: ['id'] },
          { columnNames: ['policy_version_id'], referencedTableName: 'policy_versions', referencedColumnNames: ['id'] },
        ],
        indices: [{ name: 'idx_decision_reports_project', columnNames: ['project_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'attachments',
        columns: [
          primary('id', 36),
          varchar('project_id', 36),
          varchar('requirement_id', 64),
          varchar('file_name', 255),
          varchar('media_type', 100),
          integer('size_bytes'),
          varchar('sha256', 64),
          varchar('storage_key', 200),
          varchar('uploaded_by', 64),
          varchar('uploaded_at', 32),
        ],
        foreignKeys: [{ columnNames: ['project_id'], referencedTableName: 'projects', referencedColumnNames: ['id'] }],
        indices: [{ name: 'idx_attachments_project', columnNames: ['project_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'calendar_years',
        columns: [
          { ...integer('year'), isPrimary: true },
          // true: the official holiday arrangement for the year has been entered here (not provisional).
          { name: 'published', type: 'boolean', default: false },
          varchar('note', 300, true),
          varchar('updated_by', 64, true),
          varchar('updated_at', 32),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'calendar_overrides',
        columns: [
          primary('day', 10),
          integer('year'),
          // true: a working day (调休上班); false: a day off (法定节假日).
          { name: 'working', type: 'boolean' },
          varchar('note', 300, true),
          varchar('updated_by', 64, true),
          varchar('updated_at', 32),
        ],
        indices: [{ name: 'idx_calendar_overrides_year', columnNames: ['year'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          { ...integer('seq'), isPrimary: true },
          varchar('at', 32),
          varchar('actor_id', 64, true),
          varchar('action', 64),
          varchar('subject_type', 40),
          varchar('subject_id', 100),
          varchar('hash_before', 64, true),
          varchar('hash_after', 64, true),
          text('detail'),
          varchar('prev_hash', 64),
          varchar('entry_hash', 64),
        ],
        indices: [{ name: 'idx_audit_log_subject', columnNames: ['subject_type', 'subject_id'] }],
      }),
    );

    for (const statement of guards(queryRunner)) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of dropGuards(queryRunner)) await queryRunner.query(statement);
    for (const table of ['audit_log', 'calendar_overrides', 'calendar_years', 'attachments', 'decision_reports']) {
      await queryRunner.dropTable(table);
    }
    await queryRunner.dropIndex('projects', 'idx_projects_jurisdiction');
    await queryRunner.changeColumn('projects', 'report_policy_hash', new TableColumn(varchar('report_policy_hash', 64)));
    await queryRunner.changeColumn('projects', 'report', new TableColumn(text('report')));
    for (const column of ['updated_at', 'created_by', 'province_code', 'lock_version', 'fact_answers', 'state']) {
      await queryRunner.dropColumn('projects', column);
    }
    await queryRunner.dropIndex('policy_versions', 'idx_policy_versions_policy');
    for (const column of ['updated_at', 'published_by', 'published_at', 'province_code', 'based_on_id', 'lock_version', 'state']) {
      await queryRunner.dropColumn('policy_versions', column);
    }
  }
}

function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.options.type === 'postgres';
}

/** The GB/T 2260 province of a code column: its first two digits followed by 0000. */
function provinceOf(column: string): string {
  return `substr(${column}, 1, 2) || '0000'`;
}

/**
 * The database's own guards, so that no code path (nor a hand-written UPDATE) can change a published version or
 * rewrite the audit log. A published version may only gain an end date, once (publishing its successor ends it).
 */
function guards(queryRunner: QueryRunner): string[] {
  const changed = (columns: string[], distinct: string) => columns.map((column) => `NEW.${column} ${distinct} OLD.${column}`).join(' OR ');
  const frozen = ['id', 'policy_id', 'jurisdiction_code', 'version_label', 'status', 'state', 'effective_from', 'content', 'content_hash', 'published_at', 'published_by'];
  if (isPostgres(queryRunner)) {
    return [
      `CREATE OR REPLACE FUNCTION banfa_guard_published_version() RETURNS trigger AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           IF OLD.state = 'published' THEN RAISE EXCEPTION '${IMMUTABLE_VERSION}' USING ERRCODE = 'raise_exception'; END IF;
           RETURN OLD;
         END IF;
         IF OLD.state = 'published' AND (${changed(frozen, 'IS DISTINCT FROM')}
             OR (OLD.effective_to IS NOT NULL AND NEW.effective_to IS DISTINCT FROM OLD.effective_to)) THEN
           RAISE EXCEPTION '${IMMUTABLE_VERSION}' USING ERRCODE = 'raise_exception';
         END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql`,
      `CREATE TRIGGER policy_versions_published_guard BEFORE UPDATE OR DELETE ON policy_versions
       FOR EACH ROW EXECUTE FUNCTION banfa_guard_published_version()`,
      `CREATE OR REPLACE FUNCTION banfa_guard_audit_log() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION '${APPEND_ONLY}' USING ERRCODE = 'raise_exception'; END $$ LANGUAGE plpgsql`,
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION banfa_guard_audit_log()`,
    ];
  }
  return [
    `CREATE TRIGGER policy_versions_published_update BEFORE UPDATE ON policy_versions
     WHEN OLD.state = 'published' AND (${changed(frozen, 'IS NOT')}
       OR (OLD.effective_to IS NOT NULL AND NEW.effective_to IS NOT OLD.effective_to))
     BEGIN SELECT RAISE(ABORT, '${IMMUTABLE_VERSION}'); END`,
    `CREATE TRIGGER policy_versions_published_delete BEFORE DELETE ON policy_versions
     WHEN OLD.state = 'published'
     BEGIN SELECT RAISE(ABORT, '${IMMUTABLE_VERSION}'); END`,
    `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
    `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
  ];
}

function dropGuards(queryRunner: QueryRunner): string[] {
  if (isPostgres(queryRunner)) {
    return [
      'DROP TRIGGER policy_versions_published_guard ON policy_versions',
      'DROP FUNCTION banfa_guard_published_version()',
      'DROP TRIGGER audit_log_append_only ON audit_log',
      'DROP FUNCTION banfa_guard_audit_log()',
    ];
  }
  return [
    'DROP TRIGGER policy_versions_published_update',
    'DROP TRIGGER policy_versions_published_delete',
    'DROP TRIGGER audit_log_no_update',
    'DROP TRIGGER audit_log_no_delete',
  ];
}
