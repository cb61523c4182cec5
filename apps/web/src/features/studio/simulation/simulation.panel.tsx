// Placeholder while the policy studio is being built; replaced by the panel itself.
export function SimulationPanel() {
  return <div>模拟（建设中）</div>;
}
