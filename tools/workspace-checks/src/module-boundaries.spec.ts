import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering is enforced by lint, so `npm test` fails when it is broken. These checks lint sample code as if it
 * were written in each place, through the workspace's real ESLint configuration.
 */
const root = resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('module boundaries', () => {
  it.each([
    ['libs/policy-model/src/sample.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n"],
    ['libs/policy-runtime/src/sample.ts', "import { Repository } from 'typeorm';\nexport const x = Repository;\n"],
    ['libs/calendar/src/sample.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['libs/permissions/src/sample.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['libs/policy-model/src/sample.ts', "import { SchemaField } from '@formily/react';\nexport const x = SchemaField;\n"],
    ['libs/policy-compare/src/sample.ts', "import { writeFileSync } from 'node:fs';\nexport const x = writeFileSync;\n"],
  ])('refuses a framework or I/O import in the domain lib file %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
  });

  it('allows a domain lib to import another domain lib and pure packages', async () => {
    const code = "import { parseMoney } from '@banfa/policy-model';\nimport Decimal from 'decimal.js';\nexport const x = [parseMoney, Decimal];\n";
    expect(await problems('libs/policy-runtime/src/sample.ts', code)).toEqual([]);
  });

  it('lets the api use Nest and TypeORM', async () => {
    const code = "import { Injectable } from '@nestjs/common';\nimport { Repository } from 'typeorm';\nexport const x = [Injectable, Repository];\n";
    expect(await problems('apps/api/src/sample.ts', code)).toEqual([]);
  });

  it('refuses eval and new Function anywhere', async () => {
    expect(await problems('apps/web/src/sample.ts', "export const f = new Function('return 1');\n")).toEqual([
      expect.stringMatching(/^no-restricted-syntax: No new Function/),
    ]);
  });
});
