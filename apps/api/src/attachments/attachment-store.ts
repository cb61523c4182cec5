import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Attachment contents under DATA_DIR/attachments/<sha256>: addressed by their hash, so a file attached twice is
 * stored once, and written to a temporary name first so that no reader ever sees half a file.
 */
@Injectable()
export class AttachmentStore {
  private readonly dir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = join(config.dataDir, 'attachments');
  }

  keyOf(sha256: string): string {
    return `attachments/${sha256}`;
  }

  /** Stores the content unless it is there already; says whether this call created it (to undo on failure). */
  async put(sha256: string, content: Buffer): Promise<{ key: string; created: boolean }> {
    const path = this.pathOf(sha256);
    if (existsSync(path)) return { key: this.keyOf(sha256), created: false };
    await mkdir(this.dir, { recursive: true });
    const temporary = `${path}.${randomUUID()}.tmp`;
    await writeFile(temporary, content, { flag: 'wx', mode: 0o640 });
    await rename(temporary, path);
    return { key: this.keyOf(sha256), created: true };
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  open(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.dir, sha256);
  }
}
