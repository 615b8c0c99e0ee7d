import { contextRule } from '../../../define';

/** Kubernetes (kubeadm) bootstrap token: 6 + `.` + 16 lowercase alphanumerics, next to a kubeadm/bootstrap keyword. */
export const kubernetesBootstrapToken = contextRule({
  id: 'kubernetes-bootstrap-token',
  title: 'Kubernetes bootstrap token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['kubeadm', 'bootstrap-token', 'bootstrap_token', 'bootstraptoken', '--token', 'discovery-token', 'token-secret', 'bootstrap.token'],
  pattern: /[a-z0-9]{6}\.[a-z0-9]{16}/,
  minLength: 23,
  maxLength: 23,
  minEntropy: 3.3,
});
