import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import pretty from 'pino-pretty';
import { existsSync, mkdirSync } from 'node:fs';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { ComparisonsModule } from './comparisons/comparisons.module';
import { DirectoryModule } from './directory/directory.module';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { jwtSecret } from './auth/jwt-secret';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { CoreModule } from './core/core.module';
import { databaseOptions } from './database/database.options';
import { JurisdictionEntity, OrganisationEntity, UserEntity } from './database/entities';
import { AppErrorFilter } from './errors/app-error.filter';
import { HealthController } from './health/health.controller';
import { PermissionGuard } from './permissions/permission.guard';
import { PoliciesModule } from './policies/policies.module';
import { ProjectsModule } from './projects/projects.module';
import { SeedService } from './seed/seed.service';

export interface AppModuleOptions {
  /** Tests start from an empty schema. */
  dropSchema?: boolean;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions = {}): DynamicModule {
    mkdirSync(config.dataDir, { recursive: true });
    const serveWeb = existsSync(config.webDistDir)
      ? [ServeStaticModule.forRoot({ rootPath: config.webDistDir, exclude: ['/api/{*path}'] })]
      : [];
    return {
      module: AppModule,
      imports: [
        { module: ConfigHolder, global: true, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] },
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: [
            {
              level: config.logLevel,
              autoLogging: { ignore: (request) => request.url === '/api/health' },
              redact: ['req.headers.authorization'],
            },
            // JSON lines in production; readable lines in development, written in order with the start banner.
            config.env === 'development' ? pretty({ sync: true, singleLine: true }) : pino.destination({ sync: false }),
          ],
        }),
        TypeOrmModule.forRoot(databaseOptions(config, options)),
        TypeOrmModule.forFeature([JurisdictionEntity, OrganisationEntity, UserEntity]),
        JwtModule.register({ secret: jwtSecret(config) }),
        CoreModule,
        AuditModule,
        AuthModule,
        CalendarModule,
        DirectoryModule,
        PoliciesModule,
        ProjectsModule,
        ComparisonsModule,
        ...serveWeb,
      ],
      controllers: [HealthController, AuthController],
      providers: [
        AuthService,
        SeedService,
        // Global guards run in this order: who is it (AuthGuard), may they call this endpoint at all (PermissionGuard).
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: PermissionGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
    };
  }
}

@Module({})
class ConfigHolder {}
