import { JurisdictionEntity } from './jurisdiction.entity';
import { OrganisationEntity } from './organisation.entity';
import { PolicyVersionEntity } from './policy-version.entity';
import { PolicyEntity } from './policy.entity';
import { ProjectEventEntity } from './project-event.entity';
import { ProjectEntity } from './project.entity';
import { UserEntity } from './user.entity';

export { JurisdictionEntity, OrganisationEntity, PolicyEntity, PolicyVersionEntity, ProjectEntity, ProjectEventEntity, UserEntity };

export const ENTITIES = [
  JurisdictionEntity,
  OrganisationEntity,
  UserEntity,
  PolicyEntity,
  PolicyVersionEntity,
  ProjectEntity,
  ProjectEventEntity,
];
