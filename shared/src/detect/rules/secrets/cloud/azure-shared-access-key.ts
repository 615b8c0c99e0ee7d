import { contextRule } from '../../../define';

/** Shared access key of Azure Service Bus, Event Hubs, IoT Hub or Relay: 44 base64 characters (32 bytes) after `SharedAccessKey=`. */
export const azureSharedAccessKey = contextRule({
  id: 'azure-shared-access-key',
  title: 'Azure Service Bus / Event Hubs shared access key',
  severity: 'critical',
  confidence: 0.92,
  keywords: ['sharedaccesskey', 'shared_access_key', 'primarykey', 'primary_key', 'shared.access.key', 'shared-access-key', 'primary.key', 'primary-key'],
  pattern: /[A-Za-z0-9+/]{43}=/,
  minLength: 44,
  maxLength: 44,
  minEntropy: 4.2,
});
