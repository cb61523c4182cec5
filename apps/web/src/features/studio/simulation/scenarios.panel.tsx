// Placeholder while the policy studio is being built; replaced by the panel itself.
export function ScenariosPanel() {
  return <div>场景测试（建设中）</div>;
}
