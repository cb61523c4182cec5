import { Controller, Get, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import type { Actor } from '@banfa/permissions';
import { DataSource, type FindOptionsWhere } from 'typeorm';
import { PolicyVersionEntity } from '../database/entities';
import { scopedWhere } from './ability-where';
import { Permission, SignedIn } from './permission.decorator';
import { PermissionGuard } from './permission.guard';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describe('every endpoint declares its permission (deny by default)', () => {
  let t: TestApp;
  let document: { paths: Record<string, Partial<Record<(typeof METHODS)[number], { 'x-permission'?: string }>>> };

  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http.get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('documents a permission for every operation in the OpenAPI document', () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({ route: `${method.toUpperCase()} ${path}`, permission: item[method]?.['x-permission'] })),
    );
    expect(operations.length).toBeGreaterThan(3);
    const undeclared = operations.filter((operation) => !operation.permission).map((operation) => operation.route);
    expect(undeclared, `endpoints without @Public, @SignedIn or @Permission: ${undeclared.join(', ')}`).toEqual([]);
    expect(operations).toContainEqual({ route: 'POST /api/auth/login', permission: 'public' });
  });

  it('filters lists in SQL by the ability, and a caller filter only narrows it', async () => {
    const versions = t.app.get(DataSource).getRepository(PolicyVersionEntity);
    const lianpingAdmin: Actor = { id: 'u', role: 'policy-admin', jurisdictionCode: '441623' };
    const editable = async (filter: FindOptionsWhere<PolicyVersionEntity>) =>
      (await versions.find({ where: scopedWhere<PolicyVersionEntity>(lianpingAdmin, 'update', 'PolicyVersion', filter) ?? [] })).map((row) => row.jurisdictionCode);
    expect(await editable({})).toEqual(['441623']);
    expect(await editable({ jurisdictionCode: '441623' })).toEqual(['441623']);
    // Asking for another jurisdiction's versions yields nothing, not that jurisdiction's rows.
    expect(await editable({ jurisdictionCode: '210882' })).toEqual([]);
    // Read: every published version; a department may read, never update.
    const readable = await versions.find({ where: scopedWhere<PolicyVersionEntity>(lianpingAdmin, 'read', 'PolicyVersion') ?? [] });
    expect(readable.map((row) => row.jurisdictionCode).sort()).toEqual(['141023', '210882', '360000', '371702', '441623']);
    expect(scopedWhere({ id: 'd', role: 'department', jurisdictionCode: '441623', organisationId: 'o' }, 'update', 'PolicyVersion')).toBeNull();
  });
});

describe('PermissionGuard', () => {
  @Controller('probe')
  class ProbeController {
    @Get('undeclared')
    undeclared(): void {}

    @Get('signed-in')
    @SignedIn()
    signedIn(): void {}

    @Get('publish')
    @Permission('publish', 'PolicyVersion')
    publish(): void {}
  }

  const guard = new PermissionGuard(new Reflector());
  const call = (handler: keyof ProbeController, actor?: object): boolean => {
    const context = {
      getHandler: () => ProbeController.prototype[handler],
      getClass: () => ProbeController,
      switchToHttp: () => ({ getRequest: () => ({ actor }) }),
    } as unknown as ExecutionContext;
    return guard.canActivate(context);
  };
  const department = { id: 'u', role: 'department', jurisdictionCode: '441623', organisationId: 'o' };
  const policyAdmin = { id: 'p', role: 'policy-admin', jurisdictionCode: '441623' };

  it('refuses an endpoint that declares nothing, even to a platform admin', () => {
    expect(() => call('undeclared', { id: 'a', role: 'platform-admin', jurisdictionCode: '440000' })).toThrow('未声明所需权限');
  });

  it('lets any signed-in user call a @SignedIn endpoint, and nobody else', () => {
    expect(call('signedIn', department)).toBe(true);
    expect(() => call('signedIn')).toThrow('请先登录');
  });

  it('checks the declared action against the actor’s ability', () => {
    expect(call('publish', policyAdmin)).toBe(true);
    expect(() => call('publish', department)).toThrow('无权');
  });
});
