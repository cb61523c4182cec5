import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AttachmentView } from '@banfa/api-contract';
import type { Actor } from '@banfa/permissions';
import type { PolicyDocument } from '@banfa/policy-model';
import { createHash, randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../calendar/clock';
import { AttachmentEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { PoliciesService } from '../policies/policies.service';
import { ProjectAccess } from '../projects/project-access.service';
import { AttachmentStore } from './attachment-store';
import { cleanFileName, detectAttachmentType } from './attachment-types';
import { attachmentDisposition } from './content-disposition';
import { effectiveDocument } from '../policies/effective-documents.cache';

/** The file multer hands over (kept in memory, at most the configured size). */
export interface UploadedAttachment {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/**
 * Documents attached to a project for the policy's attachment requirements (项目方案、密码应用审核意见 …). The
 * project's department uploads; whoever reads the project reads them. Type by extension and content, SHA-256,
 * stored once per content; the row and its audit entry are written together or not at all.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectRepository(AttachmentEntity) private readonly attachments: Repository<AttachmentEntity>,
    private readonly policies: PoliciesService,
    private readonly access: ProjectAccess,
    private readonly store: AttachmentStore,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async upload(actor: Actor, projectId: string, requirementId: string, file: UploadedAttachment | undefined): Promise<AttachmentView> {
    const project = await this.access.authorised(actor, projectId, 'create', '只有项目所属单位可以上传附件', undefined, 'Attachment');
    const doc = effectiveDocument(await this.policies.version(project.policyVersionId));
    const requirements = requirementsOf(doc);
    const requirement = requirements.find((candidate) => candidate.id === requirementId);
    if (!requirement) {
      const message = `本项目适用的政策没有附件要求“${requirementId}”，可选：${requirements.map((r) => `${r.id}（${r.name}）`).join('、')}`;
      throw new AppError('validation-failed', message, [{ field: 'requirementId', message }]);
    }
    if (!file) throw invalid('file', '请选择要上传的文件（字段名 file）');
    if (file.size === 0) throw invalid('file', '文件是空的，请选择有内容的文件');
    const fileName = cleanFileName(file.originalname);
    if (fileName === '') throw invalid('file', '文件缺少文件名，请重新选择文件');
    const detected = detectAttachmentType(fileName, file.buffer);
    if ('refusal' in detected) throw new AppError('unsupported-media-type', detected.refusal, [{ field: 'file', message: detected.refusal }]);

    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const stored = await this.store.put(sha256, file.buffer);
    const row: AttachmentEntity = {
      id: randomUUID(),
      projectId: project.id,
      requirementId: requirement.id,
      fileName,
      mediaType: detected.type.mediaType,
      sizeBytes: file.size,
      sha256,
      storageKey: stored.key,
      uploadedBy: actor.id,
      uploadedAt: this.clock.now().toISOString(),
    };
    try {
      await this.attachments.manager.transaction(async (manager) => {
        await manager.insert(AttachmentEntity, row);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'attachment.upload',
          subjectType: 'Project',
          subjectId: project.id,
          after: row,
          detail: { attachmentId: row.id, requirementId: row.requirementId, fileName, sha256, sizeBytes: row.sizeBytes },
        });
      });
    } catch (error) {
      // Nothing half-written: content this request stored, and no row refers to, goes again.
      if (stored.created && !(await this.attachments.existsBy({ sha256 }))) await this.store.remove(sha256);
      throw error;
    }
    return toView(row, requirement.name);
  }

  /**
   * Removes a file from a draft (a department replacing a document before it submits). Once submitted, what was
   * submitted stays: a correction is a new upload beside it.
   */
  async remove(actor: Actor, projectId: string, attachmentId: string): Promise<void> {
    const project = await this.access.authorised(actor, projectId, 'create', '只有项目所属单位可以删除附件', undefined, 'Attachment');
    if (project.state !== 'draft') {
      throw new AppError('conflict', `项目已于 ${project.submittedOn ?? ''} 提交申报，已提交的附件不能删除；如需更正，请上传新的文件`);
    }
    const row = await this.attachments.findOneBy({ id: attachmentId, projectId: project.id });
    if (!row) throw new AppError('not-found', `本项目没有附件 ${attachmentId}`);
    await this.attachments.manager.transaction(async (manager) => {
      await manager.delete(AttachmentEntity, { id: row.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'attachment.remove',
        subjectType: 'Project',
        subjectId: project.id,
        before: row,
        detail: { attachmentId: row.id, requirementId: row.requirementId, fileName: row.fileName, sha256: row.sha256 },
      });
    });
    // The content goes when no row refers to it any more (the same file may be attached elsewhere).
    if (!(await this.attachments.existsBy({ sha256: row.sha256 }))) await this.store.remove(row.sha256);
  }

  async list(actor: Actor, projectId: string): Promise<AttachmentView[]> {
    const project = await this.access.readable(actor, projectId, undefined, 'Attachment');
    const doc = effectiveDocument(await this.policies.version(project.policyVersionId));
    const names = new Map(requirementsOf(doc).map((requirement) => [requirement.id, requirement.name]));
    const rows = await this.attachments.find({ where: { projectId: project.id }, order: { uploadedAt: 'ASC', id: 'ASC' } });
    return rows.map((row) => toView(row, names.get(row.requirementId) ?? row.requirementId));
  }

  async download(actor: Actor, projectId: string, attachmentId: string): Promise<StreamableFile> {
    const project = await this.access.readable(actor, projectId, undefined, 'Attachment');
    const row = await this.attachments.findOneBy({ id: attachmentId, projectId: project.id });
    if (!row) throw new AppError('not-found', `本项目没有附件 ${attachmentId}`);
    if (!this.store.has(row.sha256)) throw new AppError('not-found', `附件“${row.fileName}”的内容缺失，请联系平台管理员`);
    return new StreamableFile(this.store.open(row.sha256), {
      type: row.mediaType,
      length: row.sizeBytes,
      disposition: attachmentDisposition(row.fileName),
    });
  }
}

/**
 * What a project's files can be attached for: the policy's attachment requirements, and the signed, stamped copy of
 * each of its official forms that no requirement already stands for (`form:<form id>`, e.g. 附表3 项目变更单).
 */
function requirementsOf(doc: PolicyDocument): Array<{ id: string; name: string }> {
  const requirements = doc.stages.flatMap((stage) => stage.attachments.map(({ id, name, form }) => ({ id, name, form })));
  const covered = new Set(requirements.map((requirement) => requirement.form).filter(Boolean));
  const signedCopies = doc.forms
    .filter((form) => !covered.has(form.id))
    .map((form) => ({ id: `form:${form.id}`, name: `${form.title}（盖章扫描件）` }));
  return [...requirements.map(({ id, name }) => ({ id, name })), ...signedCopies];
}

function invalid(field: string, message: string): AppError {
  return new AppError('validation-failed', message, [{ field, message }]);
}

function toView(row: AttachmentEntity, requirementName: string): AttachmentView {
  return {
    id: row.id,
    requirementId: row.requirementId,
    requirementName,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy,
    uploadedAt: row.uploadedAt,
  };
}
