import type { AttachmentView, ProjectView } from '@banfa/api-contract';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDepartment, callerFor, countRows, submitLianping, type Caller } from '../projects/project-fixtures.test-helper';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR')]);
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('\x14\x00\x00\x00[Content_Types].xml word/document.xml', 'latin1')]);
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1');

describe('project attachments', () => {
  let t: TestApp;
  let department: Caller;
  let project: ProjectView;

  const upload = (caller: Caller, content: Buffer, fileName: string, requirementId: string | null = 'project-plan', id = project.id) => {
    const request = t.http.post(`/api/projects/${id}/attachments`).set('Authorization', `Bearer ${caller.token}`);
    if (requirementId !== null) request.field('requirementId', requirementId);
    return request.attach('file', content, fileName);
  };
  const stored = () => {
    const dir = join(t.config.dataDir, 'attachments');
    return existsSync(dir) ? readdirSync(dir).sort() : [];
  };
  const nothingStored = async (attempt: () => Promise<unknown>) => {
    const [rows, audit, files] = [await countRows(t, 'attachments'), await countRows(t, 'audit_log'), stored()];
    await attempt();
    expect([await countRows(t, 'attachments'), await countRows(t, 'audit_log'), stored()]).toEqual([rows, audit, files]);
  };

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-30');
    department = await callerFor(t, 'lp-dept');
    project = await submitLianping(department, '80', true);
  });
  afterAll(() => t.close());

  it('stores an allowed file with its SHA-256 under the data folder, and serves it back under its Chinese name', async () => {
    const created: AttachmentView = (await upload(department, PDF, '项目方案（第二版）.pdf').expect(201)).body;
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(created).toMatchObject({
      requirementId: 'project-plan',
      requirementName: '项目方案及论证意见',
      fileName: '项目方案（第二版）.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256,
      uploadedBy: 'u-lp-dept',
    });
    expect(stored()).toEqual([sha256]);
    const download = await department.get(`/api/projects/${project.id}/attachments/${created.id}`).buffer(true).expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="_________.pdf"; filename*=UTF-8''${encodeURIComponent('项目方案').replace(/'/g, '%27')}%EF%BC%88${encodeURIComponent('第二版')}%EF%BC%89.pdf`,
    );
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
  });

  it('keeps one copy of identical content attached twice', async () => {
    const again: AttachmentView = (await upload(department, PDF, '密码应用审核意见.pdf', 'crypto-opinion').expect(201)).body;
    expect(again.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect(stored()).toHaveLength(1);
    const docx: AttachmentView = (await upload(department, DOCX, '建设方案.DOCX', 'crypto-construction-plan').expect(201)).body;
    expect(docx.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const listed: AttachmentView[] = (await department.get(`/api/projects/${project.id}/attachments`).expect(200)).body;
    expect(listed.map((attachment) => [attachment.requirementId, attachment.fileName])).toEqual([
      ['project-plan', '项目方案（第二版）.pdf'],
      ['crypto-opinion', '密码应用审核意见.pdf'],
      ['crypto-construction-plan', '建设方案.DOCX'],
    ]);
  });

  it('refuses a type not allowed, or content that is not what the extension says (415), storing nothing', async () => {
    await nothingStored(async () => {
      const exe = await upload(department, EXE, '安装程序.exe').expect(415);
      expect(exe.body).toMatchObject({ code: 'unsupported-media-type', message: expect.stringContaining('不支持“.exe”类型的文件；可上传：pdf、ofd、docx') });
      const disguised = await upload(department, PNG, '扫描件.pdf').expect(415);
      expect(disguised.body.message).toBe('文件“扫描件.pdf”的内容不是 PDF 格式（扩展名与内容不符），请上传原始文件');
      await upload(department, PDF, '没有扩展名').expect(415);
    });
  });

  it('refuses a file over 20 MB (413), storing nothing', async () => {
    await nothingStored(async () => {
      const response = await upload(department, Buffer.alloc(20 * 1024 * 1024 + 1, 0x25), '扫描件.pdf').expect(413);
      expect(response.body).toMatchObject({ code: 'payload-too-large', message: '文件超过大小上限 20 MB，请压缩或拆分后重新上传' });
    });
    // Exactly 20 MB is within the limit.
    const limit = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024 - PDF.length, 0x20)]);
    await upload(department, limit, '恰好二十兆.pdf', 'necessity-documents').expect(201);
  });

  it('names what is missing or wrong in the request (400), storing nothing', async () => {
    await nothingStored(async () => {
      expect((await upload(department, PDF, '方案.pdf', 'no-such-requirement').expect(400)).body.details[0]).toMatchObject({
        field: 'requirementId',
        message: expect.stringContaining('本项目适用的政策没有附件要求“no-such-requirement”，可选：crypto-assessment-report（商用密码应用方案评估报告）'),
      });
      expect((await upload(department, PDF, '方案.pdf', null).expect(400)).body.details[0].field).toBe('requirementId');
      const noFile = await t.http.post(`/api/projects/${project.id}/attachments`).set('Authorization', `Bearer ${department.token}`).field('requirementId', 'project-plan').expect(400);
      expect(noFile.body.details).toEqual([{ field: 'file', message: '请选择要上传的文件（字段名 file）' }]);
      const twoFiles = await upload(department, PDF, '一.pdf').attach('file', PDF, '二.pdf').expect(400);
      expect(twoFiles.body.message).toBe('每次只能上传一个文件');
      const otherField = await t.http
        .post(`/api/projects/${project.id}/attachments`)
        .set('Authorization', `Bearer ${department.token}`)
        .field('requirementId', 'project-plan')
        .attach('document', PDF, '方案.pdf')
        .expect(400);
      expect(otherField.body.message).toBe('文件应放在名为 file 的字段中，且每次只能上传一个文件');
      await upload(department, Buffer.alloc(0), '空文件.pdf').expect(400);
      await t.http.post(`/api/projects/${project.id}/attachments`).set('Authorization', `Bearer ${department.token}`).send({ requirementId: 'project-plan' }).expect(400);
    });
  });

  it('lets the project’s department upload and every reader of the project download', async () => {
    const [first] = (await department.get(`/api/projects/${project.id}/attachments`).expect(200)).body as AttachmentView[];
    for (const username of ['lp-data', 'lp-crypto', 'gd-observer', 'admin']) {
      const reader = await callerFor(t, username);
      await reader.get(`/api/projects/${project.id}/attachments`).expect(200);
      await reader.get(`/api/projects/${project.id}/attachments/${first!.id}`).expect(200);
    }
    await nothingStored(async () => {
      await upload(await callerFor(t, 'lp-data'), PDF, '审核意见.pdf').expect(403);
      await upload(await callerFor(t, 'gd-observer'), PDF, '审核意见.pdf').expect(403);
    });
    await addDepartment(t, { username: 'lp-health', organisationId: 'lp-health-bureau', organisationName: '连平县卫生健康局', jurisdictionCode: '441623' });
    const stranger = await callerFor(t, 'lp-health');
    await stranger.get(`/api/projects/${project.id}/attachments`).expect(404);
    await stranger.get(`/api/projects/${project.id}/attachments/${first!.id}`).expect(404);
    await nothingStored(() => upload(stranger, PDF, '方案.pdf').expect(404));
    await (await callerFor(t, 'dsq-data')).get(`/api/projects/${project.id}/attachments/${first!.id}`).expect(404);
    await department.get(`/api/projects/${project.id}/attachments/not-an-attachment`).expect(404);
  });

  it('keeps a draft’s attachments to its department', async () => {
    const draft: ProjectView = (await department.post('/api/projects', {}).expect(201)).body;
    const attached: AttachmentView = (await upload(department, PNG, '现场照片.png', 'project-plan', draft.id).expect(201)).body;
    expect(attached.mediaType).toBe('image/png');
    await (await callerFor(t, 'lp-data')).get(`/api/projects/${draft.id}/attachments/${attached.id}`).expect(404);
  });

  it('replaces a draft’s file before submission (the content goes with its last row), but never a submitted one', async () => {
    const draft: ProjectView = (await department.post('/api/projects', {}).expect(201)).body;
    const unique = Buffer.concat([PDF, Buffer.from('draft-only content')]);
    const sha256 = createHash('sha256').update(unique).digest('hex');
    const first: AttachmentView = (await upload(department, unique, '方案初稿.pdf', 'project-plan', draft.id).expect(201)).body;
    expect(stored()).toContain(sha256);
    const audit = await countRows(t, 'audit_log');
    await department.delete(`/api/projects/${draft.id}/attachments/${first.id}`).expect(204);
    expect(await countRows(t, 'audit_log')).toBe(audit + 1);
    expect(stored()).not.toContain(sha256);
    expect((await department.get(`/api/projects/${draft.id}/attachments`).expect(200)).body).toEqual([]);
    await department.delete(`/api/projects/${draft.id}/attachments/${first.id}`).expect(404);
    await (await callerFor(t, 'lp-data')).delete(`/api/projects/${draft.id}/attachments/${first.id}`).expect(403);

    const [submitted] = (await department.get(`/api/projects/${project.id}/attachments`).expect(200)).body as AttachmentView[];
    await nothingStored(async () => {
      const refused = await department.delete(`/api/projects/${project.id}/attachments/${submitted!.id}`).expect(409);
      expect(refused.body.message).toBe('项目已于 2025-09-30 提交申报，已提交的附件不能删除；如需更正，请上传新的文件');
    });
  });

  it('takes the stamped scan of an official form no requirement stands for (附表3 项目变更单) as form:<id>', async () => {
    const scan: AttachmentView = (await upload(department, PNG, '变更单盖章.png', 'form:change-request').expect(201)).body;
    expect(scan).toMatchObject({ requirementId: 'form:change-request', requirementName: '项目变更单（盖章扫描件）' });
    // 附表1 and 附表2 have requirements of their own: their scans go there, not under form:.
    const refused = await upload(department, PNG, '申请表.png', 'form:project-application').expect(400);
    expect(refused.body.message).toContain('application-form（项目立项申请表）');
  });
});

