import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { InboxModule } from '../inbox/inbox.module';
import { ProjectChangesController } from './project-changes.controller';
import { ProjectChangesService } from './project-changes.service';
import { ProjectDraftsService } from './project-drafts.service';
import { ProjectEventsController } from './project-events.controller';
import { ProjectEventsService } from './project-events.service';
import { ProjectRecordsModule } from './project-records.module';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';
import { StepActionsController } from './step-actions.controller';
import { StepActionsService } from './step-actions.service';

/** Projects from draft to acceptance: drafts and submission, events, review actions, changes; with the inbox and attachments. */
@Module({
  imports: [ProjectRecordsModule, InboxModule, AttachmentsModule],
  controllers: [ProjectsController, ProjectEventsController, StepActionsController, ProjectChangesController],
  providers: [ProjectsService, ProjectDraftsService, ProjectEventsService, StepActionsService, ProjectChangesService],
})
export class ProjectsModule {}
