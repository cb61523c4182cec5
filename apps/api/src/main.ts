import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './bootstrap';
import { loadDemo } from './seed/seed-data';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { app } = await createApp(config);
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  const database = config.database.type === 'postgres' ? 'PostgreSQL' : `SQLite (${config.database.file})`;
  const demo = config.seedDemo ? loadDemo(config.demoSeedFile) : undefined;
  const lines = [
    '',
    `  Banfa 办法 is running at ${url}`,
    `  API docs: ${url}/api/docs · database: ${database}`,
    ...(demo
      ? [
          '',
          `  Demo accounts (password: ${demo.password}; all ${demo.accounts.length} are listed in README.md):`,
          ...demo.accounts
            .filter((account) => account.username === 'admin' || account.username.startsWith('lp-') || account.username === 'gd-observer')
            .map((account) => `    ${account.username.padEnd(16)} ${account.displayName}`),
        ]
      : []),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
