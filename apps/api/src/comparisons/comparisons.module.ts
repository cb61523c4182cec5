import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionEntity, PolicyVersionEntity } from '../database/entities';
import { ComparisonsController } from './comparisons.controller';
import { ComparisonsService } from './comparisons.service';

/**
 * Comparisons of policies (libs/policy-compare): the configuration matrix of several jurisdictions' policies or of
 * one jurisdiction's versions over time, one sample project through each, and both as Excel. Reads only.
 */
@Module({
  imports: [TypeOrmModule.forFeature([PolicyVersionEntity, JurisdictionEntity])],
  controllers: [ComparisonsController],
  providers: [ComparisonsService],
})
export class ComparisonsModule {}
