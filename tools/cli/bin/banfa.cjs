#!/usr/bin/env node
// The banfa command-line tool runs its TypeScript through tsx, with the workspace's path aliases.
const path = require('node:path');
process.env.TSX_TSCONFIG_PATH = path.join(__dirname, '../tsconfig.json');
require('tsx/cjs/api').register();
require('../src/main.ts');
