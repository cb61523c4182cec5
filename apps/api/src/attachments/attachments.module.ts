import { Module } from '@nestjs/common';
import { ProjectRecordsModule } from '../projects/project-records.module';
import { AttachmentLimits } from './attachment-limits';
import { AttachmentStore } from './attachment-store';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';

/** Project attachments: upload with size and type limits, content-addressed storage, download. */
@Module({
  imports: [ProjectRecordsModule],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    AttachmentStore,
    AttachmentUploadInterceptor,
    // Validated at boot: a wrong ATTACHMENT_MAX_MB stops the start with a message naming it.
    { provide: AttachmentLimits, useFactory: () => AttachmentLimits.fromEnv(process.env) },
  ],
})
export class AttachmentsModule {}
