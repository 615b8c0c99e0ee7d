import { contextRule } from '../../../define';

/** CocoaPods trunk session token: 32 lowercase hex characters next to a CocoaPods keyword. */
export const cocoapodsTrunkToken = contextRule({
  id: 'cocoapods-trunk-token',
  title: 'CocoaPods trunk token',
  severity: 'high',
  confidence: 0.8,
  keywords: ['cocoapods'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.2,
});
