/** What no file name may hold on Windows, macOS or Linux (and white space, which downloads handle poorly). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f\s]+/g;

/**
 * The file a version's YAML downloads as: `<jurisdiction code>-<version label>.policy.yaml`, e.g.
 * `441623-二次征求意见稿.policy.yaml` (the label kept in Chinese; what a file name cannot hold becomes `-`).
 */
export function versionFileName(jurisdictionCode: string, label: string): string {
  const safe = label.replace(UNSAFE, '-').replace(/^[-.]+|-+$/g, '');
  return `${jurisdictionCode}-${safe || '版本'}.policy.yaml`;
}
