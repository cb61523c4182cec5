import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationEntity, UserEntity } from '../database/entities';
import { LoginAttempts } from './login-attempts';
import { MeController } from './me.controller';
import { SessionBuilder } from './session.builder';

/**
 * Sessions and the login's brute-force protection. (The login endpoint, AuthService and the guards are registered
 * in AppModule; they use what this module exports.)
 */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, OrganisationEntity])],
  controllers: [MeController],
  providers: [SessionBuilder, LoginAttempts],
  exports: [SessionBuilder, LoginAttempts],
})
export class AuthModule {}
