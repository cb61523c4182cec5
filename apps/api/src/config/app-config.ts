import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Configuration is read and validated once, at boot. Each variable says what it is for; a wrong or missing one
 * stops the start with a message naming it.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development').describe('运行环境'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000).describe('HTTP 端口'),
  HOST: z.string().min(1).default('0.0.0.0').describe('监听地址'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, '应为 postgres://用户@主机:端口/数据库')
    .optional()
    .describe('设置后使用 PostgreSQL；不设置则使用内置 SQLite 文件'),
  DATA_DIR: z.string().min(1).default('data').describe('SQLite 文件、附件和密钥所在目录（相对工作目录）'),
  JWT_SECRET: z.string().min(32, '至少 32 个字符').optional().describe('登录令牌签名密钥；不设置时在 DATA_DIR 中生成并保存'),
  JWT_TTL: z
    .string()
    .regex(/^\d+[smh]$/, '应为时长，如 2h、90m、3600s')
    .refine((value) => !/^\d+[smh]$/.test(value) || (durationSeconds(value) >= 60 && durationSeconds(value) <= 86_400), '应在 1 分钟到 24 小时之间')
    .default('2h')
    .describe('登录令牌有效期（短期令牌，过期后重新登录）'),
  POLICIES_DIR: z.string().min(1).default('policies').describe('首次启动时导入的政策文件目录'),
  WEB_DIST_DIR: z.string().min(1).default('dist/apps/web').describe('前端构建产物目录；不存在时不提供前端页面'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('日志级别'),
  SEED_DEMO: z.enum(['true', 'false']).default('true').describe('是否创建演示账号'),
  DEMO_SEED_FILE: z.string().min(1).default('apps/api/seed-data/demo-accounts.yaml').describe('演示单位和账号的数据文件'),
});

export type AppConfig = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: { type: 'postgres'; url: string } | { type: 'better-sqlite3'; file: string };
  dataDir: string;
  jwtSecret?: string;
  /** How long a login token is valid, in seconds. */
  jwtTtlSeconds: number;
  policiesDir: string;
  webDistDir: string;
  logLevel: string;
  seedDemo: boolean;
  demoSeedFile: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误，无法启动：\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; relative paths are resolved against `cwd`. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, cwd: string): AppConfig {
  // An empty variable is treated as unset, the way shells and .env files usually mean it.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const description = envSchema.shape[name as keyof typeof envSchema.shape]?.description;
        return `${name}（${description ?? ''}）：${issue.message}，当前值“${present[name] ?? ''}”`;
      }),
    );
  }
  const value = parsed.data;
  const dataDir = resolve(cwd, value.DATA_DIR);
  return {
    env: value.NODE_ENV,
    port: value.PORT,
    host: value.HOST,
    database: value.DATABASE_URL
      ? { type: 'postgres', url: value.DATABASE_URL }
      : { type: 'better-sqlite3', file: resolve(dataDir, 'banfa.sqlite') },
    dataDir,
    ...(value.JWT_SECRET ? { jwtSecret: value.JWT_SECRET } : {}),
    jwtTtlSeconds: durationSeconds(value.JWT_TTL),
    policiesDir: resolve(cwd, value.POLICIES_DIR),
    webDistDir: resolve(cwd, value.WEB_DIST_DIR),
    logLevel: value.LOG_LEVEL,
    seedDemo: value.SEED_DEMO === 'true',
    demoSeedFile: resolve(cwd, value.DEMO_SEED_FILE),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Seconds of a duration written as 90s, 30m or 2h. */
function durationSeconds(value: string): number {
  const unit = value.slice(-1);
  return Number(value.slice(0, -1)) * (unit === 'h' ? 3600 : unit === 'm' ? 60 : 1);
}
