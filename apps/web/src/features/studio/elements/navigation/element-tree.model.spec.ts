import { describe, expect, it } from 'vitest';
import { ancestorKeys, buildTree, findNode, nodeForPath } from './element-tree.model';

const data = {
  title: '办法',
  bodies: [{ id: 'applicant', name: '项目建设单位' }, { id: 'finance', name: '财政局' }],
  stages: [{ id: 'initiation', name: '立项', steps: [{ id: 'a', name: '申报' }, { id: 'b', name: '审核' }], attachments: [] }],
};

describe('the navigation of a document', () => {
  it('counts each list and the problems under each node', () => {
    const tree = buildTree(data, [
      { path: ['stages', 0, 'steps', 1, 'body'], message: '未定义的审查机构' },
      { path: ['title'], message: '标题为空' },
    ]);
    expect(findNode(tree, 'bodies')).toMatchObject({ title: '审查机构', count: 2, issues: 0 });
    expect(findNode(tree, 'stages/0/steps')).toMatchObject({ title: '环节', count: 2, issues: 1 });
    expect(findNode(tree, 'stages/0/steps/1')).toMatchObject({ kind: 'step', title: '审核', issues: 1 });
    expect(findNode(tree, 'stages')).toMatchObject({ issues: 1 });
    expect(tree[0]).toMatchObject({ kind: 'identity', issues: 1 });
    expect(findNode(tree, 'facts')).toMatchObject({ count: 0 });
  });

  it('finds the element a YAML position falls in, and the nodes to expand to show it', () => {
    const tree = buildTree(data, []);
    expect(nodeForPath(tree, ['stages', 0, 'steps', 1, 'deadline', 'amount'])?.key).toBe('stages/0/steps/1');
    expect(nodeForPath(tree, ['bodies', 1, 'name'])?.key).toBe('bodies/1');
    expect(nodeForPath(tree, ['source', 'file'])?.kind).toBe('identity');
    expect(nodeForPath(tree, ['counting', 'holidayEnd'])?.kind).toBe('counting');
    expect(ancestorKeys(tree, 'stages/0/steps/1')).toEqual(['stages', 'stages/0', 'stages/0/steps']);
  });
});
