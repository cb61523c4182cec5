import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JurisdictionEntity, PolicyEntity } from '../database/entities';
import { jurisdictionTree, type JurisdictionNode } from './jurisdiction-tree';

@Injectable()
export class JurisdictionsService {
  constructor(
    @InjectRepository(JurisdictionEntity) private readonly jurisdictions: Repository<JurisdictionEntity>,
    @InjectRepository(PolicyEntity) private readonly policies: Repository<PolicyEntity>,
  ) {}

  /** The tree, each jurisdiction with its regulations that have a published version (drafts are not shown). */
  async tree(): Promise<JurisdictionNode[]> {
    const [rows, policies] = await Promise.all([
      this.jurisdictions.find(),
      this.policies
        .createQueryBuilder('policy')
        .select(['policy.id', 'policy.title', 'policy.jurisdictionCode'])
        .where(`EXISTS (SELECT 1 FROM policy_versions version WHERE version.policy_id = policy.id AND version.state = :published)`, {
          published: 'published',
        })
        .getMany(),
    ]);
    return jurisdictionTree(rows, policies);
  }
}
