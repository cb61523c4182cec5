import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DecisionReportEntity, JurisdictionEntity, PolicyEntity, PolicyVersionEntity, ProjectEntity } from '../database/entities';
import { PoliciesController } from './policies.controller';
import { PoliciesService } from './policies.service';
import { PolicyCatalogService } from './policy-catalog.service';
import { PolicyDraftsService } from './policy-drafts.service';
import { PolicyImportService } from './policy-import.service';
import { PolicyListController } from './policy-list.controller';
import { PolicyPublishService } from './policy-publish.service';
import { PolicyScenarioRunner } from './policy-scenarios.runner';
import { PolicyVersionWriter } from './policy-version.writer';
import { PolicyVersionsController } from './policy-versions.controller';

/**
 * Policies and their versions: the current version of a jurisdiction, drafts, publication, import/export and diffs.
 * Projects and reports are read (never written) to say what a publication leaves unchanged and what a draft is used by.
 */
@Module({
  imports: [TypeOrmModule.forFeature([PolicyEntity, PolicyVersionEntity, JurisdictionEntity, ProjectEntity, DecisionReportEntity])],
  controllers: [PoliciesController, PolicyListController, PolicyVersionsController],
  providers: [PoliciesService, PolicyCatalogService, PolicyDraftsService, PolicyImportService, PolicyPublishService, PolicyScenarioRunner, PolicyVersionWriter],
  exports: [PoliciesService, PolicyImportService],
})
export class PoliciesModule {}
