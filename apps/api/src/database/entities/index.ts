import { AttachmentEntity } from './attachment.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { CalendarOverrideEntity } from './calendar-override.entity';
import { CalendarYearEntity } from './calendar-year.entity';
import { DecisionReportEntity } from './decision-report.entity';
import { JurisdictionEntity } from './jurisdiction.entity';
import { OrganisationEntity } from './organisation.entity';
import { PolicyVersionEntity, type PolicyVersionState } from './policy-version.entity';
import { PolicyEntity } from './policy.entity';
import { ProjectEventEntity } from './project-event.entity';
import { ProjectEntity, type ProjectState } from './project.entity';
import { UserEntity } from './user.entity';

export {
  AttachmentEntity,
  AuditEntryEntity,
  CalendarOverrideEntity,
  CalendarYearEntity,
  DecisionReportEntity,
  JurisdictionEntity,
  OrganisationEntity,
  PolicyEntity,
  PolicyVersionEntity,
  ProjectEntity,
  ProjectEventEntity,
  UserEntity,
  type PolicyVersionState,
  type ProjectState,
};

export const ENTITIES = [
  JurisdictionEntity,
  OrganisationEntity,
  UserEntity,
  PolicyEntity,
  PolicyVersionEntity,
  ProjectEntity,
  ProjectEventEntity,
  DecisionReportEntity,
  AttachmentEntity,
  CalendarYearEntity,
  CalendarOverrideEntity,
  AuditEntryEntity,
];
