export * from './domain/organization';
export * from './domain/professional';
export * from './domain/audit';
export * from './errors/error-codes';
export * from './roles/rule-violation';
export * from './roles/role-rules';
export * from './authorization/can';
