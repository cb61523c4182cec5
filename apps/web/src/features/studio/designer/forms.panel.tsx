// Placeholder while the policy studio is being built; replaced by the panel itself.
export function FormsPanel() {
  return <div>表单设计（建设中）</div>;
}
