import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionEntity, OrganisationEntity, PolicyEntity } from '../database/entities';
import { DirectoryController } from './directory.controller';
import { JurisdictionsService } from './jurisdictions.service';
import { OrganisationsService } from './organisations.service';

/** The directory: the jurisdiction tree and the organisations (departments and review bodies). */
@Module({
  imports: [TypeOrmModule.forFeature([JurisdictionEntity, OrganisationEntity, PolicyEntity])],
  controllers: [DirectoryController],
  providers: [JurisdictionsService, OrganisationsService],
})
export class DirectoryModule {}
