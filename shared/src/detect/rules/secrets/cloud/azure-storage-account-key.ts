import { contextRule } from '../../../define';

/** Azure storage account access key: 88 base64 characters (64 bytes), as in `AccountKey=` of a storage connection string. */
export const azureStorageAccountKey = contextRule({
  id: 'azure-storage-account-key',
  title: 'Azure storage account key',
  severity: 'critical',
  confidence: 0.92,
  keywords: [
    'accountkey',
    'account_key',
    'storage_key',
    'storagekey',
    'azure_storage',
    'storage_account',
    'storageaccount',
    'account.key',
    'account-key',
    'storage.key',
    'storage-key',
    'azurestorage',
    'azure.storage',
    'azure-storage',
    'storage.account',
    'storage-account',
  ],
  pattern: /[A-Za-z0-9+/]{86}==/,
  minLength: 88,
  maxLength: 88,
  minEntropy: 4.5,
});
