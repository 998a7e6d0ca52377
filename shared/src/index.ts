export * from './money.js';
export type * from './generated/graphql.js';
export * from './countries.js';
