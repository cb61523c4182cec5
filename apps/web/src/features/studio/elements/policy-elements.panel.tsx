// Placeholder while the policy studio is being built; replaced by the panel itself.
export function PolicyElementsPanel() {
  return <div>要素编辑（建设中）</div>;
}
