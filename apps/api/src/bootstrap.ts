import type { NestExpressApplication } from '@nestjs/platform-express';
import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module';
import type { AppConfig } from './config/app-config';
import { AppError } from './errors/app-error';
import { requestBodyGuard } from './errors/request-body.middleware';
import { validationDetails } from './errors/validation-details';
import { SeedService, type SeedSummary } from './seed/seed.service';

/**
 * Builds the application the same way for `npm start` and for the tests: migrations run, the seed is applied,
 * every route is under /api, errors have one shape, and the web is served under a strict CSP.
 */
export async function createApp(
  config: AppConfig,
  options: AppModuleOptions & { logger?: boolean } = {},
): Promise<{ app: INestApplication; seed: SeedSummary }> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), { bufferLogs: true, logger: options.logger === false ? false : undefined });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  // Policy documents travel as JSON or YAML text: the largest seed (江西) is ~100 kB, so allow a few of those.
  app.useBodyParser('json', { limit: '2mb' });
  app.use(requestBodyGuard);
  app.use(
    helmet({
      contentSecurityPolicy: {
        // No 'unsafe-eval': forms and conditions run through our CEL evaluator, never eval or new Function.
        // antd injects its styles at runtime, hence 'unsafe-inline' for styles (not scripts). The product serves
        // plain HTTP by default, so requests are not upgraded; a TLS proxy in front can add that.
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      exceptionFactory: (errors) => new AppError('validation-failed', '请求内容不正确', validationDetails(errors)),
    }),
  );
  const openApi = new DocumentBuilder()
    .setTitle('Banfa 办法 API')
    .setDescription('政务信息化项目管理办法：可执行、可版本化的政策文件')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  await app.init();
  const seed = await app.get(SeedService).seed();
  return { app, seed };
}
