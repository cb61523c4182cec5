import { Module } from '@nestjs/common';
import { ProjectRecordsModule } from '../projects/project-records.module';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';

/** The review bodies' inbox. */
@Module({
  imports: [ProjectRecordsModule],
  controllers: [InboxController],
  providers: [InboxService],
})
export class InboxModule {}
