import type { PolicyDiff, PolicyDocument, PolicyStatus } from '@banfa/policy-model';

/**
 * Policy versions as the api sends them and the policy studio edits them. A version is a draft (edited with
 * optimistic locking) until published; then it never changes.
 */
export type PolicyVersionState = 'draft' | 'published';

export interface PolicyVersionSummaryView {
  id: string;
  label: string;
  state: PolicyVersionState;
  /** The regulation's own status (征求意见稿, 试行 …) and its label. */
  status: PolicyStatus;
  statusLabel: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  contentHash: string;
  publishedAt: string | null;
  basedOnId: string | null;
  /** Published, in effect today by the platform's dates, and not expired or repealed by its own status. */
  inForce: boolean;
  updatedAt: string | null;
}

export interface PolicyListItemView {
  id: string;
  title: string;
  jurisdiction: { code: string; name: string };
  versions: PolicyVersionSummaryView[];
}

export interface PolicyVersionView extends PolicyVersionSummaryView {
  policyId: string;
  jurisdictionCode: string;
  /** Send it back with a save: a save based on an older lock version is refused (409). */
  lockVersion: number;
  publishedBy: string | null;
  createdAt: string;
  sourceFile: string | null;
  /** The document as written (readings not applied). */
  content: PolicyDocument;
  /**
   * The YAML text of the document as its author wrote it, comments and layout kept (what the studio's YAML pane
   * shows and edits). For a version stored without its text, the api's export of `content`.
   */
  yaml: string;
  /** The version's scenario tests: a scenario file (YAML, the format of policies/*.scenarios.yaml), or null. */
  scenarios: string | null;
}

/**
 * Saving a draft: the whole document, either as YAML text (`yaml`, kept as written; errors come with line:col) or as
 * data (`content`; the stored YAML is then rewritten from it, keeping the comments and layout of what did not
 * change), and optionally its scenario file. Exactly one of `yaml` and `content`.
 *
 * Answers: 200 `PolicyVersionView`; 400 `validation-failed` (neither or both of yaml/content, wrong types);
 * 409 `conflict` (stale `lockVersion`: a `PolicyErrorDetail` with `field: 'lockVersion'` and
 * `currentLockVersion`; or the version is published); 422 `policy-invalid` (every issue of the document or of the
 * scenario file as a `PolicyErrorDetail`). Nothing is stored on an error.
 */
export interface SavePolicyDraftRequest {
  yaml?: string;
  content?: Record<string, unknown>;
  /** The scenario file (YAML); omitted: unchanged; null or blank text: none. */
  scenarios?: string | null;
  lockVersion: number;
}

/** Importing a policies/ file as a new draft (`POST /api/policy-versions/import`). */
export interface ImportPolicyRequest {
  yaml: string;
  /** Shown in error locations (file:line:col). */
  fileName?: string;
  /** The version's scenario file (YAML), validated like a save's. */
  scenarios?: string;
}

/**
 * One entry of an error's `details` from the policy-version endpoints (the `ErrorResponse` shape, with more).
 *
 * `field` says where, as a path into the request: `content.stages[0].steps[2].body` (a save with `content`),
 * `yaml.stages[0].steps[2].body` (a save with `yaml`; `yaml` alone for the text as a whole, e.g. a syntax error),
 * `stages[0].steps[2].body` (an import), `scenarios.scenarios[3].expect.track` (the scenario file; `scenarios`
 * alone for the text as a whole), `scenarios[3]` (a failing scenario at publication), `lockVersion`.
 * `line` / `column` (1-based) locate it in the YAML text sent, whenever it came as text.
 */
export interface PolicyErrorDetail {
  field?: string;
  message: string;
  hint?: string;
  line?: number;
  column?: number;
  /** 409 on a stale lock version: the draft's lock version now (GET the version to see the other editor's text). */
  currentLockVersion?: number;
  /** 422 `scenarios-failed`: the failing scenario's name and each expectation that did not hold. */
  scenario?: string;
  failures?: string[];
}

export interface CreatePolicyDraftRequest {
  /** Any version the caller may read: the new draft starts as a copy of it. */
  basedOn: string;
}

/**
 * `POST /api/policy-versions/:id/publish`. The version's scenarios are run first (on the document as it would be
 * published: the draft with these dates); a publication with any failing scenario is refused with 422
 * `scenarios-failed` (one `PolicyErrorDetail` per failing scenario) and nothing changes. A dry run never refuses
 * for that: it answers `published: false` with the results. Other refusals: 409 (overlap, published, stale lock).
 */
export interface PublishPolicyRequest {
  effectiveFrom: string;
  effectiveTo?: string;
  endPrevious?: boolean;
  dryRun?: boolean;
  lockVersion?: number;
}

export interface PublishOverlapView {
  versionId: string;
  label: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  /** `end-previous`: its end date is set to the day before (endPrevious); `conflict`: publishing is refused. */
  resolution: 'end-previous' | 'conflict';
  newEffectiveTo?: string;
  message: string;
}

export interface InFlightProjectView {
  id: string;
  name: string;
  state: string;
  submittedOn: string | null;
  /** The version the project stays pinned to: publishing never re-pins a project. */
  policyVersionId: string;
  versionLabel: string;
}

/**
 * One scenario's result when the api runs a version's scenario tests: before publishing, or on request
 * (`POST /api/policy-versions/:id/scenario-runs`, which answers `ScenarioRunView[]` in file order, `[]` when the
 * version has no scenarios).
 */
export interface ScenarioRunView {
  name: string;
  /** Each expectation that did not hold; empty when the scenario passes. */
  failures: string[];
}

export interface PublishResultView {
  dryRun: boolean;
  /** Whether the version is (dry run: would be) published with these dates. */
  published: boolean;
  version: PolicyVersionSummaryView;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** The hash the published content has (dry run: would have). */
  contentHash: string;
  overlaps: PublishOverlapView[];
  /** Submitted projects under other versions of this policy: they keep their version, nothing about them changes. */
  inFlightProjects: InFlightProjectView[];
  /** The version's scenario tests as run for this publication; publishing requires every one to pass. */
  scenarios: ScenarioRunView[];
  /** In Chinese: dates that differ from the file's, a 征求意见稿, no scenarios at all, failing scenarios (dry run). */
  warnings: string[];
}

/** A diff between two versions, naming them (`before` is `against`). */
export type PolicyVersionDiffView = PolicyDiff & { beforeVersionId: string; afterVersionId: string };
