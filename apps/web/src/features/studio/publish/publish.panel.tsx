// Placeholder while the policy studio is being built; replaced by the panel itself.
export function PublishPanel() {
  return <div>发布（建设中）</div>;
}
