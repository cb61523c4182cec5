import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * The first schema. Written with TypeORM's portable Table API and only types both databases share
 * (varchar, text, bigint), so the same migration runs on SQLite and PostgreSQL.
 */
const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const primary = (name: string, length: number): TableColumnOptions => ({ ...varchar(name, length), isPrimary: true });

export class InitialSchema1763769600000 implements MigrationInterface {
  name = 'InitialSchema1763769600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'jurisdictions',
        columns: [primary('code', 6), varchar('name', 100), varchar('level', 20), varchar('parent_code', 6, true)],
        foreignKeys: [{ columnNames: ['parent_code'], referencedTableName: 'jurisdictions', referencedColumnNames: ['code'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'organisations',
        columns: [
          primary('id', 64),
          varchar('jurisdiction_code', 6),
          varchar('name', 200),
          varchar('kind', 20),
          varchar('body_key', 64, true),
        ],
        foreignKeys: [{ columnNames: ['jurisdiction_code'], referencedTableName: 'jurisdictions', referencedColumnNames: ['code'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          primary('id', 64),
          { ...varchar('username', 64), isUnique: true },
          varchar('display_name', 100),
          varchar('password_hash', 255),
          varchar('role', 32),
          varchar('jurisdiction_code', 6),
          varchar('organisation_id', 64, true),
        ],
        foreignKeys: [
          { columnNames: ['jurisdiction_code'], referencedTableName: 'jurisdictions', referencedColumnNames: ['code'] },
          { columnNames: ['organisation_id'], referencedTableName: 'organisations', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'policies',
        columns: [primary('id', 100), varchar('jurisdiction_code', 6), varchar('title', 300)],
        foreignKeys: [{ columnNames: ['jurisdiction_code'], referencedTableName: 'jurisdictions', referencedColumnNames: ['code'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'policy_versions',
        columns: [
          primary('id', 64),
          varchar('policy_id', 100),
          varchar('jurisdiction_code', 6),
          varchar('version_label', 100),
          varchar('status', 32),
          varchar('effective_from', 10, true),
          varchar('effective_to', 10, true),
          text('content'),
          varchar('content_hash', 64),
          varchar('source_file', 300, true),
          varchar('created_at', 32),
        ],
        foreignKeys: [{ columnNames: ['policy_id'], referencedTableName: 'policies', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'projects',
        columns: [
          primary('id', 36),
          varchar('policy_version_id', 64),
          varchar('organisation_id', 64),
          varchar('jurisdiction_code', 6),
          varchar('name', 300),
          { name: 'total_investment_fen', type: 'bigint', isNullable: true },
          text('form_values'),
          text('facts'),
          varchar('track_id', 64, true),
          text('report'),
          varchar('report_policy_hash', 64),
          varchar('submitted_on', 10, true),
          varchar('created_at', 32),
        ],
        foreignKeys: [
          { columnNames: ['policy_version_id'], referencedTableName: 'policy_versions', referencedColumnNames: ['id'] },
          { columnNames: ['organisation_id'], referencedTableName: 'organisations', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createIndex('projects', new TableIndex({ name: 'idx_projects_organisation', columnNames: ['organisation_id'] }));
    await queryRunner.createTable(
      new Table({
        name: 'project_events',
        columns: [
          primary('id', 36),
          varchar('project_id', 36),
          varchar('kind', 40),
          varchar('occurred_on', 10),
          text('payload'),
          varchar('actor_id', 64, true),
          varchar('created_at', 32),
        ],
        foreignKeys: [{ columnNames: ['project_id'], referencedTableName: 'projects', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createIndex('project_events', new TableIndex({ name: 'idx_project_events_project', columnNames: ['project_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['project_events', 'projects', 'policy_versions', 'policies', 'users', 'organisations', 'jurisdictions']) {
      await queryRunner.dropTable(table);
    }
  }
}
