import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentEntity, DecisionReportEntity, OrganisationEntity, ProjectEntity, ProjectEventEntity } from '../database/entities';
import { PoliciesModule } from '../policies/policies.module';
import { ProjectAccess } from './project-access.service';
import { ProjectWriter } from './project-writer.service';

/** What the project features share (projects, inbox, attachments): the tables, row-level access and the writer. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProjectEntity, ProjectEventEntity, DecisionReportEntity, OrganisationEntity, AttachmentEntity]),
    PoliciesModule,
  ],
  providers: [ProjectAccess, ProjectWriter],
  exports: [TypeOrmModule, PoliciesModule, ProjectAccess, ProjectWriter],
})
export class ProjectRecordsModule {}
