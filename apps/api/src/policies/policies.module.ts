import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PolicyEntity, PolicyVersionEntity } from '../database/entities';
import { PoliciesController } from './policies.controller';
import { PoliciesService } from './policies.service';
import { PolicyImportService } from './policy-import.service';

@Module({
  imports: [TypeOrmModule.forFeature([PolicyEntity, PolicyVersionEntity])],
  controllers: [PoliciesController],
  providers: [PoliciesService, PolicyImportService],
  exports: [PoliciesService, PolicyImportService],
})
export class PoliciesModule {}
