export type Role = 'admin' | 'approver';

/** Who is calling the admin API, and what they may do. Admins may also approve. */
export interface Principal {
  /** Email, username or subject: what the audit trail and approvals show. */
  name: string;
  roles: ReadonlySet<Role>;
  via: 'oidc' | 'admin-token';
}

export interface Device {
  id: string;
  name: string;
  /** The person the device was enrolled for. */
  user: string;
  groups: string[];
}
