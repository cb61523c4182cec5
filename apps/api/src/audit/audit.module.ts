import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryEntity, UserEntity } from '../database/entities';
import { AuditController } from './audit.controller';
import { AuditLogService } from './audit-log.service';
import { AuditService } from './audit.service';

/** The audit log, available to every feature module (each write records itself in its own transaction). */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity, UserEntity])],
  controllers: [AuditController],
  providers: [AuditService, AuditLogService],
  exports: [AuditService],
})
export class AuditModule {}
