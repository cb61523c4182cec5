// Placeholder while the policy studio is being built; replaced by the panel itself.
export function HistoryPanel() {
  return <div>版本历史（建设中）</div>;
}
