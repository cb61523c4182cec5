import { z } from 'zod';
import { ConfigError } from '../config/app-config';

const envSchema = z.object({
  ATTACHMENT_MAX_MB: z.coerce.number().positive().max(1024).default(20).describe('单个附件的大小上限（MB，默认 20）'),
});

/** How large one attachment may be. Read and validated once, at boot, like the rest of the configuration. */
export class AttachmentLimits {
  constructor(readonly maxBytes: number) {}

  get maxText(): string {
    const mb = this.maxBytes / (1024 * 1024);
    return Number.isInteger(mb) ? `${mb} MB` : `${Math.round(this.maxBytes / 1024)} KB`;
  }

  static fromEnv(env: Readonly<Record<string, string | undefined>>): AttachmentLimits {
    const present = env['ATTACHMENT_MAX_MB'] === '' ? {} : { ATTACHMENT_MAX_MB: env['ATTACHMENT_MAX_MB'] };
    const parsed = envSchema.safeParse(present);
    if (!parsed.success) {
      throw new ConfigError([`ATTACHMENT_MAX_MB（${envSchema.shape.ATTACHMENT_MAX_MB.description}）：${parsed.error.issues[0]?.message ?? '无效'}，当前值“${present.ATTACHMENT_MAX_MB ?? ''}”`]);
    }
    return new AttachmentLimits(Math.floor(parsed.data.ATTACHMENT_MAX_MB * 1024 * 1024));
  }
}
